using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using static IronUwsgi.Python.Tests.Objects.TestHelpers;

namespace IronUwsgi.Python.Tests.Objects;

// Expected messages and values were produced by CPython 3.11.
public class ObjectModelTests
{
    private static readonly PyFunction Noop2 = Function("f", new[] { "a", "b" }, _ => Py.None);

    [Fact]
    public void FunctionArgumentErrorsUseCPythonMessages()
    {
        Assert.Equal("TypeError: f() takes 2 positional arguments but 3 were given", Raises(() => Noop2.Call3(1L, 2L, 3L)));
        Assert.Equal("TypeError: f() missing 1 required positional argument: 'b'", Raises(() => Noop2.Call1(1L)));
        Assert.Equal("TypeError: f() missing 2 required positional arguments: 'a' and 'b'", Raises(() => Noop2.Call0()));
        Assert.Equal("TypeError: f() got an unexpected keyword argument 'c'", Raises(() => Noop2.Call(new object[] { 1L, 2L, 3L }, new[] { "c" })));
        Assert.Equal("TypeError: f() got multiple values for argument 'a'", Raises(() => Noop2.Call(new object[] { 1L, 2L }, new[] { "a" })));
        var h = Function("h", new[] { "a", "b", "c" }, _ => Py.None);
        Assert.Equal("TypeError: h() missing 3 required positional arguments: 'a', 'b', and 'c'", Raises(() => h.Call0()));
    }

    [Fact]
    public void DefaultsAndKeywordOnlyParametersBind()
    {
        var g = Function("g", new[] { "a", "b", "c" }, args => Tuple(args), defaults: Tuple(2L), kwOnly: 1);
        g.KwDefaults = null;
        Assert.Equal("(1, 2, 5)", Ops.Repr(g.Call(new object[] { 1L, 5L }, new[] { "c" })));
        Assert.Equal("TypeError: g() takes from 1 to 2 positional arguments but 3 were given", Raises(() => g.Call3(1L, 2L, 3L)));
        Assert.Equal("TypeError: g() missing 1 required keyword-only argument: 'c'", Raises(() => g.Call1(1L)));
        Assert.Equal("TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
            Raises(() => g.Call(new object[] { 1L, 2L, 3L, 1L }, new[] { "c" })));
    }

    [Fact]
    public void VarArgsAndVarKeywordsCollectExtras()
    {
        var f = Function("f", new[] { "a", "args", "kw" }, args => Tuple(args[0], args[1], args[2]), flags: CodeFlags.VarArgs | CodeFlags.VarKeywords);
        Assert.Equal("(1, (2, 3), {'x': 4})", Ops.Repr(f.Call(new object[] { 1L, 2L, 3L, 4L }, new[] { "x" })));
    }

    [Fact]
    public void MethodsBindSelfAndReportQualifiedNames()
    {
        var m = Function("m", new[] { "self", "x" }, args => args[1], qualName: "A.m");
        var a = Class("A", Array.Empty<object>(), ("m", m));
        var inst = Ops.Call(a);
        Assert.Equal(5L, Ops.CallMethod(inst, "m", 5L));
        Assert.Equal(7L, Ops.Call(Ops.GetAttr(inst, "m"), 7L));
        Assert.Equal("TypeError: A.m() missing 1 required positional argument: 'x'", Raises(() => Ops.CallMethod(inst, "m")));
        Assert.Equal("TypeError: A.m() takes 2 positional arguments but 3 were given", Raises(() => Ops.CallMethod(inst, "m", 1L, 2L)));
        Assert.StartsWith("<bound method A.m of <__main__.A object at 0x", Ops.Repr(Ops.GetAttr(inst, "m")));
    }

    [Fact]
    public void ClassesWithoutInitRejectArguments()
    {
        var o = Class("O", Array.Empty<object>());
        Assert.Equal("TypeError: O() takes no arguments", Raises(() => Ops.Call(o, 1L)));
        Assert.Equal("AttributeError: 'O' object has no attribute 'x'", Raises(() => Ops.GetAttr(Ops.Call(o), "x")));
        Assert.Equal("AttributeError: 'object' object has no attribute 'x'", Raises(() => Ops.SetAttr(Ops.Call(Py.ObjectType), "x", 1L)));
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", Raises(() => Ops.SetAttr(1L, "x", 1L)));
        Assert.Equal("TypeError: cannot set 'x' attribute of immutable type 'int'", Raises(() => Ops.SetAttr(Py.IntType, "x", 1L)));
    }

