using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using static IronUwsgi.Python.Tests.Objects.TestHelpers;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11.
public class ProtocolTests
{
    private static string Collect(object iterable)
    {
        var parts = new List<string>();
        var it = Ops.GetIter(iterable);
        while (Ops.TryNext(it, out var v))
        {
            parts.Add(Ops.Repr(v));
        }
        return string.Join(" ", parts);
    }

    [Fact]
    public void BuiltinIterablesIterateWithoutExceptions()
    {
        Assert.Equal("'a' 'b'", Collect("ab"));
        Assert.Equal("1 2", Collect(new PyList(new object[] { 1L, 2L })));
        Assert.Equal("0 3 6", Collect(Ops.Call(Py.RangeType, 0L, 9L, 3L)));
        var d = new PyDict();
        d["x"] = 1L;
        d["y"] = 2L;
        Assert.Equal("'x' 'y'", Collect(d));
        Assert.Equal("('x', 1) ('y', 2)", Collect(Ops.CallMethod(d, "items")));
        Assert.Equal("98 99", Collect(new PyBytes(new byte[] { 98, 99 })));
    }

    [Fact]
    public void DictSizeChangeDuringIterationIsAnError()
    {
        var d = new PyDict();
        d["a"] = 1L;
        var it = Ops.GetIter(d);
        Assert.True(Ops.TryNext(it, out _));
        d["b"] = 2L;
        Assert.Equal("RuntimeError: dictionary changed size during iteration", Raises(() => Ops.TryNext(it, out _)));
    }

    [Fact]
    public void UserIteratorsAndGetitemSequencesIterate()
    {
        var counter = new[] { 0L };
        var next = Function("__next__", new[] { "self" }, _ => counter[0] < 3 ? counter[0]++ : throw Ops.StopIteration());
        var iter = Function("__iter__", new[] { "self" }, args => args[0]);
        var countdown = Class("Counter", Array.Empty<object>(), ("__iter__", iter), ("__next__", next));
        Assert.Equal("0 1 2", Collect(Ops.Call(countdown)));
        var getitem = Function("__getitem__", new[] { "self", "i" }, args => (long)args[1] < 2 ? Ops.Multiply(args[1], 10L) : throw Ops.IndexError("done"));
        var seq = Class("Seq", Array.Empty<object>(), ("__getitem__", getitem));
        Assert.Equal("0 10", Collect(Ops.Call(seq)));
        Assert.True(Ops.Contains(Ops.Call(seq), 10L));
    }

    [Fact]
    public void TruthinessUsesBoolThenLen()
    {
        Assert.False(Ops.IsTrue(""));
        Assert.False(Ops.IsTrue(0.0));
        Assert.False(Ops.IsTrue(new PyDict()));
        Assert.True(Ops.IsTrue(Tuple(Py.None)));
        var len = Function("__len__", new[] { "self" }, _ => 0L);
        Assert.False(Ops.IsTrue(Ops.Call(Class("Empty", Array.Empty<object>(), ("__len__", len)))));
        var badBool = Function("__bool__", new[] { "self" }, _ => 1L);
        Assert.Equal("TypeError: __bool__ should return bool, returned int", Raises(() => Ops.IsTrue(Ops.Call(Class("B", Array.Empty<object>(), ("__bool__", badBool))))));
        Assert.True(Ops.IsTrue(Ops.Call(Class("Plain", Array.Empty<object>()))));
    }

    [Fact]
    public void HashesMatchCPython()
    {
        Assert.Equal(1L, Ops.Hash(1.0));
        Assert.Equal(1L, Ops.Hash(Py.True));
        Assert.Equal(-2L, Ops.Hash(-1L));
        Assert.Equal(1L, Ops.Hash(Ops.Power(2L, 61L)));
        Assert.Equal(-6L, Ops.Hash(Ops.Subtract(Ops.Negate(Ops.Power(2L, 61L)), 5L)));
        Assert.Equal(1152921504606846976L, Ops.Hash(0.5));
        Assert.Equal(1822893315824342674L, Ops.Hash(1e100));
        Assert.Equal(-3550055125485641917L, Ops.Hash(Tuple(1L, 2L)));
        Assert.Equal(5740354900026072187L, Ops.Hash(Tuple()));
        Assert.Equal(-272375401224217160L, Ops.Hash(Ops.Call(Py.FrozenSetType, new PyList(new object[] { 1L, 2L, 3L }))));
        Assert.Equal(133146708735736L, Ops.Hash(Ops.Call(Py.FrozenSetType)));
    }

