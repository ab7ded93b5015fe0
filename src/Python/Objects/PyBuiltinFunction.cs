using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>Builtin methods the runtime recognises in resolved slots to take its direct paths.</summary>
internal enum Intrinsic
{
    None,
    ObjectGetAttribute,
    ObjectSetAttr,
    ObjectDelAttr,
    ObjectHash,
    ObjectInit,
    ObjectNew,
    TypeGetAttribute,
    TypeSetAttr,
    TypeDelAttr,
    TypeCall,
    SuperGetAttribute,
    IterSelf,

    // Builtins a generator expression argument can be run straight into (see GeneratorConsumerSite).
    Sum,
    Any,
    All,
    Sorted,
}

/// <summary>A builtin taking positional values then keyword values named by <paramref name="kwnames"/>.</summary>
internal delegate object RawBuiltin(object[] args, string[]? kwnames);

/// <summary>A builtin taking two values then an optional third (null when not passed).</summary>
internal delegate object OptionalArgBuiltin(object a, object b, object? optional);

/// <summary>
/// A function written in C#: a builtin function (type builtin_function_or_method) or, when
/// <see cref="Owner"/> is set, a method descriptor of a builtin type taking self first.
/// One of the delegate shapes is set: exact arity 0-3, a positional range, or named parameters.
/// </summary>
internal sealed class PyBuiltinFunction : PyObject
{
    private readonly Func<object>? f0;
    private readonly Func<object, object>? f1;
    private readonly Func<object, object, object>? f2;
    private readonly Func<object, object, object, object>? f3;
    private readonly Func<object[], object>? fRange;
    private readonly OptionalArgBuiltin? fOptional;
    private readonly Func<object?[], object>? fNamed;
    private readonly RawBuiltin? fRaw;
    private readonly int min;
    private readonly int max;
    private readonly string[]? names;
    private readonly int kwOnlyStart;

    private PyBuiltinFunction(string name, PyType? owner, int min, int max)
        : base(owner is null ? Py.BuiltinFunctionType : Py.MethodDescriptorType)
    {
        Name = name;
        Owner = owner;
        this.min = min;
        this.max = max;
    }

    public PyBuiltinFunction(string name, PyType? owner, Func<object> f)
        : this(name, owner, 0, 0) => f0 = f;

    public PyBuiltinFunction(string name, PyType? owner, Func<object, object> f)
        : this(name, owner, 1, 1) => f1 = f;

    public PyBuiltinFunction(string name, PyType? owner, Func<object, object, object> f)
        : this(name, owner, 2, 2) => f2 = f;

    public PyBuiltinFunction(string name, PyType? owner, Func<object, object, object, object> f)
        : this(name, owner, 3, 3) => f3 = f;

    /// <summary>Positional arguments only, between <paramref name="minArgs"/> and <paramref name="maxArgs"/> (-1 = unbounded).</summary>
    public PyBuiltinFunction(string name, PyType? owner, int minArgs, int maxArgs, Func<object[], object> f)
        : this(name, owner, minArgs, maxArgs) => fRange = f;

    /// <summary>Two arguments then an optional third, null when not passed: no argument array on hot calls such as dict.get.</summary>
    public static PyBuiltinFunction WithOptionalArg(string name, PyType? owner, OptionalArgBuiltin f) => new(name, owner, f);

    private PyBuiltinFunction(string name, PyType? owner, OptionalArgBuiltin f)
        : this(name, owner, 2, 3) => fOptional = f;

    /// <summary>Raw convention: positional values then keyword values named by kwnames (e.g. dict(**kw)).</summary>
    public PyBuiltinFunction(string name, PyType? owner, RawBuiltin f)
        : this(name, owner, 0, -1) => fRaw = f;

