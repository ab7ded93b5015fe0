using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class StructModuleTests
{
    [Fact]
    public void PackUsesByteOrderAndNativeAlignment()
    {
        var output = PythonRunner.Run(
            "import struct\n" +
            "print(struct.pack('>I', 1), struct.pack('<h', -2), struct.pack('@bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('=bi'))\n" +
            "print(struct.pack('>e', 0.5), struct.pack('>?', 5), struct.pack('5s', b'ab'), struct.pack('3p', b'abcdef'))");
        Assert.Equal("b'\\x00\\x00\\x00\\x01' b'\\xfe\\xff' b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00' 8 5\nb'8\\x00' b'\\x01' b'ab\\x00\\x00\\x00' b'\\x02ab'\n", output);
    }

    [Fact]
    public void UnpackReadsEveryIntegerWidth()
    {
        var output = PythonRunner.Run("import struct\nprint(struct.unpack('<bBhHiIqQ', bytes([255, 255]) + b'\\xff' * 28))");
        Assert.Equal("(-1, 255, -1, 65535, -1, 4294967295, -1, 18446744073709551615)\n", output);
    }

    [Theory]
    [InlineData("struct.pack('>B', 256)", "ubyte format requires 0 <= number <= 255")]
    [InlineData("struct.pack('>h', 40000)", "'h' format requires -32768 <= number <= 32767")]
    [InlineData("struct.pack('<h', 40000)", "short format requires -32768 <= number <= 32767")]
    [InlineData("struct.pack('>H', -1)", "argument out of range")]
    [InlineData("struct.pack('>q', 2**63)", "int too large to convert")]
    [InlineData("struct.pack('>I', 1.5)", "required argument is not an integer")]
    [InlineData("struct.pack('>2I', 1)", "pack expected 2 items for packing (got 1)")]
    [InlineData("struct.pack('z', 1)", "bad char in struct format")]
    [InlineData("struct.unpack('>I', b'\\x00')", "unpack requires a buffer of 4 bytes")]
    [InlineData("struct.unpack_from('>I', b'ab', 1)", "unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 2)")]
    public void ErrorsCarryCPythonsMessages(string call, string message)
    {
        var output = PythonRunner.Run($"import struct\ntry:\n    {call}\nexcept struct.error as e:\n    print(e)");
        Assert.Equal(message + "\n", output);
    }

    [Fact]
    public void StructObjectsPackIntoBuffersAndIterate()
    {
        var output = PythonRunner.Run(
            "import struct\ns = struct.Struct('>HI')\nbuf = bytearray(8)\ns.pack_into(buf, 2, 0xBEEF, 7)\n" +
            "print(s.size, s.format, buf.hex(), s.unpack_from(buf, 2), list(struct.iter_unpack('<H', b'\\x01\\x00\\x02\\x00')))");
        Assert.Equal("6 >HI 0000beef00000007 (48879, 7) [(1,), (2,)]\n", output);
    }
}
