using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

public sealed class DateTimeModuleTests
{
    [Fact]
    public void ReprsNameTheModule()
    {
        var output = PythonRunner.Run("from datetime import *\nprint(repr(datetime(2020, 5, 17, 10, 30)), repr(date(2020, 5, 17)), repr(time(9, 5, 0, 7)), repr(timedelta(days=-1, seconds=5)), repr(timezone.utc))");
        Assert.Equal("datetime.datetime(2020, 5, 17, 10, 30) datetime.date(2020, 5, 17) datetime.time(9, 5, 0, 7) datetime.timedelta(days=-1, seconds=5) datetime.timezone.utc\n", output);
    }

    [Fact]
    public void TimedeltaNormalisesAndRoundsHalfToEven()
    {
        var output = PythonRunner.Run("from datetime import timedelta\nprint(timedelta(hours=25, minutes=61), timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(seconds=-1), timedelta(days=1) / 7)");
        Assert.Equal("1 day, 2:01:00 0:00:00.000002 0:00:00.000004 -1 day, 23:59:59 3:25:42.857143\n", output);
    }

    [Fact]
    public void ArithmeticCrossesMonthsAndLeapDays()
    {
        var output = PythonRunner.Run("from datetime import *\nprint(datetime(2024, 2, 28, 23, 30) + timedelta(hours=1), date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - timedelta(days=1))");
        Assert.Equal("2024-02-29 00:30:00 366 days, 0:00:00 2023-02-28\n", output);
    }

    [Fact]
    public void AwareAndNaiveDoNotMix()
    {
        var message = PythonRunner.RunExpectingError("from datetime import *\ndatetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)");
        Assert.Contains("can't compare offset-naive and offset-aware datetimes", message);
    }

    [Fact]
    public void AstimezoneConvertsBetweenFixedOffsets()
    {
        var output = PythonRunner.Run("from datetime import *\nu = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)\nprint(u.astimezone(timezone(timedelta(hours=-5, minutes=-30))), u.timestamp())");
        Assert.Equal("2024-01-01 06:30:00-05:30 1704110400.0\n", output);
    }

    [Fact]
    public void StrftimeAndStrptimeRoundTrip()
    {
        var output = PythonRunner.Run("from datetime import *\nd = datetime(2021, 1, 3, 5, 6, 7, 890)\ns = d.strftime('%A %d %B %Y %I:%M:%S.%f %p %j %U %W %G-W%V-%u')\nprint(s)\nprint(datetime.strptime(s, '%A %d %B %Y %I:%M:%S.%f %p %j %U %W %G-W%V-%u') == d)");
        Assert.Equal("Sunday 03 January 2021 05:06:07.000890 AM 003 01 00 2020-W53-7\nTrue\n", output);
    }

    [Fact]
    public void FromisoformatAcceptsThePython311Forms()
    {
        var output = PythonRunner.Run("from datetime import *\nprint(datetime.fromisoformat('20200517T103000.5Z'), date.fromisoformat('2020-W20-7'), datetime.fromisoformat('2020-05-17 10:30+05:30').utcoffset())");
        Assert.Equal("2020-05-17 10:30:00.500000+00:00 2020-05-17 5:30:00\n", output);
    }

    [Fact]
    public void ConstructorRangeErrorsUseCPythonsMessages()
    {
        Assert.Contains("month must be in 1..12", PythonRunner.RunExpectingError("import datetime\ndatetime.date(2023, 13, 1)"));
        Assert.Contains("day is out of range for month", PythonRunner.RunExpectingError("import datetime\ndatetime.date(2023, 2, 29)"));
        Assert.Contains("unsupported operand type(s) for +: 'datetime.date' and 'int'", PythonRunner.RunExpectingError("import datetime\ndatetime.date(2023, 2, 1) + 1"));
    }

    [Fact]
    public void IsocalendarIsANamedTuple()
    {
        var output = PythonRunner.Run("from datetime import date\nc = date(2020, 12, 31).isocalendar()\nprint(c, c.week, tuple(c))");
        Assert.Equal("datetime.IsoCalendarDate(year=2020, week=53, weekday=4) 53 (2020, 53, 4)\n", output);
    }
}
