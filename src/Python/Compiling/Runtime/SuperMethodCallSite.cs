using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// One zero-argument <c>super().name(args)</c> call. When <c>super</c> is the builtin and the
/// name resolves, past <c>__class__</c> in the MRO of the instance's type, to a plain function,
/// the function is called with the instance prepended: no super object and no bound method are
/// made. The answer is cached per (instance type, its version, __class__); any other case builds
/// the super object and calls what it gives.
/// </summary>
internal sealed class SuperMethodCallSite(string name)
{
    // One immutable entry, replaced whole on a miss.
    private Entry? entry;

    public string Name { get; } = name;

    public object Invoke(object super, object cls, object self) =>
        Find(super, cls, self) is { } f ? f.Call1(self) : Ops.Call(Generic(super, cls, self));

    public object Invoke(object super, object cls, object self, object a) =>
        Find(super, cls, self) is { } f ? f.Call2(self, a) : Ops.Call(Generic(super, cls, self), a);

    public object Invoke(object super, object cls, object self, object a, object b) =>
        Find(super, cls, self) is { } f ? f.Call3(self, a, b) : Ops.Call(Generic(super, cls, self), a, b);

    public object Invoke(object super, object cls, object self, object a, object b, object c) =>
        Find(super, cls, self) is { } f ? f.CallWithSelf(self, [a, b, c], null) : Ops.Call(Generic(super, cls, self), a, b, c);

    private object Generic(object super, object cls, object self) => Ops.GetAttr(Ops.Call(super, cls, self), Name);

    private PyFunction? Find(object super, object cls, object self)
    {
        if (!ReferenceEquals(super, Py.SuperType) || cls is not PyType start)
        {
            return null;
        }

        var t = Py.TypeOf(self);
        if (entry is { } e && ReferenceEquals(e.Type, t) && e.Version == t.Version && ReferenceEquals(e.Start, start))
        {
            return e.Function;
        }

        var version = t.Version;
        var found = Resolve(t, start);
        entry = new Entry(t, version, start, found);
        return found;
    }

    // super(start, obj).name for an instance obj of t: the first class after start in t's MRO that defines name.
    private PyFunction? Resolve(PyType t, PyType start)
    {
        if (Name == "__class__" || !t.IsSubtypeOf(start))
        {
            return null;
        }

        var mro = t.Mro;
        for (var i = Array.IndexOf(mro, start) + 1; i > 0 && i < mro.Length; i++)
        {
            if (mro[i].Namespace.TryGetValue(Name, out var attr))
            {
                return attr as PyFunction;
            }
        }

        return null;
    }

    private sealed record Entry(PyType Type, int Version, PyType Start, PyFunction? Function);
}
