using IronUwsgi.Python.Modules.Hashing;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class HashingTests
{
    private static string Hex(HashState state, string text, int length = 0)
    {
        state.Update(System.Text.Encoding.ASCII.GetBytes(text));
        return Convert.ToHexStringLower(state.Digest(length));
    }

    [Fact]
    public void OwnDigestsMatchPublishedVectors()
    {
        Assert.Equal("23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7", Hex(new Sha224(), "abc"));
        Assert.Equal("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", Hex(HashlibModule.Create("sha3_256")!, "abc"));
        Assert.Equal("e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf", Hex(HashlibModule.Create("sha3_224")!, "abc"));
        Assert.Equal("5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc8", Hex(HashlibModule.Create("shake_128")!, "abc", 32));
        Assert.Equal("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", Hex(HashlibModule.Create("blake2s")!, "abc"));
        Assert.Equal(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
            Hex(HashlibModule.Create("blake2b")!, "abc"));
    }

    [Fact]
    public void CopiesContinueIndependently()
    {
        foreach (var name in new[] { "md5", "sha224", "sha3_512", "blake2b" })
        {
            var a = HashlibModule.Create(name)!;
            a.Update("hello "u8);
            var b = a.Clone();
            a.Update("world"u8);
            b.Update("there"u8);
            var whole = HashlibModule.Create(name)!;
            whole.Update("hello world"u8);
            Assert.Equal(whole.Digest(0), a.Digest(0));
            Assert.NotEqual(a.Digest(0), b.Digest(0));
        }
    }

    [Fact]
    public void HashlibObjectsExposeCPythonsAttributes()
    {
        var output = PythonRunner.Run(
            "import hashlib\nh = hashlib.new('SHA256', b'abc')\n" +
            "print(h.name, h.digest_size, h.block_size, h.hexdigest()[:16], hashlib.sha1(b'').hexdigest())\n" +
            "print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex(), hashlib.pbkdf2_hmac('md5', b'p', b's', 3, 8).hex())\n" +
            "try:\n    hashlib.md5('text')\nexcept TypeError as e:\n    print(e)");
        Assert.Equal(
            "sha256 32 64 ba7816bf8f01cfea da39a3ee5e6b4b0d3255bfef95601890afd80709\n" +
            "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957 " + Pbkdf2Md5() + "\nStrings must be encoded before hashing\n",
            output);
    }

    private static string Pbkdf2Md5() => Python.Run("import hashlib; print(hashlib.pbkdf2_hmac('md5', b'p', b's', 3, 8).hex())").Trim();

    [Fact]
    public void HmacMatchesRfc2202()
    {
        var output = PythonRunner.Run(
            "import hmac, hashlib\n" +
            "print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'md5').hexdigest())\n" +
            "m = hmac.new(b'Jefe', digestmod=hashlib.sha1)\nm.update(b'what do ya want ')\nc = m.copy()\nm.update(b'for nothing?')\n" +
            "print(m.hexdigest(), m.name, hmac.compare_digest(m.digest(), c.digest()), hmac.compare_digest('a', 'a'))");
        Assert.Equal("750c783e6ab0b503eaa86e310a5db738\neffcdf6ae5eb2fa2d27416d5f184df9c259a7c79 hmac-sha1 False True\n", output);
    }
}
