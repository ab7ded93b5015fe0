using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Lexing;

public class SourceDecoderTests
{
    private static string Decode(params byte[] bytes) => SourceDecoder.Decode(bytes, "m.py");

    private static PythonSyntaxError Fails(params byte[] bytes) =>
        Assert.Throws<PythonSyntaxError>(() => SourceDecoder.Decode(bytes, "m.py"));

    [Fact]
    public void DefaultIsUtf8() => Assert.Equal("x = 'é'\n", Decode(Encoding.UTF8.GetBytes("x = 'é'\n")));

    [Fact]
    public void BomIsDropped() => Assert.Equal("x = 1\n", Decode([0xEF, 0xBB, 0xBF, .. "x = 1\n"u8]));

    [Fact]
    public void CookieOnFirstLineSelectsLatin1() =>
        Assert.Equal("# coding: latin-1\nx = 'é'\n", Decode([.. "# coding: latin-1\nx = '"u8, 0xE9, .. "'\n"u8]));

    [Fact]
    public void CookieOnSecondLineAfterCommentCounts() =>
        Assert.Equal("#!/usr/bin/env python\n# -*- coding: cp1252 -*-\n'€'\n",
            Decode([.. "#!/usr/bin/env python\n# -*- coding: cp1252 -*-\n'"u8, 0x80, .. "'\n"u8]));

    [Fact]
    public void VimStyleCookieAndKoi8R() =>
        Assert.Equal("# vim: set fileencoding=koi8-r :\n'ж'\n", Decode([.. "# vim: set fileencoding=koi8-r :\n'"u8, 0xD6, .. "'\n"u8]));

    [Fact]
    public void CookieAfterCodeOnFirstLineIsIgnored() =>
        Assert.Equal("x = 1\n# coding: foo\n", Decode("x = 1\n# coding: foo\n"u8.ToArray()));

    [Fact]
    public void UnknownEncodingIsAnEncodingProblem() =>
        Assert.Equal("encoding problem: foo", Fails("# -*- coding: foo -*-\nx = 1\n"u8.ToArray()).Message);

    [Fact]
    public void BomWithOtherCookieIsAnEncodingProblem() =>
        Assert.Equal("encoding problem: iso-8859-1 with BOM", Fails([0xEF, 0xBB, 0xBF, .. "# coding: latin-1\n"u8]).Message);

    [Fact]
    public void InvalidUtf8WithoutCookieNamesTheByteAndLine()
    {
        var error = Fails([.. "\nx = '"u8, 0xE9, .. "'\n"u8]);
        Assert.Equal(
            "Non-UTF-8 code starting with '\\xe9' in file m.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            error.Message);
        Assert.Equal(2, error.LineNo);
    }

    [Fact]
    public void NullBytesAreRejected() =>
        Assert.Equal("source code cannot contain null bytes", Fails("x = 1\0\n"u8.ToArray()).Message);

    [Theory]
    [InlineData("# coding: utf8\n", "utf8")]
    [InlineData("# coding=UTF_8-unix\n", "utf-8")]
    [InlineData("  # -*- coding: Latin_1 -*-\n", "iso-8859-1")]
    [InlineData("\n# coding: ascii\n", "ascii")]
    [InlineData("x = 1  # coding: ascii\n", null)]
    [InlineData("# no cookie\n# still none\n# coding: ascii\n", null)]
    public void DeclarationIsFoundAndNormalized(string head, string? expected) =>
        Assert.Equal(expected, SourceDecoder.FindDeclaration(Encoding.ASCII.GetBytes(head)));
}
