using System.Text.Json;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Tests.Lexing;

public class UnicodeTablesTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Lexing", "unicode_dump.py");

    [Fact]
    public void NfkcAndNamesAgreeWithPythonsUnicodedata()
    {
        using var python = Python.Start(Script);
        int nfkc = 0, names = 0;
        var failures = new List<string>();
        string? line;
        while ((line = python.StandardOutput.ReadLine()) is not null)
        {
            var row = JsonSerializer.Deserialize<JsonElement[]>(line)!;
            string input = row[1].GetString()!;
            if (row[0].GetString() == "nfkc")
            {
                nfkc++;
                string actual = UnicodeTables.NormalizeNfkc(input);
                if (actual != row[2].GetString())
                {
                    failures.Add($"NFKC {Escape(input)} -> {Escape(actual)}, expected {Escape(row[2].GetString()!)}");
                }
            }
            else
            {
                names++;
                if (!UnicodeTables.TryLookupName(input, out int cp) || cp != row[2].GetInt32())
                {
                    failures.Add($"name {input}");
                }
            }
        }
        python.WaitForExit();
        Assert.True(nfkc > 20_000 && names > 4_000, $"{nfkc} NFKC cases, {names} names");
        Assert.True(failures.Count == 0, $"{failures.Count} differ:\n" + string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData("latin small letter sharp s", 0xDF)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00)]
    public void NamesLookUpCaseInsensitively(string name, int expected)
    {
        Assert.True(UnicodeTables.TryLookupName(name, out int cp));
        Assert.Equal(expected, cp);
    }

    [Theory]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00")]
    [InlineData("CJK UNIFIED IDEOGRAPH-E000")]
    [InlineData("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")]
    [InlineData("NO SUCH CHARACTER")]
    public void UnknownNamesAndNamedSequencesAreRejected(string name) =>
        Assert.False(UnicodeTables.TryLookupName(name, out _));

    [Fact]
    public void IdentifierClassesFollowUnicode14()
    {
        Assert.True(UnicodeTables.IsXidStart('℘'));
        Assert.True(UnicodeTables.IsXidContinue(0xE0100));
        Assert.False(UnicodeTables.IsXidStart('·'));
        Assert.True(UnicodeTables.IsXidContinue('·'));
        Assert.False(UnicodeTables.IsXidContinue('€'));
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:x4}"));
}
