using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>
/// Acts on one incoming packet, on the connection's reader: delivers messages, applies link, monitor
/// and exit signals, answers spawn requests. Anything malformed is a <see cref="DistributionProtocolException"/>.
/// </summary>
internal static class ControlDispatcher
{
    private const int SpawnLinkFlag = 1;
    private const int SpawnMonitorFlag = 2;

    public static void Dispatch(ErlangNode node, DistributionConnection connection, ReadOnlySpan<byte> body)
    {
        var (control, message) = DistributionPacket.Parse(body, connection.PeerName);
        if (control[0] is not ErlInteger { IsLong: true } opTerm)
            throw Malformed(connection, control, "its first element is not an operation code");
        var op = (ControlOp)opTerm.LongValue;
        var processes = node.Processes;
        switch (op)
        {
            case ControlOp.Send:
            case ControlOp.SendTt:
            case ControlOp.SendSender:
            case ControlOp.SendSenderTt:
                processes.Find(Pid(connection, control, 2))?.Deliver(Message(connection, control, message));
                break;
            case ControlOp.RegSend:
            case ControlOp.RegSendTt:
                {
                    var name = Atom(connection, control, 3).Name;
                    if (processes.Find(name) is LocalProcess process)
                        process.Deliver(Message(connection, control, message));
                    else
                        node.UnregisteredName?.Invoke(Pid(connection, control, 1), name, Message(connection, control, message));
                    break;
                }
            case ControlOp.Link:
                Link(connection, processes, Pid(connection, control, 1), Pid(connection, control, 2));
                break;
            case ControlOp.Unlink:
                processes.Find(Pid(connection, control, 2))?.RemoveLink(Pid(connection, control, 1));
                break;
            case ControlOp.UnlinkId:
                {
                    var from = Pid(connection, control, 2);
                    var to = Pid(connection, control, 3);
                    processes.Find(to)?.RemoveLink(from);
                    connection.Enqueue(ControlMessages.UnlinkIdAck(Element(connection, control, 1), to, from));
                    break;
                }
            case ControlOp.Exit:
                processes.Find(Pid(connection, control, 2))?.LinkBroken(Pid(connection, control, 1), Element(connection, control, 3));
                break;
            case ControlOp.ExitTt:
                processes.Find(Pid(connection, control, 2))?.LinkBroken(Pid(connection, control, 1), Element(connection, control, 4));
                break;
            case ControlOp.PayloadExit:
            case ControlOp.PayloadExitTt:
                processes.Find(Pid(connection, control, 2))?.LinkBroken(Pid(connection, control, 1), Message(connection, control, message));
                break;
            case ControlOp.Exit2:
                processes.Find(Pid(connection, control, 2))?.OnExitSignal(Pid(connection, control, 1), Element(connection, control, 3));
                break;
            case ControlOp.Exit2Tt:
                processes.Find(Pid(connection, control, 2))?.OnExitSignal(Pid(connection, control, 1), Element(connection, control, 4));
                break;
            case ControlOp.PayloadExit2:
            case ControlOp.PayloadExit2Tt:
                processes.Find(Pid(connection, control, 2))?.OnExitSignal(Pid(connection, control, 1), Message(connection, control, message));
                break;
            case ControlOp.MonitorP:
                MonitorP(connection, processes, Pid(connection, control, 1), Element(connection, control, 2), Reference(connection, control, 3));
                break;
            case ControlOp.DemonitorP:
                Target(processes, Element(connection, control, 2))?.RemoveWatcher(Reference(connection, control, 3));
                break;
            case ControlOp.MonitorPExit:
                processes.Find(Pid(connection, control, 2))?.Down(Reference(connection, control, 3), Element(connection, control, 4));
                break;
            case ControlOp.PayloadMonitorPExit:
                processes.Find(Pid(connection, control, 2))?.Down(Reference(connection, control, 3), Message(connection, control, message));
                break;
            case ControlOp.SpawnRequest:
            case ControlOp.SpawnRequestTt:
                Spawn(node, connection, control, message);
                break;
            default:
                // GROUP_LEADER, SPAWN_REPLY, ALIAS_SEND and UNLINK_ID_ACK concern state this node does not keep
                // (it never spawns remotely nor creates aliases, and drops a link as soon as it unlinks).
                break;
        }
    }

