using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>One <c>obj.name</c> load in compiled code.</summary>
internal sealed class AttributeSite(string name)
{
    public string Name { get; } = name;

    public object Get(object obj) => Ops.GetAttr(obj, Name);
}

/// <summary>One <c>obj.name(args)</c> call in compiled code: the method is called without a bound-method object when possible.</summary>
internal sealed class MethodCallSite(string name)
{
    public string Name { get; } = name;

    public object Invoke(object obj) => Ops.CallMethod(obj, Name);

    public object Invoke(object obj, object a) => Ops.CallMethod(obj, Name, a);

    public object Invoke(object obj, object a, object b) => Ops.CallMethod(obj, Name, a, b);

    public object Invoke(object obj, object a, object b, object c) => Ops.CallMethod(obj, Name, [a, b, c], null);
}
