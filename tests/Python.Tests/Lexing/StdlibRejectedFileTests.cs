using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Lexing;

/// <summary>The stdlib's deliberately broken test files that CPython rejects while decoding or tokenizing.</summary>
public class StdlibRejectedFileTests
{
    private static readonly Lazy<string> Stdlib = new(() => Python.Run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim());

    private static PythonSyntaxError Reject(string relative)
    {
        string path = Path.Combine(Stdlib.Value, relative);
        return Assert.Throws<PythonSyntaxError>(() =>
            Tokenizer.TokenizeAll(SourceDecoder.Decode(File.ReadAllBytes(path), path), path));
    }

    [Theory]
    [InlineData("test/tokenizedata/badsyntax_3131.py")]
    [InlineData("lib2to3/tests/data/py2_test_grammar.py")]
    public void LexicalErrorsInFilesMatchCompile(string relative)
    {
        var error = Reject(relative);
        string expected = Python.Run(
            "import sys, warnings\nwarnings.simplefilter('ignore')\ntry:\n compile(open(sys.argv[1],'rb').read(), sys.argv[1], 'exec')\nexcept SyntaxError as e:\n print(f'{e.msg}|{e.lineno}|{e.offset}')",
            Path.Combine(Stdlib.Value, relative)).Trim();
        Assert.Equal(expected, $"{error.Message}|{error.LineNo}|{error.Offset}");
    }

    // Running these files with python3 (what our engine does with a file) reports these messages;
    // compile() of the bytes words the first two differently.
    [Theory]
    [InlineData("test/tokenizedata/bad_coding.py", "encoding problem: uft-8")]
    [InlineData("test/tokenizedata/bad_coding2.py", "encoding problem: utf8 with BOM")]
    [InlineData("test/tokenizedata/badsyntax_pep3120.py", "Non-UTF-8 code starting with '\\xf6' in file {0} on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details")]
    public void EncodingErrorsInFilesMatchRunningThem(string relative, string message)
    {
        string path = Path.Combine(Stdlib.Value, relative);
        Assert.Equal(string.Format(message, path), Reject(relative).Message);
    }
}