    [Fact]
    public void InitReceivesConstructorArguments()
    {
        var init = Function("__init__", new[] { "self", "v" }, args =>
        {
            Ops.SetAttr(args[0], "v", args[1]);
            return Py.None;
        });
        var c = Class("C", Array.Empty<object>(), ("__init__", init));
        var obj = Ops.Call(c, 42L);
        Assert.Equal(42L, Ops.GetAttr(obj, "v"));
        Assert.Equal("{'v': 42}", Ops.Repr(Ops.GetAttr(obj, "__dict__")));
        var bad = Class("Bad", Array.Empty<object>(), ("__init__", Function("__init__", new[] { "self" }, _ => 1L)));
        Assert.Equal("TypeError: __init__() should return None, not 'int'", Raises(() => Ops.Call(bad)));
    }

    [Fact]
    public void C3MroOrdersDiamondsAndRejectsInconsistentBases()
    {
        var a = Class("A", Array.Empty<object>());
        var b = Class("B", new object[] { a });
        var c = Class("C", new object[] { a });
        var d = Class("D", new object[] { b, c });
        Assert.Equal("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)", Ops.Repr(Ops.GetAttr(d, "__mro__")));
        Assert.Equal("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", Raises(() => Class("Z", new object[] { a, b })));
        Assert.Equal("TypeError: duplicate base class A", Raises(() => Class("Z", new object[] { a, a })));
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", Raises(() => Class("Z", new object[] { Py.BoolType })));
    }

    [Fact]
    public void DataDescriptorsWinOverInstanceDictAndNonDataDescriptorsLose()
    {
        var getNd = Function("__get__", new[] { "self", "obj", "type" }, _ => "from descriptor");
        var nonData = Class("NonData", Array.Empty<object>(), ("__get__", getNd));
        var getD = Function("__get__", new[] { "self", "obj", "type" }, _ => "data descriptor");
        var setD = Function("__set__", new[] { "self", "obj", "value" }, _ => Py.None);
        var data = Class("DataDesc", Array.Empty<object>(), ("__get__", getD), ("__set__", setD));
        var host = Class("Host", Array.Empty<object>(), ("nd", Ops.Call(nonData)), ("dd", Ops.Call(data)));
        var h = Ops.Call(host);
        Assert.Equal("from descriptor", Ops.GetAttr(h, "nd"));
        var dict = (PyDict)Ops.GetAttr(h, "__dict__");
        dict["nd"] = "instance wins over non-data";
        dict["dd"] = "instance loses to data";
        Assert.Equal("instance wins over non-data", Ops.GetAttr(h, "nd"));
        Assert.Equal("data descriptor", Ops.GetAttr(h, "dd"));
    }

    [Fact]
    public void SetNameIsCalledWithOwnerAndAttributeName()
    {
        var seen = new List<string>();
        var setName = Function("__set_name__", new[] { "self", "owner", "name" }, args =>
        {
            seen.Add(((PyType)args[1]).Name + "." + (string)args[2]);
            return Py.None;
        });
        var typed = Class("Typed", Array.Empty<object>(), ("__set_name__", setName));
        Class("Person", Array.Empty<object>(), ("name", Ops.Call(typed)), ("age", Ops.Call(typed)));
        Assert.Equal(new[] { "Person.name", "Person.age" }, seen);
    }

    [Fact]
    public void PropertiesGetSetAndReportMissingSetter()
    {
        var getter = Function("v", new[] { "self" }, args => Ops.GetAttr(args[0], "_v"));
        var setter = Function("v", new[] { "self", "value" }, args =>
        {
            Ops.SetAttr(args[0], "_v", Ops.Multiply(args[1], 2L));
            return Py.None;
        });
        var prop = Ops.Call(Py.PropertyType, getter);
        var withSetter = Ops.CallMethod(prop, "setter", setter);
        var p = Class("P", Array.Empty<object>(), ("v", withSetter), ("ro", prop));
        var obj = Ops.Call(p);
        Ops.SetAttr(obj, "v", 21L);
        Assert.Equal(42L, Ops.GetAttr(obj, "v"));
        Assert.Equal("AttributeError: property 'ro' of 'P' object has no setter", Raises(() => Ops.SetAttr(obj, "ro", 1L)));
    }