    private static void Link(DistributionConnection connection, ProcessTable processes, ErlPid from, ErlPid to)
    {
        if (processes.Find(to) is not { } target || !target.TryAddLink(from))
            connection.Enqueue(ControlMessages.Exit(to, from, Atoms.NoProc));
    }

    private static void MonitorP(DistributionConnection connection, ProcessTable processes, ErlPid watcher, ErlTerm target, ErlRef reference)
    {
        if (Target(processes, target) is not { } process || !process.TryAddWatcher(reference, new Watcher(watcher, target)))
            connection.Enqueue(ControlMessages.MonitorPExit(target, watcher, reference, Atoms.NoProc));
    }

    private static LocalProcess? Target(ProcessTable processes, ErlTerm target) => target switch
    {
        ErlPid pid => processes.Find(pid),
        ErlAtom name => processes.Find(name.Name),
        _ => null,
    };

    /// <summary>{29, ReqId, From, GroupLeader, {Module, Function, Arity}, Options} + Args: start the call and reply with its pid.</summary>
    private static void Spawn(ErlangNode node, DistributionConnection connection, ErlTuple control, ErlTerm? message)
    {
        var requestId = Reference(connection, control, 1);
        var from = Pid(connection, control, 2);
        if (Element(connection, control, 4) is not ErlTuple { Arity: 3 } mfa || mfa[0] is not ErlAtom module || mfa[1] is not ErlAtom function)
            throw Malformed(connection, control, "its {Module, Function, Arity} is malformed");
        if (Element(connection, control, 5) is not ErlList options || Message(connection, control, message) is not ErlList { IsProper: true } args)
        {
            connection.Enqueue(ControlMessages.SpawnReply(requestId, from, 0, new ErlAtom("badarg")));
            return;
        }
        var process = new SpawnedCallProcess(node, module, function, args);
        node.Processes.Add(process);
        int flags = 0;
        foreach (var option in options.Items)
        {
            if (option == Atoms.Monitor && process.TryAddWatcher(requestId, new Watcher(from, process.Pid)))
                flags |= SpawnMonitorFlag;
            else if (option == Atoms.Link && process.TryAddLink(from))
                flags |= SpawnLinkFlag;
        }
        // The reply goes out before the handler can finish, so the caller sees it before the monitor fires.
        connection.Enqueue(ControlMessages.SpawnReply(requestId, from, flags, process.Pid));
        process.Start();
    }

    private static ErlTerm Element(DistributionConnection connection, ErlTuple control, int index)
        => index < control.Arity ? control[index] : throw Malformed(connection, control, $"it has no element {index + 1}");

    private static ErlPid Pid(DistributionConnection connection, ErlTuple control, int index)
        => Element(connection, control, index) as ErlPid ?? throw Malformed(connection, control, $"element {index + 1} is not a pid");

    private static ErlAtom Atom(DistributionConnection connection, ErlTuple control, int index)
        => Element(connection, control, index) as ErlAtom ?? throw Malformed(connection, control, $"element {index + 1} is not an atom");

    private static ErlRef Reference(DistributionConnection connection, ErlTuple control, int index)
        => Element(connection, control, index) as ErlRef ?? throw Malformed(connection, control, $"element {index + 1} is not a reference");

    private static ErlTerm Message(DistributionConnection connection, ErlTuple control, ErlTerm? message)
        => message ?? throw Malformed(connection, control, "the message that must follow it is missing");

    private static DistributionProtocolException Malformed(DistributionConnection connection, ErlTuple control, string problem)
        => new($"malformed control message {control} from {connection.PeerName}: {problem}");
}
