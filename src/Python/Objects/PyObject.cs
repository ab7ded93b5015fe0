using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// Base of every Python value that is not a CLR primitive (int = long/BigInteger, float = double,
/// bool, str = string). Carries its Python type and, for types whose instances have one, a __dict__.
/// </summary>
internal abstract class PyObject
{
    protected PyObject(PyType type) => Type = type;

    /// <summary>The Python type (assignable through <c>__class__</c> for compatible layouts).</summary>
    public PyType Type { get; internal set; }

    /// <summary>The instance __dict__, created on first write for types that have one.</summary>
    public PyDict? Dict { get; set; }

    /// <summary>
    /// Values of the __slots__ members in slot-index order (null entries are unset); empty for
    /// objects without slot storage. Virtual so attribute sites reach them without a type test.
    /// </summary>
    public virtual Span<object?> SlotValues => default;

    // Calling convention: fixed-arity entry points avoid argument arrays for the common calls;
    // the general form takes positional values followed by keyword values named by kwnames.

    public virtual object Call0() => Call(Array.Empty<object>(), null);

    public virtual object Call1(object a) => Call(new[] { a }, null);

    public virtual object Call2(object a, object b) => Call(new[] { a, b }, null);

    public virtual object Call3(object a, object b, object c) => Call(new[] { a, b, c }, null);

    /// <summary>General call: <paramref name="args"/> holds positionals then keyword values; kwnames names the trailing ones.</summary>
    public virtual object Call(object[] args, string[]? kwnames)
    {
        var call = Type.Slots[(int)SlotId.Call];
        if (call is null)
        {
            throw Ops.TypeError($"'{Type.Name}' object is not callable");
        }
        return Ops.CallBound(call, this, args, kwnames);
    }
}
