using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class BinaryCodecTests
{
    [Fact]
    public void Base64FamilyMatchesRfc4648Vectors()
    {
        var output = PythonRunner.Run(
            "import base64\n" +
            "print([base64.b64encode(b'foobar'[:n]) for n in range(7)])\n" +
            "print(base64.b32encode(b'foobar'), base64.b16encode(b'foobar'), base64.urlsafe_b64encode(b'\\xfb\\xff'))\n" +
            "print(base64.b85encode(b'hello'), base64.a85encode(b'hello'), base64.b32decode(b'MZXW6YTBOI======'))");
        Assert.Equal(
            "[b'', b'Zg==', b'Zm8=', b'Zm9v', b'Zm9vYg==', b'Zm9vYmE=', b'Zm9vYmFy']\n" +
            "b'MZXW6YTBOI======' b'666F6F626172' b'-_8='\n" +
            "b'Xk~0{Zv' b'BOu!rDZ' b'foobar'\n",
            output);
    }

    [Fact]
    public void Base64DecodingSkipsJunkUnlessValidating()
    {
        var output = PythonRunner.Run(
            "import base64, binascii\nprint(base64.b64decode('Zm9v!YmFy'))\n" +
            "for s in ['Zm9v!YmFy', 'Zm9']:\n    try:\n        base64.b64decode(s, validate=True)\n    except binascii.Error as e:\n        print(e)");
        Assert.Equal("b'foobar'\nOnly base64 data is allowed\nIncorrect padding\n", output);
    }

    [Fact]
    public void BinasciiHexAndChecksums()
    {
        var output = PythonRunner.Run(
            "import binascii\n" +
            "print(binascii.hexlify(b'abcde', '-', 2), binascii.unhexlify('4a4B'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'))\n" +
            "print(binascii.crc_hqx(b'123456789', 0), binascii.b2a_base64(b'hi'), binascii.a2b_uu(binascii.b2a_uu(b'uu data')))");
        Assert.Equal("b'61-6263-6465' b'JK' 1095738169\n12739 b'aGk=\\n' b'uu data'\n", output);
    }

    [Fact]
    public void ZlibRoundTripsInEveryContainer()
    {
        var output = PythonRunner.Run(
            "import zlib\ndata = b'payload ' * 500\n" +
            "print([zlib.decompress(zlib.compress(data, level, wbits), wbits) == data for level in (0, 1, 9) for wbits in (15, -15, 31)])\n" +
            "print(zlib.crc32(b'hello world'), zlib.adler32(b'hello world'), zlib.decompress(zlib.compress(b''), 47))");
        Assert.Equal("[True, True, True, True, True, True, True, True, True]\n222957957 436929629 b''\n", output);
    }

    [Fact]
    public void ZlibDecompressesKnownStreamsAndReportsCorruption()
    {
        var output = PythonRunner.Run(
            "import zlib\nprint(zlib.decompress(b\"x\\x9cKLJ\\x06\\x00\\x02M\\x01'\"))\n" +
            "for bad in [b'abc', b\"x\\x9cKLJ\\x06\\x00\\x02M\\x01\", b\"x\\x9cKLJ\\x06\\x00\\x02M\\x01(\"]:\n" +
            "    try:\n        zlib.decompress(bad)\n    except zlib.error as e:\n        print(e)");
        Assert.Equal(
            "b'abc'\nError -3 while decompressing data: incorrect header check\n" +
            "Error -5 while decompressing data: incomplete or truncated stream\nError -3 while decompressing data: incorrect data check\n",
            output);
    }

    [Fact]
    public void DecompressobjStreamsWithMaxLengthAndUnusedData()
    {
        var output = PythonRunner.Run(
            "import zlib\ndata = bytes(range(256)) * 40\nc = zlib.compress(data) + b'after'\nd = zlib.decompressobj()\n" +
            "out = d.decompress(c[:30], 100)\nwhile d.unconsumed_tail:\n    out += d.decompress(d.unconsumed_tail, 100)\n" +
            "out += d.decompress(c[30:])\nprint(out == data, d.eof, d.unused_data)");
        Assert.Equal("True True b'after'\n", output);
    }

    [Fact]
    public void DecompressobjResumesAcrossBlocksInSmallChunks()
    {
        var output = PythonRunner.Run(
            "import zlib\ndata = b''.join(b'row %d %s\\n' % (i, b'y' * (i % 40)) for i in range(30000))\n" +
            "results = []\nfor wbits in (15, -15, 31):\n    c = zlib.compress(data, 6, wbits) + b'!'\n    d = zlib.decompressobj(wbits)\n" +
            "    out = b''.join(d.decompress(c[i:i + 777]) for i in range(0, len(c), 777))\n    results.append((out == data, d.eof, d.unused_data))\n" +
            "print(len(data) > 500000, results)");
        Assert.Equal("True [(True, True, b'!'), (True, True, b'!'), (True, True, b'!')]\n", output);
    }
}
