using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

/// <summary>array. Expected values were printed by CPython 3.11.</summary>
public sealed class ArrayModuleTests
{
    [Fact]
    public void ItemsRoundTripThroughTheirNativeBytes()
    {
        var output = PythonRunner.Run(
            """
            from array import array
            a = array('h', [1, -2, 300])
            print(a, a.tobytes(), a.itemsize, bytes(array('B', [65, 66])))
            a.byteswap()
            print(a.tolist(), array('d', a.tobytes() * 0) == array('d'), array('u', 'hi'))
            """);
        Assert.Equal(
            "array('h', [1, -2, 300]) b'\\x01\\x00\\xfe\\xff,\\x01' 2 b'AB'\n[256, -257, 11265] True array('u', 'hi')\n",
            output);
    }

    [Fact]
    public void OutOfRangeValuesRaiseCPythonsOverflowMessages()
    {
        var output = PythonRunner.Run(
            """
            from array import array
            for code, value in [('b', 200), ('b', 70000), ('H', -1), ('I', -1), ('Q', 2**64)]:
                try:
                    array(code, [value])
                except OverflowError as e:
                    print(e)
            """);
        Assert.Equal(
            "signed char is greater than maximum\nsigned short integer is greater than maximum\nunsigned short is less than minimum\n" +
            "can't convert negative value to unsigned int\nint too big to convert\n",
            output);
    }
}
