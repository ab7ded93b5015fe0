using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>The unicodedata module. Expected values were printed by CPython 3.11 (Unicode 14.0).</summary>
public sealed class UnicodedataTests
{
    [Fact]
    public void NormalizeComposesAndDecomposesCanonicallyAndByCompatibility()
    {
        var output = PythonRunner.Run(
            """
            import unicodedata as u
            s = '\u1e9b\u0323 \ufb01 e\u0301 \uac00'
            print(ascii([u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]), u.is_normalized('NFC', s))
            """);
        Assert.Equal(
            "['\\u1e9b\\u0323 \\ufb01 \\xe9 \\uac00', '\\u017f\\u0323\\u0307 \\ufb01 e\\u0301 \\u1100\\u1161', "
            + "'\\u1e69 fi \\xe9 \\uac00', 's\\u0323\\u0307 fi e\\u0301 \\u1100\\u1161'] False\n",
            output);
    }

    [Fact]
    public void NamesCategoriesAndNumericValuesComeFromUnicode14()
    {
        var output = PythonRunner.Run(
            """
            import unicodedata as u
            print(u.name('\u20ac'), u.lookup('snowman') == '\u2603', u.category('\u0897'), u.category('\u4e00'), u.combining('\u0301'))
            print(u.numeric('\u5146'), u.digit('\u00b2'), u.decimal('\u0663'), u.digit('\u00bd', -1), u.unidata_version)
            """);
        Assert.Equal("EURO SIGN True Cn Lo 230\n1000000000000.0 2 3 -1 14.0.0\n", output);
    }

    [Fact]
    public void BidirectionalWidthAndMirroredFollowUnicode14()
    {
        var output = PythonRunner.Run(
            """
            import unicodedata as u
            print([(u.bidirectional(c), u.east_asian_width(c), u.mirrored(c)) for c in 'a\u05d0(\uff21\u0301'])
            """);
        Assert.Equal("[('L', 'Na', 0), ('R', 'N', 0), ('ON', 'Na', 1), ('L', 'F', 0), ('NSM', 'A', 0)]\n", output);
    }
}
