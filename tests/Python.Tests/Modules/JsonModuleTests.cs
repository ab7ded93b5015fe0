using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class JsonModuleTests
{
    [Fact]
    public void DumpsWritesCompactAndIndentedDocuments()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é\\n'}))\n" +
            "print(json.dumps({'b': 1, 'a': {}}, indent=2, sort_keys=True))\n" +
            "print(json.dumps([1, 2], separators=(',', ':')), json.dumps('é', ensure_ascii=False))");
        Assert.Equal("{\"a\": [1, 2.5, null, true], \"b\": \"\\u00e9\\n\"}\n{\n  \"a\": {},\n  \"b\": 1\n}\n[1,2] \"é\"\n", output);
    }

    [Fact]
    public void FloatsAreWrittenAsReprAndNonFiniteOnesFollowAllowNan()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "print(json.dumps([0.1, 1e100, -0.0, 1e-7, float('inf'), float('nan')]))\n" +
            "try:\n    json.dumps(float('nan'), allow_nan=False)\nexcept ValueError as e:\n    print(e)");
        Assert.Equal("[0.1, 1e+100, -0.0, 1e-07, Infinity, NaN]\nOut of range float values are not JSON compliant\n", output);
    }

    [Fact]
    public void KeysFollowCPythonsConversionRules()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "print(json.dumps({1: 'i', 2.5: 'f', False: 'b', None: 'n'}))\n" +
            "print(json.dumps({(1,): 0, 'k': 1}, skipkeys=True))\n" +
            "try:\n    json.dumps({(1,): 0})\nexcept TypeError as e:\n    print(e)");
        Assert.Equal("{\"1\": \"i\", \"2.5\": \"f\", \"false\": \"b\", \"null\": \"n\"}\n{\"k\": 1}\nkeys must be str, int, float, bool or None, not tuple\n", output);
    }

    [Fact]
    public void DefaultHookAndEncoderSubclassSerializeOtherTypes()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "class E(json.JSONEncoder):\n    def default(self, o):\n        return sorted(o) if isinstance(o, set) else super().default(o)\n" +
            "print(json.dumps({'s': {2, 1}}, cls=E), json.dumps(1j, default=lambda c: [c.real, c.imag]))\n" +
            "try:\n    json.dumps(object())\nexcept TypeError as e:\n    print(e)");
        Assert.Equal("{\"s\": [1, 2]} [0.0, 1.0]\nObject of type object is not JSON serializable\n", output);
    }

    [Fact]
    public void CircularStructuresAreDetected()
    {
        var output = PythonRunner.Run("import json\na = []\na.append(a)\ntry:\n    json.dumps(a)\nexcept ValueError as e:\n    print(e)");
        Assert.Equal("Circular reference detected\n", output);
    }

    [Fact]
    public void IterencodeYieldsCPythonsChunks()
    {
        var output = PythonRunner.Run("import json\nprint(list(json.JSONEncoder().iterencode({'a': [1, 2, {'b': None}]})))");
        Assert.Equal("['{', '\"a\"', ': ', '[1', ', 2', ', ', '{', '\"b\"', ': ', 'null', '}', ']', '}']\n", output);
    }

    [Fact]
    public void LoadsBuildsPythonValues()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "print(json.loads('{\"a\": [1, -2.5e1, true, null, \"\\\\u00e9\\\\ud83d\\\\udc0d\"], \"b\": {}}'))\n" +
            "print(json.loads('12345678901234567890'), json.loads('[NaN, -Infinity]'), json.loads(b'[\"bytes\"]'))");
        Assert.Equal("{'a': [1, -25.0, True, None, 'é🐍'], 'b': {}}\n12345678901234567890 [nan, -inf] ['bytes']\n", output);
    }

    [Theory]
    [InlineData("", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("[1,]", "Expecting value: line 1 column 4 (char 3)")]
    [InlineData("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)")]
    [InlineData("{'a': 1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")]
    [InlineData("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)")]
    [InlineData("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)")]
    [InlineData("\"\\x\"", "Invalid \\escape: line 1 column 2 (char 1)")]
    [InlineData("\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)")]
    [InlineData("[1]\n x", "Extra data: line 2 column 2 (char 5)")]
    [InlineData("\"a\tb\"", "Invalid control character at: line 1 column 3 (char 2)")]
    public void MalformedDocumentsRaiseJsonDecodeErrorWithPositions(string document, string message)
    {
        var escaped = document.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n").Replace("\t", "\\t");
        var output = PythonRunner.Run($"import json\ntry:\n    json.loads('{escaped}')\nexcept json.JSONDecodeError as e:\n    print(e)");
        Assert.Equal(message + "\n", output);
    }

    [Fact]
    public void HooksReceiveObjectsPairsAndNumbers()
    {
        var output = PythonRunner.Run(
            "import json\n" +
            "print(json.loads('{\"b\": 1, \"a\": 2}', object_pairs_hook=list), json.loads('{\"x\": 1}', object_hook=len))\n" +
            "print(json.loads('[1.5, 7]', parse_float=str, parse_int=lambda s: int(s) * 2))\n" +
            "print(json.JSONDecoder().raw_decode('[1] tail'))");
        Assert.Equal("[('b', 1), ('a', 2)] 1\n['1.5', 14]\n([1], 3)\n", output);
    }

    [Fact]
    public void NestingDeeperThanTheRecursionLimitRaisesRecursionError()
    {
        var output = PythonRunner.Run("import json\ntry:\n    json.loads('[' * 5000 + ']' * 5000)\nexcept RecursionError as e:\n    print(e)");
        Assert.Equal("maximum recursion depth exceeded while decoding a JSON array from a unicode string\n", output);
    }
}
