namespace IronUwsgi.Python.Objects;

/// <summary>A bound method: a callable with its first argument (<see cref="Self"/>) fixed.</summary>
internal sealed class PyMethod : PyObject
{
    public PyMethod(object function, object self)
        : base(Py.MethodType)
    {
        Function = function;
        Self = self;
    }

    public object Function { get; }

    public object Self { get; }

    public override object Call0() => Function is PyObject f ? f.Call1(Self) : base.Call0();

    public override object Call1(object a) => Function is PyObject f ? f.Call2(Self, a) : base.Call1(a);

    public override object Call2(object a, object b) => Function is PyObject f ? f.Call3(Self, a, b) : base.Call2(a, b);

    public override object Call(object[] args, string[]? kwnames)
    {
        if (Function is PyFunction pf)
        {
            return pf.CallWithSelf(Self, args, kwnames);
        }
        var all = new object[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all, 1);
        return ((PyObject)Function).Call(all, kwnames);
    }
}
