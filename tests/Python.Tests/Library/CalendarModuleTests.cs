using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

public sealed class CalendarModuleTests
{
    [Fact]
    public void MonthLayoutMatchesCPython()
    {
        const string code = "import calendar\nprint(calendar.month(2024, 2))\nprint(calendar.TextCalendar(6).formatmonth(2021, 7, 3, 2))\nprint(calendar.calendar(2024))";
        Assert.Equal(Python.Run(code), PythonRunner.Run(code));
    }

    [Fact]
    public void WeeksSpanNeighbouringMonths()
    {
        var output = PythonRunner.Run("import calendar\nprint(calendar.monthcalendar(2024, 9)[0], calendar.Calendar().monthdatescalendar(2024, 2)[0][0])");
        Assert.Equal("[0, 0, 0, 0, 0, 0, 1] 2024-01-29\n", output);
    }

    [Fact]
    public void BadMonthIsAValueErrorNamingIt() =>
        Assert.Equal("IllegalMonthError bad month number 13; must be 1-12\n",
            PythonRunner.Run("import calendar\ntry:\n    calendar.monthrange(2024, 13)\nexcept ValueError as e:\n    print(type(e).__name__, e)"));
}
