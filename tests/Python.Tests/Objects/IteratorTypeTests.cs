using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using static IronUwsgi.Python.Tests.Objects.TestHelpers;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11.
public class IteratorTypeTests
{
    private static string ListOf(object iterable) => Ops.Repr(Ops.Call(Py.ListType, iterable));

    private static PyList L(params object[] items) => new(items);

    [Fact]
    public void LazyBuiltinIteratorsProduceCPythonResults()
    {
        Assert.Equal("[(1, 'a'), (2, 'b')]", ListOf(Ops.Call(Py.EnumerateType, "ab", 1L)));
        Assert.Equal("[(1, 3), (2, 4)]", ListOf(Ops.Call(Py.ZipType, L(1L, 2L), L(3L, 4L, 5L))));
        var pow = new PyBuiltinFunction("pow", null, (object a, object b) => Ops.Power(a, b));
        Assert.Equal("[8, 9]", ListOf(Ops.Call(Py.MapType, pow, L(2L, 3L), L(3L, 2L))));
        Assert.Equal("[1, 2]", ListOf(Ops.Call(Py.FilterType, Py.None, L(0L, 1L, "", 2L))));
        Assert.Equal("['c', 'b', 'a']", ListOf(Ops.Call(Py.ReversedType, "abc")));
        var d = new PyDict();
        d[1L] = 2L;
        Assert.Equal("[1]", ListOf(Ops.Call(Py.ReversedType, d)));
    }

    [Fact]
    public void StrictZipAndBadArgumentsReportLikeCPython()
    {
        static object Zip(params object[] lists) => Ops.Call(Py.ZipType, lists.Append(Py.True).ToArray(), new[] { "strict" });
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1", Raises(() => ListOf(Zip(L(1L, 2L), L(3L)))));
        Assert.Equal("ValueError: zip() argument 2 is longer than argument 1", Raises(() => ListOf(Zip(L(1L), L(3L, 4L)))));
        Assert.Equal("ValueError: zip() argument 3 is longer than arguments 1-2", Raises(() => ListOf(Zip(L(1L), L(2L), L(3L, 4L)))));
        Assert.Equal("TypeError: 'int' object is not reversible", Raises(() => Ops.Call(Py.ReversedType, 5L)));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Raises(() => Ops.Call(Py.EnumerateType, new PyList(), "a")));
        Assert.Equal("TypeError: map() must have at least two arguments.", Raises(() => Ops.Call(Py.MapType, Py.None)));
    }

    /// <summary>def g(): x = yield 1; log(x); return 5 — written as the state machine the compiler would emit.</summary>
    private sealed class SampleGenerator : PyGenerator
    {
        private readonly List<string> log;
        private int state;

        public SampleGenerator(List<string> log)
            : base("g", "g") => this.log = log;

        public override bool Resume(object sent, PyBaseException? thrown, out object value)
        {
            value = Py.None;
            if (Finished)
            {
                return false;
            }
            Started = true;
            if (thrown is not null)
            {
                Finished = true;
                throw thrown.ToClr();
            }
            switch (state)
            {
                case 0:
                    state = 1;
                    value = 1L;
                    return true;
                default:
                    log.Add("got " + Ops.Repr(sent));
                    Finished = true;
                    ReturnValue = 5L;
                    return false;
            }
        }
    }

    [Fact]
    public void GeneratorProtocolFollowsCPython()
    {
        var log = new List<string>();
        var g = new SampleGenerator(log);
        Assert.Equal(1L, Ops.Next(g));
        try
        {
            Ops.CallMethod(g, "send", 7L);
            Assert.Fail("send should end the generator");
        }
        catch (PythonException e) when (Ops.Matches(e, PyExc.StopIteration))
        {
            Assert.Equal(5L, Ops.GetAttr(e.Value, "value"));
        }
        Assert.Equal(new[] { "got 7" }, log);
        Assert.Equal("TypeError: can't send non-None value to a just-started generator", Raises(() => Ops.CallMethod(new SampleGenerator(log), "send", 3L)));
        Assert.StartsWith("<generator object g at 0x", Ops.Repr(new SampleGenerator(log)));
        var fresh = new SampleGenerator(log);
        Assert.Equal(1L, Ops.Next(fresh));
        Assert.Equal("ValueError: boom", Raises(() => Ops.CallMethod(fresh, "throw", PyExc.ValueError, "boom")));
        Assert.Same(Py.None, Ops.CallMethod(fresh, "close"));
        Assert.Equal("StopIteration", Raises(() => Ops.Next(fresh)));
    }
}
