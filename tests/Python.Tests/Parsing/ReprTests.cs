using IronUwsgi.Python.Builtins;
using System.Text;
using IronUwsgi.Python.Ast;
using Assert = Xunit.Assert;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>The constant reprs of the dumper equal CPython's repr() of the same values.</summary>
public sealed class ReprTests
{
    [Fact]
    public void FloatReprMatchesCPythonForEdgeCasesAndRandomValues()
    {
        var values = new List<double>
        {
            0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789012345680.0, 1.5, 2.5e-7, double.MaxValue,
            double.Epsilon, 5e-324, 1e22, 1e23, 9007199254740993.0, 0.3, 1.0 / 3, 100.0, 1234.5e10,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        };
        var random = new Random(4711);
        for (int i = 0; i < 400; i++)
        {
            double d = BitConverter.Int64BitsToDouble(random.NextInt64());
            values.Add(double.IsNaN(d) ? 1.0 : d);
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 20)), random.Next(0, 6)));
        }

        var expected = CPythonReference.Request(new { mode = "reprs", floats = values.Select(BitConverter.DoubleToInt64Bits).ToArray(), strings = Array.Empty<string>() });
        for (int i = 0; i < values.Count; i++)
        {
            Assert.Equal((string)expected[i]!, FloatRepr.Repr(values[i]));
        }
    }

    [Fact]
    public void StrReprMatchesCPythonForQuotesEscapesAndUnicode()
    {
        string[] strings =
        [
            "", "a", "it's", "say \"hi\"", "both ' and \"", "tab\there", "nl\n cr\r", "\\", "\u0000\u001f\u007f",
            "\u0080\u00a0\u00ad\u00e9", "\u2028\u2029\u3000", "\U0001F600", "\U000E0001",
            "\u200b\ufeff", "caf\u00e9 \u4e2d\u6587", "\uffff", "\U0010FFFF",
        ];
        var expected = CPythonReference.Request(new { mode = "reprs", floats = Array.Empty<long>(), strings });
        for (int i = 0; i < strings.Length; i++)
        {
            var sb = new StringBuilder();
            PyRepr.AppendStr(sb, strings[i]);
            Assert.Equal((string)expected[i]!, sb.ToString());
        }
    }

    [Fact]
    public void LoneSurrogatesAreEscapedAsCPythonDoes()
    {
        // JSON cannot carry lone surrogates to python3, so CPython's output is written here.
        var sb = new StringBuilder();
        PyRepr.AppendStr(sb, "\ud800|\udfff");
        Assert.Equal("'\\ud800|\\udfff'", sb.ToString());
    }

    [Fact]
    public void BytesAndComplexReprsFollowPythonRules()
    {
        Assert.Equal("b\"a'\\x00\\xff\\n\"", BytesMethods.Repr([(byte)'a', (byte)'\'', 0, 0xff, (byte)'\n']));
        Assert.Equal("2j", ComplexMethods.Repr(new System.Numerics.Complex(0, 2)));
        Assert.Equal("1.5e+20j", ComplexMethods.Repr(new System.Numerics.Complex(0, 1.5e20)));
    }
}