    [Fact]
    public void ClassAndStaticMethodsBindLikeCPython()
    {
        var cm = Ops.Call(Py.ClassMethodType, Function("make", new[] { "cls" }, args => ((PyType)args[0]).Name));
        var sm = Ops.Call(Py.StaticMethodType, Function("twice", new[] { "x" }, args => Ops.Multiply(args[0], 2L)));
        var k = Class("K", Array.Empty<object>(), ("make", cm), ("twice", sm));
        var sub = Class("Sub", new object[] { k });
        Assert.Equal("Sub", Ops.CallMethod(Ops.Call(sub), "make"));
        Assert.Equal("K", Ops.CallMethod(k, "make"));
        Assert.Equal(10L, Ops.CallMethod(Ops.Call(k), "twice", 5L));
    }

    [Fact]
    public void SuperFindsTheNextClassInTheMro()
    {
        var a = Class("A", Array.Empty<object>(), ("who", Function("who", new[] { "self" }, _ => "A")));
        PyType? bRef = null;
        var b = Class("B", new object[] { a }, ("who", Function("who", new[] { "self" }, args =>
            "B>" + (string)Ops.CallMethod(DescriptorMethods.Create(bRef!, args[0]), "who"))));
        bRef = b;
        Assert.Equal("B>A", Ops.CallMethod(Ops.Call(b), "who"));
        Assert.Equal("B>A", Ops.CallMethod(Ops.Call(Py.SuperType, b, Ops.Call(b)), "who") is string s ? "B>" + s : "");
    }

    [Fact]
    public void SlotsRestrictAttributes()
    {
        var s = Class("S", Array.Empty<object>(), ("__slots__", Tuple("a")));
        var obj = Ops.Call(s);
        Assert.Equal("AttributeError: 'S' object has no attribute 'a'", Raises(() => Ops.GetAttr(obj, "a")));
        Ops.SetAttr(obj, "a", 1L);
        Assert.Equal(1L, Ops.GetAttr(obj, "a"));
        Assert.Equal("AttributeError: 'S' object has no attribute 'b'", Raises(() => Ops.SetAttr(obj, "b", 1L)));
        Assert.Equal("<member 'a' of 'S' objects>", Ops.Repr(Ops.GetAttr(s, "a")));
    }

    [Fact]
    public void InitSubclassReceivesClassKeywords()
    {
        var log = new List<string>();
        var hook = Function("__init_subclass__", new[] { "cls", "tag" }, args =>
        {
            log.Add(((PyType)args[0]).Name + ":" + Ops.Str(args[1]));
            return Py.None;
        }, defaults: Tuple("none"));
        var basis = Class("Base", Array.Empty<object>(), ("__init_subclass__", hook));
        var kw = new PyDict();
        kw["tag"] = "x";
        ClassWith("Child", new object[] { basis }, kw);
        Class("Other", new object[] { basis });
        Assert.Equal(new[] { "Child:x", "Other:none" }, log);
        var plainKw = new PyDict();
        plainKw["tag"] = "x";
        Assert.Equal("TypeError: Plain.__init_subclass__() takes no keyword arguments", Raises(() => ClassWith("Plain", Array.Empty<object>(), plainKw)));
    }

    [Fact]
    public void MetaclassPrepareAndCallAreUsed()
    {
        var prepared = new PyDict();
        prepared["injected"] = 1L;
        var prepare = Ops.Call(Py.ClassMethodType, Function("__prepare__", new[] { "meta", "name", "bases" }, _ => prepared));
        var calls = new List<string>();
        var call = Function("__call__", new[] { "cls" }, args =>
        {
            calls.Add(((PyType)args[0]).Name);
            return "made";
        });
        var meta = Class("Meta", new object[] { Py.TypeType }, ("__prepare__", prepare), ("__call__", call));
        var kw = new PyDict();
        kw["metaclass"] = meta;
        var cls = (PyType)ClassWith("Managed", Array.Empty<object>(), kw);
        Assert.Same(meta, cls.Type);
        Assert.Equal(1L, Ops.GetAttr(cls, "injected"));
        Assert.Equal("made", Ops.Call(cls));
        Assert.Equal(new[] { "Managed" }, calls);
        var sub = Class("SubManaged", new object[] { cls });
        Assert.Same(meta, sub.Type);
    }

