using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Binary;

/// <summary>zlib.compressobj(): a compressing stream whose output is collected as it is produced.</summary>
internal sealed class PyCompressor : PyObject
{
    private readonly MemoryStream sink = new();
    private readonly PyType error;
    private readonly ZlibContainer container;
    private readonly int level;
    private Stream? stream;
    private bool written;

    public PyCompressor(PyType error, ZlibContainer container, int level, int strategy)
        : base(ZlibObjects.CompressType)
    {
        this.error = error;
        this.container = container;
        this.level = level;
        stream = ZlibStreams.Compressor(sink, container, level, strategy);
    }

    private byte[] Take()
    {
        var data = sink.ToArray();
        sink.SetLength(0);
        return data;
    }

    public byte[] Compress(byte[] data)
    {
        (stream ?? throw Ops.Error(error, "Error -2 while compressing data: inconsistent stream state")).Write(data);
        written |= data.Length > 0;
        return Take();
    }

    public byte[] Flush(long mode)
    {
        if (mode == 0)
        {
            return [];
        }
        if (stream is null)
        {
            throw Ops.Error(error, "Error -2 while flushing: inconsistent stream state");
        }
        if (mode == 4)
        {
            stream.Dispose();
            stream = null;
            if (!written)
            {
                return ZlibStreams.Empty(container, level);
            }
        }
        else
        {
            stream.Flush();
        }
        return Take();
    }
}

/// <summary>
/// zlib.decompressobj(): keeps the input of the current stream and decodes it again as more arrives,
/// handing out only the output not returned yet (so max_length and copy() need no decoder state).
/// </summary>
internal sealed class PyDecompressor : PyObject
{
    private readonly PyType error;
    private readonly ZlibContainer container;
    private List<byte> input = new();
    private long returned;

    public PyDecompressor(PyType error, ZlibContainer container)
        : base(ZlibObjects.DecompressType)
    {
        this.error = error;
        this.container = container;
    }

    public bool Eof { get; private set; }

    public byte[] UnusedData { get; private set; } = [];

    public byte[] UnconsumedTail { get; private set; } = [];

    public byte[] Decompress(byte[] data, long maxLength)
    {
        if (Eof)
        {
            UnusedData = [.. UnusedData, .. data];
            return [];
        }
        input.AddRange(data);
        var buffer = input.ToArray();
        var output = new List<byte>();
        ZlibDecodeResult result;
        try
        {
            result = ZlibStreams.Decode(buffer, buffer.Length, container, output, maxLength > 0 ? returned + maxLength : long.MaxValue);
        }
        catch (InflateException e)
        {
            throw Ops.Error(error, $"Error -3 while decompressing data: {e.Message}");
        }
        var fresh = output.Count - returned;
        if (maxLength > 0 && fresh > maxLength)
        {
            // Keep only the input needed for the bytes handed out; the rest goes back to the caller.
            var keep = result.MarkPosition < 0 ? buffer.Length : result.MarkPosition;
            UnconsumedTail = buffer[keep..];
            input = new List<byte>(buffer[..keep]);
            var part = output.GetRange((int)returned, (int)maxLength).ToArray();
            returned += maxLength;
            return part;
        }
        UnconsumedTail = [];
        if (result.Eof)
        {
            Eof = true;
            UnusedData = buffer[result.Consumed..];
        }
        var rest = output.GetRange((int)returned, (int)fresh).ToArray();
        returned = output.Count;
        return rest;
    }

    public PyDecompressor Copy() => new(error, container)
    {
        input = new List<byte>(input),
        returned = returned,
        Eof = Eof,
        UnusedData = UnusedData,
        UnconsumedTail = UnconsumedTail,
    };
}

/// <summary>The Compress and Decompress types of the zlib module.</summary>
internal static class ZlibObjects
{
    public static readonly PyType CompressType = Py.DefineType("Compress", null, TypeFlags.None, "zlib", t =>
    {
        t.Def("compress", (self, data) => new PyBytes(((PyCompressor)self).Compress(BytesLike.Read(data))));
        t.DefRange("flush", 0, 1, a => new PyBytes(((PyCompressor)a[0]).Flush(a.Length > 1 ? Ops.IndexAsLong(a[1]) : 4)));
    });

    public static readonly PyType DecompressType = Py.DefineType("Decompress", null, TypeFlags.None, "zlib", t =>
    {
        t.DefNamed("decompress", ["self", "data", "max_length"], 2, a =>
        {
            var max = a[2] is { } m ? Ops.IndexAsLong(m) : 0;
            if (max < 0)
            {
                throw Ops.ValueError("max_length must be non-negative");
            }
            return new PyBytes(((PyDecompressor)a[0]!).Decompress(BytesLike.Read(a[1]!), max));
        });
        t.DefRange("flush", 0, 1, a =>
        {
            var d = (PyDecompressor)a[0];
            var tail = d.UnconsumedTail;
            return new PyBytes(tail.Length > 0 ? d.Decompress(tail, 0) : []);
        });
        t.Def("copy", self => ((PyDecompressor)self).Copy());
        t.Prop("eof", self => Py.Bool(((PyDecompressor)self).Eof));
        t.Prop("unused_data", self => new PyBytes(((PyDecompressor)self).UnusedData));
        t.Prop("unconsumed_tail", self => new PyBytes(((PyDecompressor)self).UnconsumedTail));
    });
}
