using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class DictMethodTests
{
    [Theory]
    [InlineData("{'a': 1, 'b': 2}", "get", "('a',)", "1")]
    [InlineData("{'a': 1}", "get", "('z',)", "None")]
    [InlineData("{'a': 1}", "get", "('z', 0)", "0")]
    [InlineData("{'a': 1}", "pop", "('a',)", "1")]
    [InlineData("{'a': 1}", "pop", "('z',)", "KeyError: 'z'")]
    [InlineData("{'a': 1}", "pop", "('z', 5)", "5")]
    [InlineData("{}", "popitem", "()", "KeyError: 'popitem(): dictionary is empty'")]
    [InlineData("{'a': 1, 'b': 2}", "popitem", "()", "('b', 2)")]
    [InlineData("{'a': 1}", "setdefault", "('b', [])", "[]")]
    [InlineData("{'a': 1}", "setdefault", "('q',)", "None")]
    [InlineData("{'a': 1}", "pop", "('a', 9)", "1")]
    [InlineData("{'a': 1}", "get", "()", "TypeError: get expected at least 1 argument, got 0")]
    [InlineData("{'a': 1}", "get", "(1, 2, 3)", "TypeError: get expected at most 2 arguments, got 3")]
    [InlineData("{'a': 1}", "pop", "()", "TypeError: pop expected at least 1 argument, got 0")]
    [InlineData("{'a': 1}", "setdefault", "()", "TypeError: setdefault expected at least 1 argument, got 0")]
    [InlineData("{'a': 1}", "__getitem__", "('b',)", "KeyError: 'b'")]
    [InlineData("{'a': 1}", "__getitem__", "(('x', 1),)", "KeyError: ('x', 1)")]
    [InlineData("{'a': 1}", "__getitem__", "([1],)", "TypeError: unhashable type: 'list'")]
    [InlineData("{'a': 1, 'b': 2}", "keys", "()", "dict_keys(['a', 'b'])")]
    [InlineData("{'a': 1, 'b': 2}", "values", "()", "dict_values([1, 2])")]
    [InlineData("{'a': 1, 'b': 2}", "items", "()", "dict_items([('a', 1), ('b', 2)])")]
    [InlineData("{'a': 1}", "__or__", "({'b': 2},)", "{'a': 1, 'b': 2}")]
    [InlineData("{1: 'x', 'k': [1, 2], (1, 2): None}", "__repr__", "()", "\"{1: 'x', 'k': [1, 2], (1, 2): None}\"")]
    [InlineData("{'a': 1}", "__eq__", "({'a': 1.0},)", "True")]
    [InlineData("{'a': 1}", "copy", "()", "{'a': 1}")]
    public void DictMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }

    [Fact]
    public void WalksSkipEntriesDeletedAtTheFrontAndSeeLaterInserts()
    {
        var d = new PyDict();
        for (long i = 0; i < 10; i++)
        {
            d[Py.Int(i)] = Py.Int(i * 10);
        }
        for (long i = 0; i < 9; i++)
        {
            d.Remove(Py.Int(i));
        }
        var pos = 0;
        Assert.True(d.TryGetEntry(ref pos, out var first, out var value));
        Assert.Equal((9L, 90L), ((long)first, (long)value));
        d.Remove(Py.Int(9));
        pos = 0;
        Assert.False(d.TryGetEntry(ref pos, out _, out _));
        d["x"] = Py.Int(1);
        pos = 0;
        Assert.True(d.TryGetEntry(ref pos, out var after, out _));
        Assert.Equal("x", after);
        d.Clear();
        d["y"] = Py.Int(2);
        pos = 0;
        Assert.True(d.TryGetEntry(ref pos, out var cleared, out _));
        Assert.Equal("y", cleared);
    }

    [Fact]
    public void CompiledGetSetdefaultAndPopCallsTakeTheirDefaults()
    {
        var source = """
            d = {'a': 1}
            print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('s'), d.setdefault('t', 2), d.pop('t'), d.pop('t', 'gone'))
            try:
                d.pop('t')
            except KeyError as e:
                print('KeyError', e)
            print(dict.get(d, 'a', 5), sorted(d.items(), key=str))
            """;
        Assert.Equal("1 None 0 None 2 2 gone\nKeyError 't'\n1 [('a', 1), ('s', None)]\n", PythonRunner.Run(source));
    }

    [Fact]
    public void CountingWithNewlyBuiltStringKeysKeepsEveryKeyApart()
    {
        // Each key is a fresh string, hashed for get then again for the store.
        var source = """
            words = 'ab ba ab c'.split()
            counts = {}
            for i in range(12):
                key = f"{words[i % 4]}-{i % 3}"
                counts[key] = counts.get(key, 0) + 1
            other = {}
            other['ab-0'] = 'x'
            print(sorted(counts.items()), counts.get('ab-0'), other.get('ab-0'), len(counts))
            """;
        Assert.Equal(Python.Run(source), PythonRunner.Run(source));
    }
}
