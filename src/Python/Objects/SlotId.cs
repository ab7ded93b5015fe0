namespace IronUwsgi.Python.Objects;

/// <summary>
/// The special methods a type resolves once through its MRO, so operations dispatch through
/// an array index instead of dictionary lookups. The binary operators are contiguous in the
/// order of <see cref="BinaryOp"/> for the plain, reflected and in-place forms.
/// </summary>
internal enum SlotId
{
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
    RAdd, RSub, RMul, RMatMul, RTrueDiv, RFloorDiv, RMod, RPow, RLShift, RRShift, RAnd, ROr, RXor,
    IAdd, ISub, IMul, IMatMul, ITrueDiv, IFloorDiv, IMod, IPow, ILShift, IRShift, IAnd, IOr, IXor,
    DivMod, RDivMod,
    Eq, Ne, Lt, Le, Gt, Ge,
    Neg, Pos, Abs, Invert,
    Bool, Len, Hash, Index, Int, Float, Complex,
    Repr, Str, Format,
    GetAttribute, GetAttr, SetAttr, DelAttr,
    Get, Set, Delete,
    Call, Iter, Next, Contains, GetItem, SetItem, DelItem, Missing, Reversed,
    Enter, Exit,
    New, Init, Del,
    Count,
}

/// <summary>Binary operators in slot order.</summary>
internal enum BinaryOp
{
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
}

/// <summary>Dunder names of the slots and symbols of the operators, for lookups and messages.</summary>
internal static class SlotNames
{
    public static readonly string[] Names =
    {
        "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
        "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__",
        "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__",
        "__divmod__", "__rdivmod__",
        "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
        "__neg__", "__pos__", "__abs__", "__invert__",
        "__bool__", "__len__", "__hash__", "__index__", "__int__", "__float__", "__complex__",
        "__repr__", "__str__", "__format__",
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__",
        "__get__", "__set__", "__delete__",
        "__call__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__missing__", "__reversed__",
        "__enter__", "__exit__",
        "__new__", "__init__", "__del__",
    };

    public static readonly string[] Symbols =
    {
        "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
    };

    public static readonly string[] InPlaceSymbols =
    {
        "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
    };

    private static readonly Dictionary<string, SlotId> ByName = BuildByName();

    public static bool TryGet(string name, out SlotId slot) => ByName.TryGetValue(name, out slot);

    private static Dictionary<string, SlotId> BuildByName()
    {
        var map = new Dictionary<string, SlotId>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            map[Names[i]] = (SlotId)i;
        }
        return map;
    }
}
