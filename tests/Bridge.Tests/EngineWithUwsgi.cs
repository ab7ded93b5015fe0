using IronUwsgi.Bridge.Module;
using IronUwsgi.Bridge.Terms;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Tests;

/// <summary>A real engine with the uwsgi module installed and imported (no Erlang node), for table and module tests.</summary>
internal sealed class EngineWithUwsgi
{
    public EngineWithUwsgi(IReadOnlyDictionary<string, IReadOnlyList<string>>? options = null, int processes = 1)
    {
        Engine = new PythonEngine();
        Host = new UwsgiModuleHost(new UwsgiModuleOptions("2.0.99-test", options ?? new Dictionary<string, IReadOnlyList<string>>(), processes, Log.Add), null);
        Host.Install(Engine, 1);
        Engine.Run(() => Engine.Import("uwsgi"));
    }

    public PythonEngine Engine { get; }

    public UwsgiModuleHost Host { get; }

    public List<string> Log { get; } = [];

    /// <summary>Runs <paramref name="work"/> attached to the engine, with the engine's converter.</summary>
    public T With<T>(Func<TermConverter, T> work) => Engine.Run(() => work(Host.StateOf(Engine).Converter));

    /// <summary>Evaluates a Python expression (uwsgi is imported) and returns the value.</summary>
    public object Eval(string expression) => Engine.Run(() => EvalAttached(expression));

    public object EvalAttached(string expression) =>
        Engine.Execute($"import uwsgi\nresult = {expression}").Get("result");

    /// <summary>Python's <c>type(a) is type(b) and a == b</c>, evaluated in the engine.</summary>
    public bool SameInPython(object a, object b) => Engine.Run(() =>
    {
        var same = Engine.Execute("def same(a, b):\n    return type(a) is type(b) and a == b\n").Get("same");
        return Ops.IsTrue(Ops.Call(same, a, b));
    });

    public string Repr(object value) => Engine.Run(() => Ops.Repr(value));
}
