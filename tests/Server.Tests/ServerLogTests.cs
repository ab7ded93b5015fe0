using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

public class ServerLogTests
{
    [Fact]
    public void AppReadyLineHasUwsgisShape()
    {
        var sink = new CapturedLog();
        var log = new ServerLog(sink);
        log.AppReady(0, "", TimeSpan.FromMilliseconds(1500), "0x55d0c0", defaultApp: true);
        log.AppReady(1, "/api", TimeSpan.FromSeconds(3), "0x55d0c1", defaultApp: false);
        Assert.Equal(
        [
            $"WSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x55d0c0 pid: {Environment.ProcessId} (default app)",
            $"WSGI app 1 (mountpoint='/api') ready in 3 seconds on interpreter 0x55d0c1 pid: {Environment.ProcessId}",
        ], sink.Lines);
    }

    [Theory]
    [InlineData(2026, 11, 7, "Sat Nov  7 09:05:03 2026")]
    [InlineData(2026, 11, 27, "Fri Nov 27 09:05:03 2026")]
    public void CTimePadsTheDayLikeC(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ServerLog.CTime(new DateTime(year, month, day, 9, 5, 3)));

    [Fact]
    public void ConcurrentLinesNeverInterleave()
    {
        var sink = new CapturedLog();
        var log = new ServerLog(sink);
        Parallel.For(0, 200, i => log.Write($"line {i} " + new string('x', 100)));
        Assert.Equal(200, sink.Lines.Count);
        Assert.All(sink.Lines, l => Assert.Matches(@"^line \d+ x{100}$", l));
    }
}
