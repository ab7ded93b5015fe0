namespace IronUwsgi.Server.Tests.Support;

/// <summary>Waits for a condition another thread makes true (not a timing assertion: the limit is only a safety net).</summary>
internal static class Eventually
{
    public static bool True(Func<bool> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                return false;
            Thread.Sleep(20);
        }
        return true;
    }
}
