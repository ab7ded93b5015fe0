using System.Numerics;
using IronUwsgi.Python.Builtins;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// The builtin types and singletons, and the map from CLR values to their Python type.
/// Invariant: builtin types are immutable in Python (setting an attribute on int raises
/// TypeError) and record no heap subclasses, so they are shared process-wide as readonly
/// instances. Anything mutable (modules, sys state, classes defined by code) lives in an engine.
/// </summary>
internal static class Py
{
    // Filled only while this class initialises, in creation order (bases before subclasses).
    private static readonly List<PyType> Created = new();

    public static readonly PyType ObjectType = Bare("object", null, TypeFlags.BaseType);
    public static readonly PyType TypeType = Bare("type", ObjectType, TypeFlags.BaseType);
    public static readonly PyType DictType = Bare("dict", ObjectType, TypeFlags.BaseType);
    public static readonly PyType NoneType = Bare("NoneType", ObjectType);
    public static readonly PyType NotImplementedType = Bare("NotImplementedType", ObjectType);
    public static readonly PyType EllipsisType = Bare("ellipsis", ObjectType);
    public static readonly PyType IntType = Bare("int", ObjectType, TypeFlags.BaseType);
    public static readonly PyType BoolType = Bare("bool", IntType);
    public static readonly PyType FloatType = Bare("float", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ComplexType = Bare("complex", ObjectType, TypeFlags.BaseType);
    public static readonly PyType StrType = Bare("str", ObjectType, TypeFlags.BaseType);
    public static readonly PyType BytesType = Bare("bytes", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ByteArrayType = Bare("bytearray", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ListType = Bare("list", ObjectType, TypeFlags.BaseType);
    public static readonly PyType TupleType = Bare("tuple", ObjectType, TypeFlags.BaseType);
    public static readonly PyType SetType = Bare("set", ObjectType, TypeFlags.BaseType);
    public static readonly PyType FrozenSetType = Bare("frozenset", ObjectType, TypeFlags.BaseType);
    public static readonly PyType RangeType = Bare("range", ObjectType);
    public static readonly PyType SliceType = Bare("slice", ObjectType);
    public static readonly PyType DictKeysType = Bare("dict_keys", ObjectType);
    public static readonly PyType DictValuesType = Bare("dict_values", ObjectType);
    public static readonly PyType DictItemsType = Bare("dict_items", ObjectType);
    public static readonly PyType FunctionType = Bare("function", ObjectType, TypeFlags.HasDict);
    public static readonly PyType MethodType = Bare("method", ObjectType);
    public static readonly PyType BuiltinFunctionType = Bare("builtin_function_or_method", ObjectType);
    public static readonly PyType MethodDescriptorType = Bare("method_descriptor", ObjectType);
    public static readonly PyType GetSetDescriptorType = Bare("getset_descriptor", ObjectType);
    public static readonly PyType MemberDescriptorType = Bare("member_descriptor", ObjectType);
    public static readonly PyType ClassMethodType = Bare("classmethod", ObjectType, TypeFlags.BaseType | TypeFlags.HasDict);
    public static readonly PyType StaticMethodType = Bare("staticmethod", ObjectType, TypeFlags.BaseType | TypeFlags.HasDict);
    public static readonly PyType PropertyType = Bare("property", ObjectType, TypeFlags.BaseType);
    public static readonly PyType SuperType = Bare("super", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ModuleType = Bare("module", ObjectType, TypeFlags.BaseType | TypeFlags.HasDict);
    public static readonly PyType CodeType = Bare("code", ObjectType);
    public static readonly PyType CellType = Bare("cell", ObjectType);
    public static readonly PyType ListIteratorType = Bare("list_iterator", ObjectType);
    public static readonly PyType ListReverseIteratorType = Bare("list_reverseiterator", ObjectType);
    public static readonly PyType TupleIteratorType = Bare("tuple_iterator", ObjectType);
    public static readonly PyType StrIteratorType = Bare("str_ascii_iterator", ObjectType);
    public static readonly PyType BytesIteratorType = Bare("bytes_iterator", ObjectType);
    public static readonly PyType ByteArrayIteratorType = Bare("bytearray_iterator", ObjectType);
    public static readonly PyType DictKeyIteratorType = Bare("dict_keyiterator", ObjectType);
    public static readonly PyType DictValueIteratorType = Bare("dict_valueiterator", ObjectType);
    public static readonly PyType DictItemIteratorType = Bare("dict_itemiterator", ObjectType);
    public static readonly PyType DictReverseKeyIteratorType = Bare("dict_reversekeyiterator", ObjectType);
    public static readonly PyType DictReverseValueIteratorType = Bare("dict_reversevalueiterator", ObjectType);
    public static readonly PyType DictReverseItemIteratorType = Bare("dict_reverseitemiterator", ObjectType);
    public static readonly PyType SetIteratorType = Bare("set_iterator", ObjectType);
    public static readonly PyType RangeIteratorType = Bare("range_iterator", ObjectType);
    public static readonly PyType LongRangeIteratorType = Bare("longrange_iterator", ObjectType);
    public static readonly PyType SeqIteratorType = Bare("iterator", ObjectType);
    public static readonly PyType CallableIteratorType = Bare("callable_iterator", ObjectType);
    public static readonly PyType GenericAliasType = Bare("GenericAlias", ObjectType);
    public static readonly PyType UnionType = Bare("UnionType", ObjectType);
    public static readonly PyType MemoryViewType = Bare("memoryview", ObjectType);
    public static readonly PyType MappingProxyType = Bare("mappingproxy", ObjectType);
    public static readonly PyType GeneratorType = Bare("generator", ObjectType);
    public static readonly PyType EnumerateType = Bare("enumerate", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ZipType = Bare("zip", ObjectType, TypeFlags.BaseType);
    public static readonly PyType MapType = Bare("map", ObjectType, TypeFlags.BaseType);
    public static readonly PyType FilterType = Bare("filter", ObjectType, TypeFlags.BaseType);
    public static readonly PyType ReversedType = Bare("reversed", ObjectType, TypeFlags.BaseType);

    public static readonly PyNone None = new(NoneType);
    public static readonly PyNotImplemented NotImplemented = new(NotImplementedType);
    public static readonly PyEllipsis Ellipsis = new(EllipsisType);
    public static readonly object True = true;
    public static readonly object False = false;
    public static readonly PyTuple EmptyTuple = new(TupleType, Array.Empty<object>());

    private const int SmallIntMin = -5;
    private const int SmallIntMax = 256;
    private static readonly object[] SmallInts = MakeSmallInts();

    static Py()
    {
        foreach (var t in Created)
        {
            t.Type = TypeType;
            t.Namespace.Type = DictType;
            t.Namespace["__doc__"] = None;
        }
        ObjectMethods.Fill(ObjectType);
        ObjectReduce.Fill(ObjectType);
        TypeMethods.Fill(TypeType);
        IntMethods.Fill(IntType);
        BoolMethods.Fill(BoolType);
        FloatMethods.Fill(FloatType);
        ComplexMethods.Fill(ComplexType);
        StrMethods.Fill(StrType);
        BytesMethods.Fill(BytesType, mutable: false);
        BytesMethods.Fill(ByteArrayType, mutable: true);
        ListMethods.Fill(ListType);
        TupleMethods.Fill(TupleType);
        DictMethods.Fill(DictType);
        DictViewMethods.Fill(DictKeysType, DictValuesType, DictItemsType);
        SetMethods.Fill(SetType, frozen: false);
        SetMethods.Fill(FrozenSetType, frozen: true);
        RangeMethods.Fill(RangeType);
        SliceMethods.Fill(SliceType);
        SingletonMethods.Fill(NoneType, NotImplementedType, EllipsisType);
        FunctionMethods.Fill(FunctionType, MethodType, BuiltinFunctionType, MethodDescriptorType, CodeType, CellType);
        DescriptorMethods.Fill(PropertyType, ClassMethodType, StaticMethodType, GetSetDescriptorType, MemberDescriptorType, SuperType);
        ModuleMethods.Fill(ModuleType);
        IteratorMethods.Fill(new[]
        {
            ListIteratorType, ListReverseIteratorType, TupleIteratorType, StrIteratorType, BytesIteratorType, ByteArrayIteratorType, DictKeyIteratorType,
            DictValueIteratorType, DictItemIteratorType, DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType, SetIteratorType, RangeIteratorType, LongRangeIteratorType, SeqIteratorType, CallableIteratorType,
            EnumerateType, ZipType, MapType, FilterType, ReversedType,
        });
        GeneratorMethods.Fill(GeneratorType);
        LazyIteratorMethods.Fill(EnumerateType, ZipType, MapType, FilterType, ReversedType);
        GenericAliasMethods.Fill(GenericAliasType, UnionType, new[] { ListType, DictType, TupleType, SetType, FrozenSetType, TypeType });
        MemoryViewMethods.Fill(MemoryViewType);
        MappingProxyMethods.Fill(MappingProxyType);
        foreach (var t in Created)
        {
            ReadyBuiltin(t);
        }
    }

    /// <summary>Creates a builtin type (the type of its namespace and metatype are fixed up by the static constructor).</summary>
    internal static PyType Bare(string name, PyType? baseType, TypeFlags flags = TypeFlags.None)
    {
        var t = new PyType(TypeType, name, baseType is null ? Array.Empty<PyType>() : new[] { baseType }, new PyDict(DictType, 8), flags | TypeFlags.Immutable);
        Created.Add(t);
        return t;
    }

    /// <summary>
    /// Defines a builtin type after start-up (native module classes, generators...): <paramref name="fill"/>
    /// adds its methods, then it is frozen like the other builtin types. Keep the result in a static
    /// readonly field: builtin types are created once per process and shared by every engine.
    /// </summary>
    public static PyType DefineType(string name, PyType? baseType, TypeFlags flags, string module, Action<PyType> fill)
    {
        var t = new PyType(TypeType, name, new[] { baseType ?? ObjectType }, new PyDict(DictType, 8), flags | TypeFlags.Immutable);
        t.Namespace["__doc__"] = None;
        t.Namespace["__module__"] = module;
        fill(t);
        ReadyBuiltin(t);
        return t;
    }

    /// <summary>Computes the MRO and slots of a builtin type: single inheritance, same layout as its base unless noted.</summary>
    internal static void ReadyBuiltin(PyType t)
    {
        var mro = new PyType[t.Bases.Length == 0 ? 1 : t.Bases[0].Mro.Length + 1];
        mro[0] = t;
        if (t.Bases.Length > 0)
        {
            t.Bases[0].Mro.CopyTo(mro, 1);
        }
        t.SolidBase ??= t;
        if (!t.Namespace.ContainsKey("__module__"))
        {
            t.Namespace["__module__"] = "builtins";
        }
        t.Ready(mro);
    }

    /// <summary>The Python type of any runtime value.</summary>
    public static PyType TypeOf(object value) => value switch
    {
        PyObject p => p.Type,
        string => StrType,
        long => IntType,
        double => FloatType,
        bool => BoolType,
        BigInteger => IntType,
        Complex => ComplexType,
        _ => throw new InvalidOperationException($"{value.GetType()} is not a Python value"),
    };

    public static object Bool(bool b) => b ? True : False;

    /// <summary>Boxes an int, sharing the boxes of -5..256 as CPython does.</summary>
    public static object Int(long v) => (ulong)(v - SmallIntMin) <= SmallIntMax - SmallIntMin ? SmallInts[v - SmallIntMin] : v;

    public static object Int(int v) => Int((long)v);

    /// <summary>Boxes a big integer, normalised to long when it fits.</summary>
    public static object Int(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? Int((long)v) : v;

    private static object[] MakeSmallInts()
    {
        var a = new object[SmallIntMax - SmallIntMin + 1];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = (long)(i + SmallIntMin);
        }
        return a;
    }
}
