using System.Collections.Concurrent;
using IronUwsgi.Bridge.Module;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Messaging;

/// <summary>
/// The Erlang message manager: the stolen worker's engine, running uwsgi.erlang_func and the
/// erlang_register_process callables one message at a time on its own thread, and the register_rpc
/// functions for rpc calls from Erlang. The engine's global lock keeps its Python code to one thread at a time.
/// </summary>
internal sealed class MessageManager : IDisposable
{
    private const string NoFuncAtStart = "- you have not defined a uwsgi.erlang_func callable, Erlang message manager will be disabled until you define it -";
    private const string NoFuncRejected = "- you still have not defined a uwsgi.erlang_func callable, Erlang message rejected -";

    private readonly BlockingCollection<(ErlPid From, string? Process, ErlTerm Message)> _queue = [];
    private readonly EngineBridge _engine;
    private readonly ErlangNode _node;
    private readonly Thread _thread;
    private readonly Action? _handled;

    public MessageManager(EngineBridge engine, ErlangNode node, Action? handled)
    {
        _engine = engine;
        _node = node;
        _handled = handled;
        _thread = new Thread(Run, PythonEngine.PythonStackSize) { IsBackground = true, Name = "uwsgi erlang message manager" };
    }

    /// <summary>Logs the seed's warning when the app has not set erlang_func yet, then starts serving messages.</summary>
    public void Start()
    {
        bool defined;
        using (_engine.Engine.Enter())
            defined = _engine.ErlangFunc() is not null;
        if (!defined)
            _engine.Log(NoFuncAtStart);
        _thread.Start();
    }

    /// <summary>True when the app registered <paramref name="name"/> with erlang_register_process.</summary>
    public bool HasProcess(string name) => _engine.Processes.ContainsKey(name);

    /// <summary>Queues a message for a registered process callable, or for erlang_func when <paramref name="process"/> is null.</summary>
    public void Post(ErlPid from, string? process, ErlTerm message)
    {
        if (!_queue.IsAddingCompleted)
            _queue.Add((from, process, message));
    }

    /// <summary>Serves <c>rpc:call(Node, uwsgi, Name, Args)</c>: the register_rpc function with the converted arguments.</summary>
    public ErlTerm CallRpc(string function, ErlList args)
    {
        using var attached = _engine.Engine.Enter();
        if (!_engine.RpcFunctions.TryGetValue(function, out var callable))
            throw ErlangException.Error(new ErlTuple(new ErlAtom("undef"), new ErlAtom(function), new ErlInteger(args.Count)));
        try
        {
            var converter = _engine.Converter;
            var pyArgs = new object[args.Count];
            for (int i = 0; i < pyArgs.Length; i++)
                pyArgs[i] = converter.ToPython(args[i]);
            return converter.ToErlang(Ops.Call(callable, pyArgs));
        }
        catch (PythonException e)
        {
            _engine.LogException(e);
            throw ErlangException.Error(new ErlTuple(new ErlAtom("python_exception"), new ErlAtom(Ops.TypeName(e.Value)), ErlBinary.FromUtf8(Ops.Str(e.Value))));
        }
    }

    public void Dispose() => _queue.CompleteAdding();

    private void Run()
    {
        foreach (var (from, process, message) in _queue.GetConsumingEnumerable())
        {
            using (_engine.Engine.Enter())
                Handle(from, process, message);
        }
    }

    private void Handle(ErlPid from, string? process, ErlTerm message)
    {
        _handled?.Invoke();
        object? callable = process is null ? _engine.ErlangFunc() : _engine.Processes.GetValueOrDefault(process);
        if (callable is null)
        {
            _engine.Log(process is null ? NoFuncRejected : $"- Erlang process {process} is no longer registered, message rejected -");
            return;
        }
        try
        {
            var converter = _engine.Converter;
            var reply = Ops.Call(callable, converter.ToPython(message));
            if (reply is not PyNone)
                _node.Send(from, converter.ToErlang(reply));
        }
        catch (PythonException e)
        {
            _engine.LogException(e);
        }
        catch (ErlangConnectionException e)
        {
            _engine.Log($"unable to send the erlang_func reply to {from}: {e.Message}");
        }
    }
}
