namespace IronUwsgi.Erlang.Handshake;

/// <summary>Capability bits exchanged in the version 6 handshake (DFLAG_* in OTP's dist.h).</summary>
[Flags]
public enum DistributionFlags : ulong
{
    None = 0,
    Published = 0x1,
    ExtendedReferences = 0x4,
    DistMonitor = 0x8,
    FunTags = 0x10,
    DistMonitorName = 0x20,
    NewFunTags = 0x80,
    ExtendedPidsPorts = 0x100,
    ExportPtrTag = 0x200,
    BitBinaries = 0x400,
    NewFloats = 0x800,
    UnicodeIo = 0x1000,
    DistHeaderAtomCache = 0x2000,
    SmallAtomTags = 0x4000,
    Utf8Atoms = 0x10000,
    MapTag = 0x20000,
    BigCreation = 0x40000,
    SendSender = 0x80000,
    BigSeqTraceLabels = 0x100000,
    ExitPayload = 0x400000,
    Fragments = 0x800000,
    Handshake23 = 0x1000000,
    UnlinkId = 0x2000000,
    Mandatory25Digest = 0x4000000,
    Spawn = 1UL << 32,
    NameMe = 1UL << 33,
    V4NC = 1UL << 34,
    Alias = 1UL << 35,

    /// <summary>Everything OTP 25 requires of a peer; a peer sending <see cref="Mandatory25Digest"/> is taken to have it all.</summary>
    Mandatory25 = ExtendedReferences | FunTags | NewFunTags | ExtendedPidsPorts | ExportPtrTag | BitBinaries
        | NewFloats | Utf8Atoms | MapTag | BigCreation | Handshake23,

    /// <summary>What this node advertises: a hidden node with monitors and spawn (to be an rpc:call target), ready for OTP 26.</summary>
    Ours = Mandatory25 | Mandatory25Digest | UnlinkId | V4NC | DistMonitor | DistMonitorName | Spawn,
}
