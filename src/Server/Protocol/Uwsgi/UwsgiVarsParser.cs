using System.Buffers.Binary;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Protocol.Uwsgi;

/// <summary>
/// Indexes a uwsgi vars block (2-byte LE key length, key, 2-byte LE value length, value, repeated)
/// in place: the variables point into the packet buffer, nothing is copied.
/// </summary>
internal static class UwsgiVarsParser
{
    /// <summary>
    /// Fills <paramref name="variables"/> from the <paramref name="size"/> bytes at <paramref name="offset"/> of
    /// <paramref name="buffer"/>. Returns null, or the line uWSGI logs when it rejects the packet.
    /// </summary>
    public static string? Parse(byte[] buffer, int offset, int size, int maxPairs, CgiVariables variables)
    {
        variables.Reset(buffer, size);
        int at = offset;
        int end = offset + size;
        while (at < end)
        {
            if (!TryReadString(buffer, end, ref at, out int keyStart, out int keyLength, out string? error))
                return error;
            if (keyLength == 0)
                return "uwsgi key cannot be null. skip this var.";
            if (!TryReadString(buffer, end, ref at, out int valueStart, out int valueLength, out error))
                return error;
            if (variables.Count >= maxPairs)
                return "max vec size reached. skip this var.";
            variables.Add(keyStart, keyLength, valueStart, valueLength);
        }
        return null;
    }

    private static bool TryReadString(byte[] buffer, int end, ref int at, out int start, out int length, out string? error)
    {
        start = length = 0;
        if (end - at < 2)
        {
            error = $"invalid uwsgi request (current strsize: {end - at}). skip.";
            return false;
        }
        length = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at));
        start = at + 2;
        if (length > end - start)
        {
            error = $"invalid uwsgi request (current strsize: {length}). skip.";
            return false;
        }
        at = start + length;
        error = null;
        return true;
    }
}
