using IronUwsgi.Python.Builtins;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// The builtin exception types of Python 3.11 (same sharing invariant as <see cref="Py"/>:
/// immutable, process-wide). All share the <see cref="PyBaseException"/> layout.
/// </summary>
internal static class PyExc
{
    private static readonly List<PyType> Created = new();

    public static readonly PyType BaseException = Make("BaseException", null);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);

    static PyExc()
    {
        ExceptionMethods.Fill();
        foreach (var t in Created)
        {
            Py.ReadyBuiltin(t);
        }
    }

    /// <summary>Every builtin exception type, bases first (for the builtins module).</summary>
    public static IReadOnlyList<PyType> All => Created;

    private static PyType Make(string name, PyType? baseType)
    {
        var t = new PyType(Py.TypeType, name, new[] { baseType ?? Py.ObjectType }, new PyDict(), TypeFlags.Immutable | TypeFlags.BaseType | TypeFlags.HasDict);
        t.SolidBase = BaseException ?? t;
        t.Namespace["__doc__"] = Py.None;
        Created.Add(t);
        return t;
    }
}
