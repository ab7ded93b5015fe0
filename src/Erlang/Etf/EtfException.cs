namespace IronUwsgi.Erlang.Etf;

/// <summary>Malformed or truncated external term format data; the message names the tag and the offset.</summary>
public sealed class EtfException : Exception
{
    public EtfException(string message)
        : base(message)
    {
    }

    public EtfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EtfException(string message, int offset)
        : base($"{message} (at offset {offset})")
    {
        Offset = offset;
    }

    /// <summary>The offset in the input where the problem was found, or -1 when it concerns no single place.</summary>
    public int Offset { get; } = -1;
}