    [Fact]
    public void TypeWithThreeArgumentsCreatesAClass()
    {
        var ns = new PyDict();
        ns["x"] = 5L;
        var t = (PyType)Ops.Call(Py.TypeType, "Dyn", Tuple(Py.IntType), ns);
        Assert.Equal("<class 'Dyn'>", Ops.Repr(t));
        var v = Ops.Call(t, 7L);
        Assert.Equal(12L, Ops.Add(v, 5L));
        Assert.Equal("7", Ops.Repr(v));
        Assert.Same(Py.IntType, Ops.Call(Py.TypeType, 3L));
    }

    [Fact]
    public void EqWithoutHashMakesInstancesUnhashable()
    {
        var e = Class("E", Array.Empty<object>(), ("__eq__", Function("__eq__", new[] { "self", "o" }, _ => Py.True)));
        Assert.Equal("TypeError: unhashable type: 'E'", Raises(() => Ops.Hash(Ops.Call(e))));
        Assert.Equal("TypeError: unhashable type: 'list'", Raises(() => Ops.Hash(new PyList())));
        var plain = Ops.Call(Class("Plain", Array.Empty<object>()));
        Assert.Equal(Ops.Hash(plain), Ops.Hash(plain));
    }

    [Fact]
    public void ReflectedOperatorOfSubclassIsTriedFirst()
    {
        var order = new List<string>();
        var add = Function("__add__", new[] { "self", "o" }, _ =>
        {
            order.Add("Base.__add__");
            return Py.NotImplemented;
        });
        var radd = Function("__radd__", new[] { "self", "o" }, _ =>
        {
            order.Add("Sub.__radd__");
            return "sub wins";
        });
        var basis = Class("Base", Array.Empty<object>(), ("__add__", add));
        var sub = Class("Sub", new object[] { basis }, ("__radd__", radd));
        Assert.Equal("sub wins", Ops.Add(Ops.Call(basis), Ops.Call(sub)));
        Assert.Equal(new[] { "Sub.__radd__" }, order);
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'Base' and 'Base'", Raises(() => Ops.Add(Ops.Call(basis), Ops.Call(basis))));
        Assert.Equal("TypeError: unsupported operand type(s) for +=: 'Base' and 'int'", Raises(() => Ops.InPlace(Ops.Call(basis), 1L, BinaryOp.Add)));
    }

    [Fact]
    public void GetattrFallbackRunsOnlyForMissingAttributes()
    {
        var getattr = Function("__getattr__", new[] { "self", "name" }, args => "dyn:" + (string)args[1]);
        var c = Class("C", Array.Empty<object>(), ("real", 1L), ("__getattr__", getattr));
        var obj = Ops.Call(c);
        Assert.Equal(1L, Ops.GetAttr(obj, "real"));
        Assert.Equal("dyn:other", Ops.GetAttr(obj, "other"));
        Assert.True(Ops.TryGetAttr(obj, "anything", out var v));
        Assert.Equal("dyn:anything", v);
        Assert.False(Ops.TryGetAttr(Ops.Call(Class("D", Array.Empty<object>())), "missing", out _));
    }