    /// <summary>
    /// Named parameters: the delegate receives one slot per name (null when not passed).
    /// A name starting with '*' is keyword-only (the '*' is not part of the name); the first
    /// <paramref name="required"/> names must be given.
    /// </summary>
    public PyBuiltinFunction(string name, PyType? owner, string[] parameters, int required, Func<object?[], object> f)
        : this(name, owner, required, parameters.Length)
    {
        fNamed = f;
        kwOnlyStart = parameters.Length;
        names = new string[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].StartsWith('*'))
            {
                kwOnlyStart = Math.Min(kwOnlyStart, i);
                names[i] = parameters[i][1..];
            }
            else
            {
                names[i] = parameters[i];
            }
        }
    }

    public string Name { get; }

    /// <summary>The type this is a method of, or null for a plain builtin function.</summary>
    public PyType? Owner { get; }

    /// <summary>CPython's <c>__text_signature__</c> for this builtin, or null where CPython has none.</summary>
    public string? TextSignature { get; set; }

    /// <summary>Marks the builtin methods Ops dispatches to directly when it finds them in a slot.</summary>
    public Intrinsic Intrinsic { get; internal set; }

    /// <summary>True when <paramref name="slot"/> is the builtin method <paramref name="which"/>.</summary>
    public static bool Is(object? slot, Intrinsic which) => slot is PyBuiltinFunction f && f.Intrinsic == which;

    /// <summary>The object a module-level builtin is bound to (e.g. a module); null otherwise.</summary>
    public object? Self { get; init; }

    /// <summary>The native module that defined this function (its __module__); null for the builtins.</summary>
    public string? Module { get; set; }

    private string DisplayName => Owner is null ? Name : $"{Owner.Name}.{Name}";

    public override object Call0() => f0 is not null ? f0() : Call(Array.Empty<object>(), null);

    public override object Call1(object a) => f1 is not null ? f1(a) : Call(new[] { a }, null);

    public override object Call2(object a, object b) => f2 is not null ? f2(a, b) : fOptional is not null ? fOptional(a, b, null) : Call(new[] { a, b }, null);

    public override object Call3(object a, object b, object c) => f3 is not null ? f3(a, b, c) : fOptional is not null ? fOptional(a, b, c) : Call(new[] { a, b, c }, null);

    public override object Call(object[] args, string[]? kwnames)
    {
        if (args.Length == 0 && Owner is not null)
        {
            throw Ops.TypeError($"unbound method {DisplayName}() needs an argument");
        }
        if (fRaw is not null)
        {
            return fRaw(args, kwnames);
        }
        if (fNamed is not null)
        {
            return fNamed(BindNamed(args, kwnames));
        }
        if (kwnames is { Length: > 0 })
        {
            throw Ops.TypeError($"{DisplayName}() takes no keyword arguments");
        }
        if (fRange is not null)
        {
            if (args.Length < min || (max >= 0 && args.Length > max))
            {
                throw ArityError(args.Length);
            }
            return fRange(args);
        }
        if (fOptional is not null)
        {
            if (args.Length is < 2 or > 3)
            {
                throw ArityError(args.Length);
            }
            return fOptional(args[0], args[1], args.Length > 2 ? args[2] : null);
        }
        if (args.Length != min)
        {
            throw ArityError(args.Length);
        }
        return min switch
        {
            0 => f0!(),
            1 => f1!(args[0]),
            2 => f2!(args[0], args[1]),
            _ => f3!(args[0], args[1], args[2]),
        };
    }

    private PythonException ArityError(int given)
    {
        // Method descriptors count self; messages count only the explicit arguments.
        var self = Owner is null ? 0 : 1;
        var g = given - self;
        if (fRange is null && fOptional is null)
        {
            var n = min - self;
            return n switch
            {
                0 => Ops.TypeError($"{DisplayName}() takes no arguments ({g} given)"),
                1 => Ops.TypeError($"{DisplayName}() takes exactly one argument ({g} given)"),
                _ => Ops.TypeError($"{DisplayName}() takes exactly {n} arguments ({g} given)"),
            };
        }
        if (g < min - self)
        {
            var need = min - self;
            return Ops.TypeError($"{Name} expected at least {need} argument{(need == 1 ? "" : "s")}, got {g}");
        }
        var most = max - self;
        return Ops.TypeError($"{Name} expected at most {most} argument{(most == 1 ? "" : "s")}, got {g}");
    }

    private object?[] BindNamed(object[] args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        var bound = new object?[names!.Length];
        if (positional > kwOnlyStart)
        {
            var self = Owner is null ? 0 : 1;
            throw Ops.TypeError($"{DisplayName}() takes at most {kwOnlyStart - self} argument{(kwOnlyStart - self == 1 ? "" : "s")} ({positional - self} given)");
        }
        Array.Copy(args, bound, positional);
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var j = Array.IndexOf(names, name);
            if (j < 0 || (Owner is not null && j == 0))
            {
                throw Ops.TypeError($"{DisplayName}() got an unexpected keyword argument '{name}'");
            }
            if (bound[j] is not null)
            {
                throw Ops.TypeError($"argument for {DisplayName}() given by name ('{name}') and position ({j + 1})");
            }
            bound[j] = args[positional + k];
        }
        for (var i = 0; i < min; i++)
        {
            if (bound[i] is null)
            {
                throw Ops.TypeError($"{DisplayName}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return bound;
    }
}