    [Fact]
    public void DictKeysEqualAcrossNumericTypes()
    {
        var d = new PyDict();
        d[1L] = "int";
        d[1.0] = "float";
        d[Py.True] = "bool";
        Assert.Equal("{1: 'bool'}", Ops.Repr(d));
        d["s"] = 2L;
        Assert.True(d.Remove(1.0));
        Assert.Equal("{'s': 2}", Ops.Repr(d));
    }

    [Fact]
    public void DictKeepsInsertionOrderThroughDeletesAndGrowth()
    {
        var d = new PyDict();
        for (var i = 0L; i < 100; i++)
        {
            d[i] = i * i;
        }
        for (var i = 0L; i < 100; i += 2)
        {
            d.Remove(i);
        }
        d[0L] = "again";
        Assert.Equal(51, d.Count);
        Assert.Equal("1 3 5", string.Join(" ", Enumerate(d).Take(3).Select(p => Ops.Repr(p.Key))));
        Assert.Equal("0", Ops.Repr(Enumerate(d).Last().Key));
        Assert.Equal("(0, 'again')", Ops.Repr(Ops.CallMethod(d, "popitem")));
    }

    private static IEnumerable<(object Key, object Value)> Enumerate(PyDict d)
    {
        var pos = 0;
        while (d.TryGetEntry(ref pos, out var k, out var v))
        {
            yield return (k, v);
        }
    }

    [Fact]
    public void RecursiveContainersReprWithEllipsis()
    {
        var l = new PyList();
        l.Add(1L);
        l.Add(l);
        Assert.Equal("[1, [...]]", Ops.Repr(l));
        var d = new PyDict();
        d["self"] = d;
        Assert.Equal("{'self': {...}}", Ops.Repr(d));
    }

    [Fact]
    public void SortIsStableWithKeyAndReverse()
    {
        var items = new PyList(new object[] { Tuple("b", 1L), Tuple("a", 1L), Tuple("c", 0L), Tuple("d", 1L) });
        var key = Function("key", new[] { "t" }, args => ((PyTuple)args[0]).Items[1]);
        Ops.CallMethod(items, "sort", new object[] { key }, new[] { "key" });
        Assert.Equal("[('c', 0), ('b', 1), ('a', 1), ('d', 1)]", Ops.Repr(items));
        Ops.CallMethod(items, "sort", new object[] { key, Py.True }, new[] { "key", "reverse" });
        Assert.Equal("[('b', 1), ('a', 1), ('d', 1), ('c', 0)]", Ops.Repr(items));
        var mixed = new PyList(new object[] { 1L, "a" });
        Assert.Equal("TypeError: '<' not supported between instances of 'str' and 'int'", Raises(() => Ops.CallMethod(mixed, "sort")));
    }

    [Fact]
    public void SlicesAssignAndDelete()
    {
        var l = new PyList(new object[] { 0L, 1L, 2L, 3L, 4L, 5L });
        Ops.SetItem(l, new PySlice(1L, 3L, Py.None), new PyList(new object[] { "a", "b", "c" }));
        Assert.Equal("[0, 'a', 'b', 'c', 3, 4, 5]", Ops.Repr(l));
        Ops.DelItem(l, new PySlice(Py.None, Py.None, 2L));
        Assert.Equal("['a', 'c', 4]", Ops.Repr(l));
        Assert.Equal("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
            Raises(() => Ops.SetItem(l, new PySlice(Py.None, Py.None, 2L), new PyList(new object[] { 1L }))));
        Assert.Equal("(0, 10, 2)", Ops.Repr(Ops.CallMethod(new PySlice(Py.None, Py.None, 2L), "indices", 10L)));
        Assert.Equal("range(8, -1, -2)", Ops.Repr(Ops.GetItem(Ops.Call(Py.RangeType, 10L), new PySlice(-2L, Py.None, -2L))));
    }

