using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IronUwsgi.Erlang.Handshake;

/// <summary>The handshake digest: MD5 of the cookie followed by the challenge in unsigned decimal.</summary>
internal static class CookieDigest
{
    public static byte[] Compute(uint challenge, string cookie)
        => MD5.HashData(Encoding.UTF8.GetBytes(cookie + challenge.ToString(CultureInfo.InvariantCulture)));

    public static bool Matches(ReadOnlySpan<byte> digest, uint challenge, string cookie)
        => CryptographicOperations.FixedTimeEquals(digest, Compute(challenge, cookie));
}
