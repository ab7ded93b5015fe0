using System.Text;

namespace IronUwsgi.Server.Tests.Support;

/// <summary>A log sink tests can read back line by line and wait on.</summary>
internal sealed class CapturedLog : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
            _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_lock)
            _text.Append(value);
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
                return _text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    /// <summary>Waits until a line matches (the server logs after answering); returns it, or null after <paramref name="seconds"/>.</summary>
    public string? WaitFor(Func<string, bool> match, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            foreach (var line in Lines)
            {
                if (match(line))
                    return line;
            }
            if (DateTime.UtcNow > deadline)
                return null;
            Thread.Sleep(20);
        }
    }

    public string? WaitFor(string fragment, int seconds = 20) => WaitFor(l => l.Contains(fragment, StringComparison.Ordinal), seconds);
}
