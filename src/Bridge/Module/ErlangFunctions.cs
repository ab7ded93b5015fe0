using System.Numerics;
using IronUwsgi.Bridge.Messaging;
using IronUwsgi.Bridge.Terms;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Module;

/// <summary>
/// uwsgi.erlang_connect, erlang_rpc, erlang_send_message, erlang_recv_message, erlang_close and
/// erlang_register_process. Timeouts are in seconds and default to --socket-timeout; failures raise
/// uwsgi.ErlangError, timeouts uwsgi.ErlangTimeout.
/// </summary>
internal static class ErlangFunctions
{
    public static void Fill(PyDict d, EngineBridge state, ErlangBridge erlang)
    {
        d["erlang_node"] = erlang.NodeName;
        d["erlang_connect"] = new PyBuiltinFunction("erlang_connect", null, node => Connect(state, erlang, node));
        d["erlang_rpc"] = new PyBuiltinFunction("erlang_rpc", null, 4, 5, args => Rpc(state, erlang, args));
        d["erlang_send_message"] = new PyBuiltinFunction("erlang_send_message", null, (h, dest, message) => Send(state, erlang, h, dest, message));
        d["erlang_recv_message"] = new PyBuiltinFunction("erlang_recv_message", null, 1, 2, args => Receive(state, erlang, args));
        d["erlang_close"] = new PyBuiltinFunction("erlang_close", null, h =>
        {
            erlang.Handles.Remove(HandleId(h))?.Dispose();
            return Py.True;
        });
        d["erlang_register_process"] = new PyBuiltinFunction("erlang_register_process", null, (name, callable) =>
        {
            var process = name as string ?? throw Ops.TypeError("erlang_register_process() name must be a str");
            if (process.Length is 0 or > 255)
                throw Ops.ValueError("Invalid erlang process name");
            if (!UwsgiModule.IsCallable(callable))
                throw Ops.TypeError($"erlang_register_process() needs a callable, not '{Ops.TypeName(callable)}'");
            state.Processes[process] = callable;
            return Py.None;
        });
    }

    /// <summary>The seed's contract: a handle >= 0, or -1 with the reason in the log.</summary>
    private static object Connect(EngineBridge state, ErlangBridge erlang, object nodeArg)
    {
        var node = nodeArg as string ?? throw Ops.TypeError($"erlang_connect() node must be a str, not '{Ops.TypeName(nodeArg)}'");
        try
        {
            var connect = erlang.Node.ConnectAsync(node);
            bool connected;
            using (PythonThread.Blocking())
                connected = connect.Wait(erlang.SocketTimeout);
            if (!connected)
            {
                state.Log($"erlang_connect(): timed out connecting to {node}");
                return Py.Int(-1);
            }
        }
        catch (AggregateException e) when (e.InnerException is ErlangConnectionException or FormatException or ArgumentException)
        {
            state.Log($"erlang_connect(): unable to connect to {node}: {e.InnerException!.Message}");
            return Py.Int(-1);
        }
        return Py.Int(erlang.Handles.Add(node, erlang.Node.CreateMailbox()).Id);
    }

    private static object Rpc(EngineBridge state, ErlangBridge erlang, object[] args)
    {
        var handle = Handle(state, erlang, args[0]);
        var module = Name(args[1], "module");
        var function = Name(args[2], "function");
        if (state.Converter.ToErlang(args[3]) is not ErlList { IsProper: true } arguments)
            throw Ops.TypeError($"erlang_rpc() args must be a list (or another iterable), not '{Ops.TypeName(args[3])}'");
        var timeout = Timeout(erlang, args.Length > 4 ? args[4] : null);
        ErlTerm result;
        try
        {
            using (PythonThread.Blocking())
                result = erlang.Node.Rpc(handle.Node, module, function, arguments, timeout);
        }
        catch (ErlangRpcException e) when (e.Reason is ErlAtom { Name: "timeout" })
        {
            throw state.Error($"erlang_rpc {module}:{function} on {handle.Node}: no answer within {Seconds(timeout)}", timeout: true);
        }
        catch (Exception e) when (e is ErlangRpcException or ErlangConnectionException)
        {
            throw state.Error($"erlang_rpc {module}:{function} on {handle.Node} failed: {e.Message}");
        }
        return state.Converter.ToPython(result);
    }

    private static object Send(EngineBridge state, ErlangBridge erlang, object h, object dest, object message)
    {
        var handle = Handle(state, erlang, h);
        var term = state.Converter.ToErlang(message);
        handle.Sent();
        try
        {
            if (dest is string name)
                handle.Mailbox.Send(name, handle.Node, term);
            else if (TermConverter.PidOf(dest) is ErlPid pid)
                handle.Mailbox.Send(pid, term);
            else
                throw Ops.TypeError($"erlang_send_message() dest must be a process name (str) or a pid, not '{Ops.TypeName(dest)}'");
        }
        catch (ErlangConnectionException e)
        {
            throw state.Error($"erlang_send_message to {handle.Node} failed: {e.Message}");
        }
        return Py.True;
    }

    private static object Receive(EngineBridge state, ErlangBridge erlang, object[] args)
    {
        var handle = Handle(state, erlang, args[0]);
        var timeout = Timeout(erlang, args.Length > 1 ? args[1] : null);
        ErlTerm? received;
        using (PythonThread.Blocking())
            received = handle.Receive(timeout);
        var message = received
            ?? throw state.Error($"erlang_recv_message: no message from {handle.Node} within {Seconds(timeout)}", timeout: true);
        return state.Converter.ToPython(message);
    }

    private static ErlangHandle Handle(EngineBridge state, ErlangBridge erlang, object h) =>
        erlang.Handles.Find(HandleId(h)) ?? throw state.Error($"invalid erlang handle {Ops.Repr(h)} (not open, or closed)");

    private static int HandleId(object h) => h switch
    {
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        int i => i,
        BigInteger or long => -1,
        _ => throw Ops.TypeError($"an erlang handle is an int, not '{Ops.TypeName(h)}'"),
    };

    private static string Name(object value, string what) =>
        value as string ?? throw Ops.TypeError($"erlang_rpc() {what} must be a str, not '{Ops.TypeName(value)}'");

    /// <summary>Seconds as given (int or float); none means --socket-timeout, zero or less waits forever as in the seed.</summary>
    private static TimeSpan Timeout(ErlangBridge erlang, object? value)
    {
        if (value is null or PyNone)
            return erlang.SocketTimeout;
        var seconds = value switch
        {
            long l => l,
            int i => i,
            double d => d,
            _ => throw Ops.TypeError($"a timeout is a number of seconds, not '{Ops.TypeName(value)}'"),
        };
        return seconds <= 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.###} s";
}
