namespace IronUwsgi.Erlang.Tests.Etf;

internal static class Hex
{
    /// <summary>Bytes from hex text with optional spaces, e.g. "83 61 05".</summary>
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