    [Fact]
    public void CommonFailuresUseCPythonMessages()
    {
        Assert.Equal("TypeError: 'NoneType' object is not subscriptable", Raises(() => Ops.GetItem(Py.None, 0L)));
        Assert.Equal("TypeError: 'int' object is not callable", Raises(() => Ops.Call(5L)));
        Assert.Equal("TypeError: 'int' object is not iterable", Raises(() => Ops.GetIter(5L)));
        Assert.Equal("TypeError: object of type 'int' has no len()", Raises(() => Ops.Length(5L)));
        Assert.Equal("ValueError: too many values to unpack (expected 2)", Raises(() => Ops.Unpack(Tuple(1L, 2L, 3L), 2)));
        Assert.Equal("ValueError: not enough values to unpack (expected 2, got 1)", Raises(() => Ops.Unpack(new PyList(new object[] { 1L }), 2)));
        Assert.Equal("TypeError: cannot unpack non-iterable int object", Raises(() => Ops.Unpack(5L, 2)));
        Assert.Equal("TypeError: bad operand type for unary -: 'str'", Raises(() => Ops.Negate("a")));
        Assert.Equal("KeyError: 'missing'", Raises(() => Ops.GetItem(new PyDict(), "missing")));
        Assert.Equal("IndexError: string index out of range", Raises(() => Ops.GetItem("abc", 10L)));
        Assert.Equal("IndexError: list index out of range", Raises(() => Ops.GetItem(new PyList(), 0L)));
        Assert.Equal("TypeError: 'tuple' object does not support item assignment", Raises(() => Ops.SetItem(Tuple(1L), 0L, 1L)));
        Assert.Equal("TypeError: 'tuple' object doesn't support item deletion", Raises(() => Ops.DelItem(Tuple(1L), 0L)));
        Assert.Equal("ZeroDivisionError: division by zero", Raises(() => Ops.TrueDivide(1L, 0L)));
        Assert.Equal("ZeroDivisionError: float division by zero", Raises(() => Ops.TrueDivide(1.0, 0L)));
        Assert.Equal("TypeError: can only concatenate str (not \"int\") to str", Raises(() => Ops.Add("a", 1L)));
    }

    [Fact]
    public void StarUnpackingSplitsAroundTheStar()
    {
        var parts = Ops.UnpackStar(new PyList(new object[] { 1L, 2L, 3L, 4L }), 1, 1);
        Assert.Equal("[1, [2, 3], 4]", Ops.Repr(new PyList(parts)));
        Assert.Equal("ValueError: not enough values to unpack (expected at least 2, got 1)", Raises(() => Ops.UnpackStar(Tuple(1L), 1, 1)));
    }

    [Fact]
    public void ClassNamespacesAreReadOnlyProxies()
    {
        var proxy = Ops.GetAttr(Py.IntType, "__dict__");
        Assert.Equal("mappingproxy", Ops.TypeName(proxy));
        Assert.Equal("TypeError: 'mappingproxy' object does not support item assignment", Raises(() => Ops.SetItem(proxy, "x", 1L)));
        Assert.True(Ops.Contains(proxy, "bit_length"));
    }

    [Fact]
    public void ChangingAClassBumpsVersionsAndRefreshesSlotsOfSubclasses()
    {
        var basis = Class("Base", Array.Empty<object>());
        var sub = Class("Sub", new object[] { basis });
        var before = sub.Version;
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'Sub' and 'int'", Raises(() => Ops.Add(Ops.Call(sub), 1L)));
        Ops.SetAttr(basis, "__add__", Function("__add__", new[] { "self", "o" }, _ => "added"));
        Assert.NotEqual(before, sub.Version);
        Assert.Equal("added", Ops.Add(Ops.Call(sub), 1L));
        Ops.DelAttr(basis, "__add__");
        Assert.Equal("AttributeError: type object 'Base' has no attribute '__add__'", Raises(() => Ops.DelAttr(basis, "__add__")));
    }

    [Fact]
    public void GetattributeOverrideFallsBackToGetattrOnAttributeError()
    {
        var getattribute = Function("__getattribute__", new[] { "self", "name" }, args =>
            (string)args[1] == "hidden" ? throw Ops.NoAttribute(args[0], "hidden") : "via getattribute");
        var getattr = Function("__getattr__", new[] { "self", "name" }, _ => "via getattr");
        var c = Class("C", Array.Empty<object>(), ("__getattribute__", getattribute), ("__getattr__", getattr));
        var obj = Ops.Call(c);
        Assert.Equal("via getattribute", Ops.GetAttr(obj, "x"));
        Assert.Equal("via getattr", Ops.GetAttr(obj, "hidden"));
    }

    [Fact]
    public void SetOnlyDescriptorLetsTheInstanceDictWinOnReads()
    {
        var set = Function("__set__", new[] { "self", "obj", "value" }, args =>
        {
            ((PyObject)args[1]).Dict = new PyDict();
            ((PyObject)args[1]).Dict!["d"] = "stored by __set__";
            return Py.None;
        });
        var desc = Class("SetOnly", Array.Empty<object>(), ("__set__", set));
        var host = Class("Host", Array.Empty<object>(), ("d", Ops.Call(desc)));
        var h = Ops.Call(host);
        Ops.SetAttr(h, "d", 1L);
        Assert.Equal("stored by __set__", Ops.GetAttr(h, "d"));
    }
}
