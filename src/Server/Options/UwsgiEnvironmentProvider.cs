using System.Collections;
using Microsoft.Extensions.Configuration;

namespace IronUwsgi.Server.Options;

/// <summary>
/// <c>UWSGI_*</c> environment variables as options: <c>UWSGI_HTTP_SOCKET</c> is <c>http-socket</c>.
/// Variables naming no option (uWSGI's internal ones such as UWSGI_RELOADS among them) are skipped.
/// </summary>
internal sealed class UwsgiEnvironmentProvider(IDictionary environment) : ConfigurationProvider
{
    private const string Prefix = "UWSGI_";

    public override void Load()
    {
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is not string key || !key.StartsWith(Prefix, StringComparison.Ordinal) || entry.Value is not string value)
                continue;
            string name = key[Prefix.Length..].ToLowerInvariant().Replace('_', '-');
            if (OptionCatalog.Find(name) is not null)
                Data[name] = value;
        }
    }
}
