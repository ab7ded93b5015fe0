using System.Globalization;
using IronUwsgi.Runtime.Apps;

namespace IronUwsgi.Server.Options;

/// <summary>The value checks catalog entries use; each returns an error text or null.</summary>
internal static class OptionValues
{
    public static Func<string, string?> Integer(long min, long max = int.MaxValue) => value =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n >= min && n <= max
            ? null
            : max == int.MaxValue ? $"expected an integer >= {min}" : $"expected an integer from {min} to {max}";

    public static string? Text(string value) => value.Length > 0 ? null : "expected a value";

    public static string? Flag(string value) => null;

    public static string? KeyValue(string value) =>
        value.IndexOf('=') > 0 ? null : "expected KEY=VALUE";

    public static string? BindAddress(string value) => Sockets.BindAddress.TryParse(value, out _, out string? error) ? null : error;

    public static string? Module(string value)
    {
        try
        {
            AppSpec.FromModule(value);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>uWSGI's boolean rule: false, off, no (any case) and 0 are off; an empty or any other value is on.</summary>
    public static bool IsOn(string value) =>
        !(value.Equals("false", StringComparison.OrdinalIgnoreCase)
          || value.Equals("off", StringComparison.OrdinalIgnoreCase)
          || value.Equals("no", StringComparison.OrdinalIgnoreCase)
          || value == "0");
}
