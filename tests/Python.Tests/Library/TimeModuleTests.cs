using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

public sealed class TimeModuleTests
{
    private static readonly BrokenDownTime Sunday = new(2021, 1, 3, 17, 6, 7, 6, 3, 0, "UTC", 0, 1609693567);

    [Theory]
    [InlineData("%Y-%m-%d %H:%M:%S", "2021-01-03 17:06:07")]
    [InlineData("%a %A %b %B %p %I %l %k", "Sun Sunday Jan January PM 05  5 17")]
    [InlineData("%j %U %W %V %G %g %u %w %C %y", "003 01 00 53 2020 20 7 0 20 21")]
    [InlineData("%-d|%_d|%05d|%^a|%#p|%10A|%z|%Z|%s", "3| 3|00003|SUN|pm|    Sunday|+0000|UTC|1609693567")]
    [InlineData("%c|%x|%X|%D|%F|%r|%R|%T", "Sun Jan  3 17:06:07 2021|01/03/21|17:06:07|01/03/21|2021-01-03|05:06:07 PM|17:06|17:06:07")]
    [InlineData("%Q %E %5% 100%", "%Q %E     % 100%")]
    public void StrftimeFollowsGlibc(string format, string expected) => Assert.Equal(expected, CStrftime.Format(format, Sunday));

    [Fact]
    public void UnknownDstLeavesTheOffsetOutAndTheZoneEmpty() =>
        Assert.Equal("[][   ]%^P=pm", CStrftime.Format("[%z][%3Z]%%^P=%^P", Sunday with { IsDst = -1, Zone = "" }));

    [Fact]
    public void StructTimeHasCPythonsRepr()
    {
        var output = PythonRunner.Run("import time\nprint(time.gmtime(0), time.gmtime(0).tm_zone)");
        Assert.Equal("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) GMT\n", output);
    }

    [Fact]
    public void StrptimeFillsWeekdayAndYearDay()
    {
        var output = PythonRunner.Run("import time\nt = time.strptime('29 Feb 2024 13:14', '%d %b %Y %H:%M')\nprint(tuple(t))");
        Assert.Equal("(2024, 2, 29, 13, 14, 0, 3, 60, -1)\n", output);
    }

    [Fact]
    public void StrftimeRejectsAnOutOfRangeMonth()
    {
        Assert.Contains("month out of range", PythonRunner.RunExpectingError("import time\ntime.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))"));
    }
}
