using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using static IronUwsgi.Python.Tests.Objects.TestHelpers;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11.
public class ExceptionTests
{
    private static object Make(PyType type, params object[] args) => Ops.Call(type, args);

    [Fact]
    public void StrAndReprFollowArgs()
    {
        Assert.Equal("ValueError()", Ops.Repr(Make(PyExc.ValueError)));
        Assert.Equal("ValueError('a', 1)", Ops.Repr(Make(PyExc.ValueError, "a", 1L)));
        Assert.Equal("('a', 1)", Ops.Str(Make(PyExc.ValueError, "a", 1L)));
        Assert.Equal("", Ops.Str(Make(PyExc.ValueError)));
        Assert.Equal("(\"x\",)", Ops.Repr(Ops.GetAttr(Make(PyExc.Exception, "x"), "args")).Replace('\'', '"'));
    }

    [Fact]
    public void KeyErrorStrQuotesTheKey()
    {
        Assert.Equal("KeyError('k')", Ops.Repr(Make(PyExc.KeyError, "k")));
        Assert.Equal("'k'", Ops.Str(Make(PyExc.KeyError, "k")));
        Assert.Equal("", Ops.Str(Make(PyExc.KeyError)));
        Assert.Equal("('a', 'b')", Ops.Str(Make(PyExc.KeyError, "a", "b")));
    }

    [Fact]
    public void OsErrorMapsErrnoToSubclassAndFormatsFields()
    {
        var e = Make(PyExc.OSError, 2L, "No such file or directory", "x.txt");
        Assert.Equal("FileNotFoundError", Ops.TypeName(e));
        Assert.Equal("[Errno 2] No such file or directory: 'x.txt'", Ops.Str(e));
        Assert.Equal(2L, Ops.GetAttr(e, "errno"));
        Assert.Equal("(2, 'No such file or directory')", Ops.Repr(Ops.GetAttr(e, "args")));
        Assert.Equal("plain", Ops.Str(Make(PyExc.OSError, "plain")));
        Assert.Equal("PermissionError", Ops.TypeName(Make(PyExc.OSError, 13L, "denied")));
        Assert.Equal("[Errno 5] io", Ops.Str(Make(PyExc.OSError, 5L, "io")));
    }

    [Fact]
    public void SpecialExceptionsExposeTheirFields()
    {
        Assert.Equal(5L, Ops.GetAttr(Make(PyExc.StopIteration, 5L), "value"));
        Assert.Same(Py.None, Ops.GetAttr(Make(PyExc.StopIteration), "value"));
        Assert.Equal("bad (f.py, line 3)", Ops.Str(Make(PyExc.SyntaxError, "bad", Tuple("f.py", 3L, 4L, "x", 3L, 5L))));
        Assert.Equal("bad", Ops.Str(Make(PyExc.SyntaxError, "bad")));
        var ie = Ops.Call(PyExc.ImportError, new object[] { "no mod", "m" }, new[] { "name" });
        Assert.Equal("m", Ops.GetAttr(ie, "name"));
        Assert.Equal("no mod", Ops.Str(ie));
        Assert.Equal("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
            Ops.Str(Make(PyExc.UnicodeDecodeError, "utf-8", new PyBytes(new byte[] { 0xff }), 0L, 1L, "invalid start byte")));
        Assert.Equal(3L, Ops.GetAttr(Make(PyExc.SystemExit, 3L), "code"));
        Assert.Same(Py.None, Ops.GetAttr(Make(PyExc.SystemExit), "code"));
    }

    [Fact]
    public void NotesTracebackAndChainingAttributes()
    {
        var e = Make(PyExc.ValueError, "v");
        Ops.CallMethod(e, "add_note", "n1");
        Assert.Equal("['n1']", Ops.Repr(Ops.GetAttr(e, "__notes__")));
        Assert.Same(e, Ops.CallMethod(e, "with_traceback", Py.None));
        Assert.Same(Py.None, Ops.GetAttr(e, "__cause__"));
        Assert.Same(Py.False, Ops.GetAttr(e, "__suppress_context__"));
        var cause = Make(PyExc.KeyError, "k");
        Ops.SetAttr(e, "__cause__", cause);
        Assert.Same(cause, Ops.GetAttr(e, "__cause__"));
        Assert.Same(Py.True, Ops.GetAttr(e, "__suppress_context__"));
        Assert.Equal("TypeError: note must be a str, not 'int'", Raises(() => Ops.CallMethod(e, "add_note", 1L)));
    }

    [Fact]
    public void RaiseInstantiatesClassesAndAttachesCause()
    {
        var thrown = Ops.MakeRaise(PyExc.ValueError, PyExc.KeyError);
        Assert.Equal("ValueError", thrown.Value.Type.Name);
        Assert.Equal("KeyError", ((PyBaseException)thrown.Value.Cause).Type.Name);
        Assert.True(thrown.Value.SuppressContext);
        Assert.Equal("TypeError: exceptions must derive from BaseException", Raises(() => throw Ops.MakeRaise(5L, null)));
        Assert.True(Ops.ExceptionMatches(thrown.Value, Tuple(PyExc.KeyError, PyExc.LookupError, PyExc.ValueError)));
        Assert.False(Ops.ExceptionMatches(thrown.Value, PyExc.ArithmeticError));
        Assert.Equal("TypeError: catching classes that do not inherit from BaseException is not allowed", Raises(() => Ops.ExceptionMatches(thrown.Value, Py.IntType)));
    }

    [Fact]
    public void HierarchyFollowsPython311()
    {
        Assert.Equal("(<class 'ZeroDivisionError'>, <class 'ArithmeticError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            Ops.Repr(Ops.GetAttr(PyExc.ZeroDivisionError, "__mro__")));
        Assert.True(PyExc.ModuleNotFoundError.IsSubtypeOf(PyExc.ImportError));
        Assert.True(PyExc.BrokenPipeError.IsSubtypeOf(PyExc.ConnectionError));
        Assert.True(PyExc.UnicodeDecodeError.IsSubtypeOf(PyExc.ValueError));
        Assert.False(PyExc.KeyboardInterrupt.IsSubtypeOf(PyExc.Exception));
        Assert.True(PyExc.RecursionError.IsSubtypeOf(PyExc.RuntimeError));
    }

    [Fact]
    public void UserExceptionSubclassesKeepArgsAndAttributes()
    {
        var init = Function("__init__", new[] { "self", "key" }, args =>
        {
            Ops.CallMethod(DescriptorMethodsCreate(args[0]), "__init__", "invalid setting " + Ops.Repr(args[1]));
            Ops.SetAttr(args[0], "key", args[1]);
            return Py.None;
        });
        var cls = Class("ConfigurationError", new object[] { PyExc.Exception }, ("__init__", init));
        clsRef = cls;
        var e = Ops.Call(cls, "a");
        Assert.Equal("invalid setting 'a'", Ops.Str(e));
        Assert.Equal("a", Ops.GetAttr(e, "key"));
        Assert.Equal("(\"invalid setting 'a'\",)", Ops.Repr(Ops.GetAttr(e, "args")));
        Assert.Equal("ConfigurationError: invalid setting 'a'", Ops.FormatExceptionLine((PyBaseException)e));
    }

    private static PyType? clsRef;

    private static object DescriptorMethodsCreate(object self) => Builtins.DescriptorMethods.Create(clsRef!, self);
}
