using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

public sealed class FractionsStatisticsTests
{
    [Fact]
    public void FractionsStayExactAndNormalised()
    {
        var output = PythonRunner.Run("from fractions import Fraction as F\nprint(F(6, -8), F('1.25e-1'), F(1, 3) + F(1, 6), F(2, 3) ** -2, repr(F(0.1).limit_denominator()), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))");
        Assert.Equal("-3/4 1/8 1/2 9/4 Fraction(1, 10) True True\n", output);
    }

    [Fact]
    public void FractionLiteralErrorNamesTheText() =>
        Assert.Contains("Invalid literal for Fraction: '1__0'", PythonRunner.RunExpectingError("import fractions\nfractions.Fraction('1__0')"));

    [Fact]
    public void StatisticsKeepsTheDataType()
    {
        var output = PythonRunner.Run("import statistics as st\nfrom fractions import Fraction as F\nprint(st.mean([1, 2, 3, 4]), st.mean([F(1, 2), F(1, 3)]), st.variance([1, 2, 3, 4]), st.median([1, 3, 5, 7]), st.mode('abbc'), st.quantiles(range(1, 11), n=4))");
        Assert.Equal("2.5 5/12 1.6666666666666667 4.0 b [2.75, 5.5, 8.25]\n", output);
    }

    [Fact]
    public void StdevIsCorrectlyRounded() =>
        Assert.Equal(Python.Run("import statistics\nprint(statistics.stdev([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.harmonic_mean([40, 60]))"),
                     PythonRunner.Run("import statistics\nprint(statistics.stdev([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.harmonic_mean([40, 60]))"));

    [Fact]
    public void BigIntegerDivisionRoundsHalfToEven() =>
        Assert.Equal("847032947.2543004\n", PythonRunner.Run("print((10**30 + 7) / (2**70 + 3))"));

    [Fact]
    public void EmptyDataRaisesStatisticsError() =>
        Assert.Contains("StatisticsError: mean requires at least one data point", PythonRunner.RunExpectingError("import statistics\nstatistics.mean([])"));
}
