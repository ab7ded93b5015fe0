using Microsoft.Extensions.Configuration;

namespace IronUwsgi.Server.Options;

/// <summary>One source of options in the order uWSGI applies them, and where it came from (for error lines).</summary>
/// <param name="Origin">"the command line", "the environment" or the file name.</param>
/// <param name="Strict">Whether keys that name no option are errors (everywhere but the environment).</param>
internal sealed record ConfigLayer(IConfigurationProvider Provider, string Origin, bool Strict);