    [Fact]
    public void GenericAliasesAndUnionsPrintLikeTyping()
    {
        var listInt = Ops.GetItem(Py.ListType, Py.IntType);
        Assert.Equal("list[int]", Ops.Repr(listInt));
        Assert.Equal("dict[str, list[int]]", Ops.Repr(Ops.GetItem(Py.DictType, Tuple(Py.StrType, listInt))));
        Assert.Equal("tuple[int, ...]", Ops.Repr(Ops.GetItem(Py.TupleType, Tuple(Py.IntType, Py.Ellipsis))));
        Assert.Equal("GenericAlias", Ops.TypeName(listInt));
        Assert.Equal("int | None", Ops.Repr(Ops.Binary(Py.IntType, Py.None, BinaryOp.Or)));
        Assert.Equal("int | str | None", Ops.Repr(Ops.Binary(Ops.Binary(Py.IntType, Py.StrType, BinaryOp.Or), Py.None, BinaryOp.Or)));
        Assert.True(Ops.IsInstance(Py.None, Ops.Binary(Py.IntType, Py.None, BinaryOp.Or)));
        Assert.True(Ops.IsInstance(Py.True, Tuple(Py.StrType, Py.IntType)));
        Assert.True(Ops.IsSubclass(Py.BoolType, Py.IntType));
    }

    [Fact]
    public void BytesBehaveLikeCPython()
    {
        Assert.Equal("'abc'", Ops.Repr(Ops.CallMethod(new PyBytes("abc"u8.ToArray()), "decode")));
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
            Raises(() => Ops.CallMethod(new PyBytes(new byte[] { 0xff, 0x61 }), "decode")));
        Assert.Equal("b'mv'", Ops.Repr(Ops.CallMethod(Ops.Call(Py.MemoryViewType, new PyBytes("mv"u8.ToArray())), "tobytes")));
        Assert.Equal("[b'a', b'b']", Ops.Repr(Ops.CallMethod(new PyBytes("a,b"u8.ToArray()), "split", new PyBytes(","u8.ToArray()))));
        Assert.Equal("b'\\x00\\x00\\x00'", Ops.Repr(Ops.Call(Py.BytesType, 3L)));
        Assert.Equal("b'5-x'", Ops.Repr(Ops.Modulo(new PyBytes("%d-%s"u8.ToArray()), Tuple(5L, new PyBytes("x"u8.ToArray())))));
        Assert.Equal("'6162'", Ops.Repr(Ops.CallMethod(new PyBytes("ab"u8.ToArray()), "hex")));
        Assert.Equal("bytearray(b'xy')", Ops.Repr(Ops.Call(Py.ByteArrayType, new PyBytes("xy"u8.ToArray()))));
        Assert.Equal("98", Ops.Repr(Ops.GetItem(new PyBytes("abc"u8.ToArray()), 1L)));
    }

    [Fact]
    public void IntToBytesHandlesSignedValues()
    {
        Assert.Equal("b'\\xff\\xff'", Ops.Repr(Ops.CallMethod(-1L, "to_bytes", new object[] { 2L, "big", Py.True }, new[] { "signed" })));
        Assert.Equal("OverflowError: int too big to convert", Raises(() => Ops.CallMethod(-129L, "to_bytes", new object[] { 1L, "big", Py.True }, new[] { "signed" })));
        Assert.Equal("-2", Ops.Repr(Ops.CallMethod(Py.IntType, "from_bytes", new object[] { new PyBytes(new byte[] { 0xff, 0xfe }), "big", Py.True }, new[] { "signed" })));
        Assert.Equal("65534", Ops.Repr(Ops.CallMethod(Py.IntType, "from_bytes", new PyBytes(new byte[] { 0xff, 0xfe }), "big")));
    }
}
