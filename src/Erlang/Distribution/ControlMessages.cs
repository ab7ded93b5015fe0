using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Distribution;

/// <summary>Frames for the control messages this node sends.</summary>
internal static class ControlMessages
{
    private static readonly ErlAtom Unused = new(string.Empty);

    public static byte[] Send(ErlPid to, ErlTerm message)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.Send), Unused, to), message);

    public static byte[] RegSend(ErlPid from, ErlAtom name, ErlTerm message)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.RegSend), from, Unused, name), message);

    public static byte[] Link(ErlPid from, ErlPid to)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.Link), from, to), null);

    public static byte[] UnlinkId(ulong id, ErlPid from, ErlPid to)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.UnlinkId), new ErlInteger(unchecked((long)id)), from, to), null);

    public static byte[] Unlink(ErlPid from, ErlPid to)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.Unlink), from, to), null);

    public static byte[] UnlinkIdAck(ErlTerm id, ErlPid from, ErlPid to)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.UnlinkIdAck), id, from, to), null);

    public static byte[] Exit(ErlPid from, ErlPid to, ErlTerm reason)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.Exit), from, to, reason), null);

    public static byte[] MonitorP(ErlPid from, ErlTerm target, ErlRef reference)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.MonitorP), from, target, reference), null);

    public static byte[] DemonitorP(ErlPid from, ErlTerm target, ErlRef reference)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.DemonitorP), from, target, reference), null);

    public static byte[] MonitorPExit(ErlTerm from, ErlPid to, ErlRef reference, ErlTerm reason)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.MonitorPExit), from, to, reference, reason), null);

    public static byte[] SpawnReply(ErlRef requestId, ErlPid to, int flags, ErlTerm result)
        => DistributionPacket.Frame(new ErlTuple(Op(ControlOp.SpawnReply), requestId, to, new ErlInteger(flags), result), null);

    private static ErlInteger Op(ControlOp op) => new((long)op);
}
