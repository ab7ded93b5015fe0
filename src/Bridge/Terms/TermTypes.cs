using System.Reflection;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Bridge.Terms;

/// <summary>
/// The Python classes of one engine that stand for Erlang terms without a natural Python type
/// (pid, reference, port, fun, bitstring, improper list) and the ErlangError/ErlangTimeout exceptions.
/// They are written in Python (erlang_types.py) because that is their natural form.
/// </summary>
internal sealed class TermTypes
{
    private TermTypes(PythonScope scope)
    {
        Scope = scope;
        Pid = Type(scope, "ErlangPid");
        Ref = Type(scope, "ErlangRef");
        Port = Type(scope, "ErlangPort");
        Fun = Type(scope, "ErlangFun");
        Bitstring = Type(scope, "ErlangBitstring");
        ImproperList = Type(scope, "ErlangImproperList");
        Error = Type(scope, "ErlangError");
        Timeout = Type(scope, "ErlangTimeout");
    }

    /// <summary>Names exported into the uwsgi module.</summary>
    public static readonly string[] Exported =
        ["ErlangPid", "ErlangRef", "ErlangPort", "ErlangFun", "ErlangBitstring", "ErlangImproperList", "ErlangError", "ErlangTimeout"];

    public PythonScope Scope { get; }

    public PyType Pid { get; }

    public PyType Ref { get; }

    public PyType Port { get; }

    public PyType Fun { get; }

    public PyType Bitstring { get; }

    public PyType ImproperList { get; }

    public PyType Error { get; }

    public PyType Timeout { get; }

    /// <summary>Defines the classes in <paramref name="engine"/>; the calling thread must be attached to it.</summary>
    public static TermTypes Define(PythonEngine engine)
    {
        using var stream = typeof(TermTypes).Assembly.GetManifestResourceStream("IronUwsgi.Bridge.erlang_types.py")
            ?? throw new InvalidOperationException("the erlang_types.py resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        return new TermTypes(engine.Execute(reader.ReadToEnd(), "<uwsgi erlang types>"));
    }

    private static PyType Type(PythonScope scope, string name) => (PyType)scope.Get(name);
}
