using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

// Expected outputs were produced by CPython 3.11.
public class ConformanceFixTests
{
    [Fact]
    public void DescriptorGetTakesAnOptionalType()
    {
        Assert.Equal("7 True\n", PythonRunner.Run(
            "class C:\n    p = property(lambda self: 7)\nc = C()\nprint(C.__dict__['p'].__get__(c), C.__dict__['p'].__get__(None, C) is C.__dict__['p'])\n"));
    }

    [Fact]
    public void SlotMembersAreDataDescriptors()
    {
        Assert.Equal("True True 5\n", PythonRunner.Run(
            "class S:\n    __slots__ = ('a',)\nm = S.__dict__['a']\ns = S()\nm.__set__(s, 5)\nprint(hasattr(m, '__get__'), hasattr(m, '__set__'), s.a)\n"));
    }

    [Fact]
    public void StrSearchStartPastTheEndFindsNothing()
    {
        Assert.Equal("-1 -1 0 False 3 3 3\n", PythonRunner.Run(
            "print('abc'.find('', 100), 'abc'.rfind('', 4), 'abc'.count('', 4), 'abc'.startswith('', 4), 'abc'.find('', 3), 'abc'.rfind('', 3), 'abc'.index('', 3))\n"));
    }

    [Fact]
    public void ByteArrayRemoveDropsTheFirstMatch()
    {
        Assert.Equal("bytearray(b'bca') ValueError: value not found in bytearray\n", PythonRunner.Run(
            "b = bytearray(b'abca')\nb.remove(97)\ntry:\n    b.remove(100)\nexcept ValueError as e:\n    print(b, 'ValueError:', e)\n"));
    }

    [Fact]
    public void OrdAndIntAcceptByteArray()
    {
        Assert.Equal("255 -7\n", PythonRunner.Run("print(ord(bytearray(b'\\xff')), int(bytearray(b'-7')))\n"));
    }

    [Fact]
    public void MemoryViewIsABuiltinName()
    {
        Assert.Equal("b'mv' True\n", PythonRunner.Run("print(memoryview(b'mv').tobytes(), isinstance(memoryview(b''), memoryview))\n"));
    }

    [Fact]
    public void DirLooksUpDunderDirOnTheTypeAndVarsNeedsADict()
    {
        Assert.Equal("['m'] TypeError: vars() argument must have __dict__ attribute\n", PythonRunner.Run(
            "class C:\n    def m(self): pass\ntry:\n    vars(5)\nexcept TypeError as e:\n    print([n for n in dir(C) if not n.startswith('_')], 'TypeError:', e)\n"));
    }

    [Fact]
    public void SymmetricDifferenceStartsFromTheOtherOperand()
    {
        Assert.Equal("{2, 3, 4, 9} frozenset({33, 2, 3, 4}) {9, 5, 1}\n", PythonRunner.Run(
            "a = {1, 2, 3, 4}\nprint(a.symmetric_difference([1, 9]), frozenset(a) ^ {33, 1}, [9, 1] ^ {5: 1}.keys())\n"));
    }

    [Fact]
    public void DictInSlotsGivesInstancesADict()
    {
        Assert.Equal("1 2 {'b': 2}\n", PythonRunner.Run(
            "class W:\n    __slots__ = ('a', '__dict__')\nw = W()\nw.a = 1\nw.b = 2\nprint(w.a, w.b, w.__dict__)\n"));
    }

    [Fact]
    public void UnicodeEncodeErrorCarriesItsFieldsAndRun()
    {
        Assert.Equal("'latin-1' codec can't encode characters in position 6-7: ordinal not in range(256) | latin-1 6 8 ordinal not in range(256)\n"
            + "'ascii' codec can't encode character '\\u20ac' in position 0: bad\n", PythonRunner.Run(
            "try:\n    'h\u00e9llo \u20ac\u2713x'.encode('latin-1')\nexcept UnicodeEncodeError as e:\n    print(e, '|', e.encoding, e.start, e.end, e.reason)\n"
            + "print(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'bad'))\n"));
    }

    [Fact]
    public void CodecDecodeErrorsCarryTheirFields()
    {
        Assert.Equal("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data | utf-8 b'a\\xe2\\x82' 1 3\n", PythonRunner.Run(
            "try:\n    b'a\\xe2\\x82'.decode('utf-8')\nexcept UnicodeDecodeError as e:\n    print(e, '|', e.encoding, e.object, e.start, e.end)\n"));
    }

    [Fact]
    public void EncodeErrorHandlersTreatASurrogatePairAsOneCodePoint()
    {
        Assert.Equal("b'a?' b'a&#128013;' b'a\\\\U0001f40d'\n", PythonRunner.Run(
            "s = 'a\\U0001f40d'\nprint(s.encode('latin-1', 'replace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))\n"));
    }
}
