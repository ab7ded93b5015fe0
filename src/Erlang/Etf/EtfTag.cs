namespace IronUwsgi.Erlang.Etf;

/// <summary>The tag bytes of the external term format.</summary>
internal static class EtfTag
{
    public const byte Version = 131;
    public const byte NewFloat = 70;
    public const byte BitBinary = 77;
    public const byte Compressed = 80;
    public const byte AtomCacheRef = 82;
    public const byte NewPid = 88;
    public const byte NewPort = 89;
    public const byte NewerReference = 90;
    public const byte SmallInteger = 97;
    public const byte Integer = 98;
    public const byte Float = 99;
    public const byte Atom = 100;
    public const byte Reference = 101;
    public const byte Port = 102;
    public const byte Pid = 103;
    public const byte SmallTuple = 104;
    public const byte LargeTuple = 105;
    public const byte Nil = 106;
    public const byte String = 107;
    public const byte List = 108;
    public const byte Binary = 109;
    public const byte SmallBig = 110;
    public const byte LargeBig = 111;
    public const byte NewFun = 112;
    public const byte Export = 113;
    public const byte NewReference = 114;
    public const byte SmallAtom = 115;
    public const byte Map = 116;
    public const byte Fun = 117;
    public const byte AtomUtf8 = 118;
    public const byte SmallAtomUtf8 = 119;
    public const byte V4Port = 120;
    public const byte Local = 121;

    /// <summary>The tag's name as the ETF documentation spells it, for error messages.</summary>
    public static string Name(byte tag) => tag switch
    {
        NewFloat => "NEW_FLOAT_EXT",
        BitBinary => "BIT_BINARY_EXT",
        Compressed => "COMPRESSED",
        AtomCacheRef => "ATOM_CACHE_REF",
        NewPid => "NEW_PID_EXT",
        NewPort => "NEW_PORT_EXT",
        NewerReference => "NEWER_REFERENCE_EXT",
        SmallInteger => "SMALL_INTEGER_EXT",
        Integer => "INTEGER_EXT",
        Float => "FLOAT_EXT",
        Atom => "ATOM_EXT",
        Reference => "REFERENCE_EXT",
        Port => "PORT_EXT",
        Pid => "PID_EXT",
        SmallTuple => "SMALL_TUPLE_EXT",
        LargeTuple => "LARGE_TUPLE_EXT",
        Nil => "NIL_EXT",
        String => "STRING_EXT",
        List => "LIST_EXT",
        Binary => "BINARY_EXT",
        SmallBig => "SMALL_BIG_EXT",
        LargeBig => "LARGE_BIG_EXT",
        NewFun => "NEW_FUN_EXT",
        Export => "EXPORT_EXT",
        NewReference => "NEW_REFERENCE_EXT",
        SmallAtom => "SMALL_ATOM_EXT",
        Map => "MAP_EXT",
        Fun => "FUN_EXT",
        AtomUtf8 => "ATOM_UTF8_EXT",
        SmallAtomUtf8 => "SMALL_ATOM_UTF8_EXT",
        V4Port => "V4_PORT_EXT",
        Local => "LOCAL_EXT",
        _ => $"unknown tag {tag}",
    };
}
