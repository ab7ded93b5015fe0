using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>pprint and reprlib. Expected values were printed by CPython 3.11.</summary>
public sealed class PprintReprlibTests
{
    [Fact]
    public void PformatBreaksNestedContainersAndLongStringsLikeCPython()
    {
        var output = PythonRunner.Run(
            """
            import pprint
            print(pprint.pformat({'b': [1, 2, 3], 'a': ('x' * 10, 'y' * 10)}, width=20))
            print(pprint.pformat(list(range(12)), width=20, compact=True))
            print(pprint.pformat('one two three four five', width=12))
            """);
        Assert.Equal(
            """
            {'a': ('xxxxxxxxxx',
                   'yyyyyyyyyy'),
             'b': [1, 2, 3]}
            [0, 1, 2, 3, 4, 5,
             6, 7, 8, 9, 10,
             11]
            ('one two '
             'three '
             'four '
             'five')
            """ + "\n",
            output);
    }

    [Fact]
    public void ReprlibElidesLongValuesAndRecursiveReprReturnsFillValue()
    {
        var output = PythonRunner.Run(
            """
            import reprlib
            class Node:
                def __init__(self): self.next = self
                @reprlib.recursive_repr('<loop>')
                def __repr__(self): return 'Node(%r)' % (self.next,)
            print(reprlib.repr(list(range(10))), reprlib.repr('z' * 40), Node())
            """);
        Assert.Equal("[0, 1, 2, 3, 4, 5, ...] 'zzzzzzzzzzzz...zzzzzzzzzzzzz' Node(<loop>)\n", output);
    }
}
