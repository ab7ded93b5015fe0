using System.Buffers.Binary;

namespace IronUwsgi.Erlang.Tests.Interop;

/// <summary>The files exchanged with etf_interop: terms framed as a 4-byte big-endian size and the bytes.</summary>
internal static class Frames
{
    public static List<byte[]> Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var frames = new List<byte[]>();
        int position = 0;
        while (position < data.Length)
        {
            int size = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(position));
            frames.Add(data.AsSpan(position + 4, size).ToArray());
            position += 4 + size;
        }
        return frames;
    }

    public static void Write(string path, IEnumerable<byte[]> frames)
    {
        using var file = File.Create(path);
        Span<byte> size = stackalloc byte[4];
        foreach (var frame in frames)
        {
            BinaryPrimitives.WriteInt32BigEndian(size, frame.Length);
            file.Write(size);
            file.Write(frame);
        }
    }
}
