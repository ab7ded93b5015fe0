using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// The compiled body of a Python function. <paramref name="arguments"/> holds the bound
/// parameters in <see cref="PyCode.VarNames"/> order (length <see cref="PyCode.FrameSize"/>;
/// *args as a tuple, **kwargs as a dict; slots past the parameters are null).
/// </summary>
internal delegate object FunctionBody(PyFunction function, object[] arguments);

/// <summary>
/// A Python function. The compiler supplies <see cref="Body"/> (general entry, called after
/// argument binding) and may supply fixed-arity entries <see cref="Fast0"/>..<see cref="Fast3"/>
/// used when exactly that many positional arguments and no keywords are passed.
/// </summary>
internal sealed class PyFunction : PyObject
{
    // Functions are made often (closures, generator expressions); the key's hash is computed once per process.
    private static readonly long ModuleNameHash = PyDict.StringHash("__name__");

    public PyFunction(PyCode code, PyDict globals, FunctionBody body)
        : base(Py.FunctionType)
    {
        Code = code;
        Globals = globals;
        Body = body;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.TryGetValue("__name__", ModuleNameHash, out var m) ? m : Py.None;
    }

    public PyCode Code { get; set; }

    public PyDict Globals { get; }

    public FunctionBody Body { get; set; }

    public Func<PyFunction, object>? Fast0 { get; set; }

    public Func<PyFunction, object, object>? Fast1 { get; set; }

    public Func<PyFunction, object, object, object>? Fast2 { get; set; }

    public Func<PyFunction, object, object, object, object>? Fast3 { get; set; }

    public string Name { get; set; }

    public string QualName { get; set; }

    public object Module { get; set; }

    public object Doc { get; set; } = Py.None;

    /// <summary>Default values of the last positional parameters (__defaults__), or null.</summary>
    public PyTuple? Defaults { get; set; }

    /// <summary>Defaults of keyword-only parameters (__kwdefaults__), or null.</summary>
    public PyDict? KwDefaults { get; set; }

    /// <summary>Cells of the free variables, in <see cref="PyCode.FreeVars"/> order.</summary>
    public PyCell[]? Closure { get; set; }

    public PyDict? Annotations { get; set; }

    public override object Call0() => Fast0 is { } f ? f(this) : Body(this, ArgumentBinder.Bind(this, null, Array.Empty<object>(), null));

    public override object Call1(object a) => Fast1 is { } f ? f(this, a) : Body(this, ArgumentBinder.Bind(this, null, new[] { a }, null));

    public override object Call2(object a, object b) => Fast2 is { } f ? f(this, a, b) : Body(this, ArgumentBinder.Bind(this, null, new[] { a, b }, null));

    public override object Call3(object a, object b, object c) => Fast3 is { } f ? f(this, a, b, c) : Body(this, ArgumentBinder.Bind(this, null, new[] { a, b, c }, null));

    public override object Call(object[] args, string[]? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0)
        {
            switch (args.Length)
            {
                case 0 when Fast0 is { } f0: return f0(this);
                case 1 when Fast1 is { } f1: return f1(this, args[0]);
                case 2 when Fast2 is { } f2: return f2(this, args[0], args[1]);
                case 3 when Fast3 is { } f3: return f3(this, args[0], args[1], args[2]);
            }
        }
        return Body(this, ArgumentBinder.Bind(this, null, args, kwnames));
    }

    /// <summary>Calls with <paramref name="self"/> prepended, without building a new argument array.</summary>
    internal object CallWithSelf(object self, object[] args, string[]? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0)
        {
            switch (args.Length)
            {
                case 0 when Fast1 is { } f1: return f1(this, self);
                case 1 when Fast2 is { } f2: return f2(this, self, args[0]);
                case 2 when Fast3 is { } f3: return f3(this, self, args[0], args[1]);
            }
        }
        return Body(this, ArgumentBinder.Bind(this, self, args, kwnames));
    }
}
