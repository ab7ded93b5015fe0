using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

public sealed class StrFormatFieldTests
{
    [Theory]
    [InlineData("{0", "expected '}' before end of string")]
    [InlineData("{0:", "unmatched '{' in format spec")]
    [InlineData("{0!", "end of string while looking for conversion specifier")]
    [InlineData("{0!rx}", "expected ':' after conversion specifier")]
    [InlineData("{a{}", "unexpected '{' in field name")]
    [InlineData("{0[]}", "Empty attribute in format string")]
    [InlineData("{:{:{}}}", "Max string recursion exceeded")]
    [InlineData("x{", "Single '{' encountered in format string")]
    public void MalformedFieldsRaiseCPythonsMessage(string format, string message) =>
        Assert.Contains(message, PythonRunner.RunExpectingError($"'{format}'.format(1, 2, 3)"));

    [Fact]
    public void DatesFormatThroughStrftime() =>
        Assert.Equal("2020|May 17\n", PythonRunner.Run("import datetime\nprint('{:%Y}|{:%B %d}'.format(datetime.date(2020, 5, 17), datetime.date(2020, 5, 17)))"));
}
