using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

/// <summary>
/// Which storage instances get (__slots__ values inline in the instance, shared-key instance dicts).
/// Their Python behaviour is checked against CPython by the conformance cases class_slots_inline_layout,
/// class_instance_dict_shared_keys, class_attribute_sites_receivers and class_super_method_sites.
/// </summary>
public class InstanceLayoutTests
{
    [Fact]
    public void InstanceDictsShareKeysWhileWrittenInTheSameOrder()
    {
        var keys = new PyDict.SharedKeys();
        var first = PyDict.ForInstance(keys);
        var second = PyDict.ForInstance(keys);
        first["x"] = 1L;
        first["y"] = 2L;
        second["x"] = 10L;
        Assert.False(second.TryGetValue("y", out _));
        second["y"] = 20L;
        Assert.True(first.IsSplit && second.IsSplit);
        Assert.Equal(2, keys.Used);
        Assert.Equal((1L, 2L, 10L, 20L), (first["x"], first["y"], second["x"], second["y"]));

        var outOfOrder = PyDict.ForInstance(keys);
        outOfOrder["y"] = 3L;
        Assert.False(outOfOrder.IsSplit);
        Assert.False(outOfOrder.TryGetValue("x", out _));

        first["z"] = 4L;
        Assert.Equal(3, keys.Used);
        Assert.False(second.TryGetValue("z", out _));
        Assert.True(second.Remove("x"));
        Assert.False(second.IsSplit);
        Assert.Equal("{'y': 20}", Ops.Repr(second));
        Assert.Equal("{'x': 1, 'y': 2, 'z': 4}", Ops.Repr(first));
    }

    [Fact]
    public void SharedKeysStopGrowingAtThirtyNames()
    {
        var keys = new PyDict.SharedKeys();
        var wide = PyDict.ForInstance(keys);
        for (var i = 0; i < 40; i++)
        {
            wide["a" + i] = (long)i;
        }
        Assert.Equal(30, keys.Used);
        Assert.False(wide.IsSplit);
        Assert.Equal(40, wide.Count);
        Assert.Equal(39L, wide["a39"]);
        Assert.Equal(0L, wide["a0"]);
    }

    [Theory]
    [InlineData(0, typeof(PyInstance))]
    [InlineData(1, typeof(PyInlineSlotsInstance<SlotBuffer1>))]
    [InlineData(3, typeof(PyInlineSlotsInstance<SlotBuffer3>))]
    [InlineData(8, typeof(PyInlineSlotsInstance<SlotBuffer8>))]
    [InlineData(9, typeof(PyArraySlotsInstance))]
    public void SmallSlotLayoutsLiveInTheInstanceItself(int slotCount, Type storage)
    {
        var cls = new PyType(Py.TypeType, "C", [Py.ObjectType], new PyDict(), TypeFlags.Heap) { DeclaredSlots = Enumerable.Range(0, slotCount).Select(i => "s" + i).ToArray() };
        var instance = PyInstance.Create(cls);
        Assert.IsType(storage, instance);
        Assert.Equal(slotCount, instance.SlotValues.Length);
        if (slotCount > 1)
        {
            instance.SlotValues[slotCount - 1] = "last";
            Assert.Equal("last", instance.SlotValues[slotCount - 1]);
            Assert.Null(instance.SlotValues[0]);
        }
    }
}
