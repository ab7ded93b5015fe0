using System.Runtime.InteropServices;
using System.Text.Json;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Tests.Lexing;

public class StringLiteralTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Lexing", "literal_dump.py");

    private static readonly string[] Files =
    [
        "test/test_ucn.py", "test/test_unicode.py", "test/test_bytes.py", "test/test_codecs.py",
        "test/test_string_literals.py", "test/test_re.py", "test/test_tokenize.py", "re/_parser.py",
        "json/decoder.py", "encodings/cp1252.py", "test/test_fstring.py", "test/test_unicodedata.py",
        "test/test_grammar.py",
    ];

    [Fact]
    public void StdlibStringTokensDecodeLikeLiteralEval()
    {
        using var python = Python.Start([Script, .. Files]);
        int count = 0;
        var failures = new List<string>();
        string? line;
        while ((line = python.StandardOutput.ReadLine()) is not null)
        {
            var row = JsonSerializer.Deserialize<string[]>(line)!;
            string text = row[0], kind = row[1], expected = row[2];
            count++;
            string actual;
            if (kind == "b")
            {
                actual = StringLiteral.TryDecodeBytes(text, out byte[] bytes, out string? error)
                    ? Convert.ToHexStringLower(bytes) : "error: " + error;
            }
            else
            {
                actual = StringLiteral.TryDecodeString(text, out string value, out string? error)
                    ? Convert.ToHexStringLower(MemoryMarshal.AsBytes(value.AsSpan())) : "error: " + error;
            }
            if (actual != expected)
            {
                failures.Add($"{text} -> {JsonSerializer.Serialize(actual)}, expected {JsonSerializer.Serialize(expected)}");
            }
        }
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);
        Assert.True(count > 10_000, $"only {count} string tokens");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'\x41\101\u00e9\U0001F600'", "AAé😀")]
    [InlineData(@"'\N{LATIN SMALL LETTER A}\N{latin small letter b}'", "ab")]
    [InlineData(@"'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'", "각一")]
    [InlineData(@"'\N{BYTE ORDER MARK}\N{LINE FEED}'", "\uFEFF\n")]
    [InlineData(@"'\d\q'", @"\d\q")]
    [InlineData(@"r'\n\x'", @"\n\x")]
    [InlineData(@"Rb'\n'", null)]
    [InlineData(@"'\777\0'", "\u01FF\0")]
    [InlineData("'''a\r\nb\rc'''", "a\nb\nc")]
    [InlineData("'a\\\r\nb'", "ab")]
    [InlineData("u'x'", "x")]
    public void StringEscapesDecode(string token, string? expected)
    {
        if (expected is null)
        {
            Assert.True(StringLiteral.TryDecodeBytes(token, out byte[] bytes, out _));
            Assert.Equal(@"\n"u8.ToArray(), bytes);
            return;
        }
        Assert.True(StringLiteral.TryDecodeString(token, out string value, out string? error), error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(@"'ab\x4'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape")]
    [InlineData(@"'ab\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-8: unknown Unicode character name")]
    [InlineData(@"'\N{LATIN SMALL LETTER A}\N'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 24-25: malformed \N character escape")]
    [InlineData(@"'a\u12'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 1-4: truncated \uXXXX escape")]
    [InlineData(@"'a\U0011ffff'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-10: illegal Unicode character")]
    [InlineData(@"'é\x'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \xXX escape")]
    [InlineData(@"'\é\x'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \xXX escape")]
    [InlineData(@"'\N{CJK UNIFIED IDEOGRAPH-4e00}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name")]
    public void BadStringEscapesGiveCPythonsMessage(string token, string message)
    {
        Assert.False(StringLiteral.TryDecodeString(token, out _, out string? error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData(@"b'\x4'", @"(value error) invalid \x escape at position 0")]
    [InlineData(@"b'ab\x'", @"(value error) invalid \x escape at position 2")]
    [InlineData("b'é'", "bytes can only contain ASCII literal characters")]
    [InlineData("rb'é'", "bytes can only contain ASCII literal characters")]
    public void BadBytesGiveCPythonsMessage(string token, string message)
    {
        Assert.False(StringLiteral.TryDecodeBytes(token, out _, out string? error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void BytesEscapesDecode()
    {
        Assert.True(StringLiteral.TryDecodeBytes(@"b'a\777\x41\N{x}\u1234\t'", out byte[] value, out _));
        Assert.Equal([(byte)'a', 0xFF, (byte)'A', .. @"\N{x}\u1234"u8, (byte)'\t'], value);
    }

    [Fact]
    public void SurrogateEscapesStayLoneCodeUnits()
    {
        Assert.True(StringLiteral.TryDecodeString(@"'\ud800x\U0001F600'", out string value, out _));
        Assert.Equal(new[] { '\ud800', 'x', '\ud83d', '\ude00' }, value.ToCharArray());
    }
}
