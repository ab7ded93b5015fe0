using IronUwsgi.Bridge.Messaging;
using IronUwsgi.Bridge.Terms;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Module;

/// <summary>Fills the <c>uwsgi</c> module of one engine: the general members, the term classes and, with a node, the Erlang functions.</summary>
internal static class UwsgiModule
{
    public static void Fill(PyModule module, EngineBridge state, UwsgiModuleOptions options, ErlangBridge? erlang)
    {
        state.Attach(module);
        var d = module.Dict!;
        d["version"] = options.Version;
        d["numproc"] = Py.Int(options.Processes);
        d["opt"] = Options(options.Options);
        d["worker_id"] = new PyBuiltinFunction("worker_id", null, () => Py.Int(state.WorkerId));
        d["log"] = new PyBuiltinFunction("log", null, message =>
        {
            options.Log(Ops.Str(message));
            return Py.True;
        });
        d["register_rpc"] = new PyBuiltinFunction("register_rpc", null, 2, 3, args =>
        {
            var name = args[0] as string ?? throw Ops.TypeError("register_rpc() name must be a str");
            if (!IsCallable(args[1]))
                throw Ops.TypeError($"register_rpc() function must be callable, not '{Ops.TypeName(args[1])}'");
            state.RpcFunctions[name] = args[1];
            return Py.True;
        });
        foreach (var name in TermTypes.Exported)
            d[name] = state.Converter.Types.Scope.Get(name);
        if (erlang is not null)
            ErlangFunctions.Fill(d, state, erlang);
    }

    public static bool IsCallable(object o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyMethod || Py.TypeOf(o).Slots[(int)SlotId.Call] is not null;

    private static PyDict Options(IReadOnlyDictionary<string, IReadOnlyList<string>> options)
    {
        var dict = new PyDict();
        foreach (var (name, values) in options)
            dict[name] = values.Count == 1 ? values[0] : new PyList([.. values]);
        return dict;
    }
}
