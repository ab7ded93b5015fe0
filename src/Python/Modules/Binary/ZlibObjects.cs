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
/// zlib.decompressobj(): inflates from the last block boundary reached, so each call decodes only the
/// new input and the block it completes; output beyond max_length is decoded again on the next call.
/// </summary>
internal sealed class PyDecompressor : PyObject
{
    private const int Window = 32768;

    private readonly PyType error;
    private ZlibContainer container;
    private List<byte> input = new();
    private List<byte> history = new();
    private InflatePoint point;
    private bool headerDone;
    private bool inflateDone;
    private long trimmed;
    private long returned;
    private uint checksum;
    private long checksummed;

    public PyDecompressor(PyType error, ZlibContainer container)
        : base(ZlibObjects.DecompressType)
    {
        this.error = error;
        this.container = container;
        checksum = ZlibStreams.InitialChecksum(container);
    }

    public bool Eof { get; private set; }

    public byte[] UnusedData { get; private set; } = [];

    public byte[] UnconsumedTail { get; private set; } = [];

    public byte[] Decompress(byte[] data, long maxLength)
    {
        try
        {
            return Step(data, maxLength);
        }
        catch (InflateException e)
        {
            throw Ops.Error(error, $"Error -3 while decompressing data: {e.Message}");
        }
    }

    private byte[] Step(byte[] data, long maxLength)
    {
        if (Eof)
        {
            UnusedData = [.. UnusedData, .. data];
            return [];
        }
        input.AddRange(data);
        if (inflateDone)
        {
            TryFinish();
            return [];
        }
        var buffer = input.ToArray();
        if (!headerDone)
        {
            var header = ZlibStreams.HeaderLength(buffer, buffer.Length, ref container);
            if (header < 0)
            {
                return [];
            }
            checksum = ZlibStreams.InitialChecksum(container);
            headerDone = true;
            point = new InflatePoint(header, 0, 0, 0);
        }
        var first = (int)(returned - trimmed);
        var mark = maxLength > 0 ? first + maxLength : long.MaxValue;
        var inflater = Inflater.Run(buffer, point, buffer.Length, history, trimmed, mark, out var status);
        var fresh = history.Count - first;
        if (maxLength > 0 && fresh > maxLength)
        {
            var keep = inflater.MarkPosition < 0 ? buffer.Length : inflater.MarkPosition;
            var part = history.GetRange(first, (int)maxLength).ToArray();
            returned += maxLength;
            UnconsumedTail = buffer[keep..];
            Adopt(buffer, keep, inflater.LastBlockEnd.Pos <= keep ? inflater.LastBlockEnd : point);
            return part;
        }
        UnconsumedTail = [];
        var output = history.GetRange(first, fresh).ToArray();
        returned += fresh;
        if (status == InflateStatus.Done)
        {
            Fold(history.Count);
            inflateDone = true;
            input = new List<byte>(buffer[inflater.Consumed..]);
            TryFinish();
        }
        else
        {
            Adopt(buffer, buffer.Length, inflater.LastBlockEnd);
        }
        return output;
    }

    /// <summary>Adds output up to history index <paramref name="upTo"/> to the running checksum.</summary>
    private void Fold(int upTo)
    {
        var from = (int)(checksummed - trimmed);
        if (upTo > from)
        {
            checksum = ZlibStreams.UpdateChecksum(container, checksum, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(history)[from..upTo]);
            checksummed = trimmed + upTo;
        }
    }

    /// <summary>Resumes from block boundary <paramref name="at"/> next time, keeping input up to <paramref name="keepEnd"/>.</summary>
    private void Adopt(byte[] buffer, int keepEnd, InflatePoint at)
    {
        history.RemoveRange(at.OutputCount, history.Count - at.OutputCount);
        Fold(at.OutputCount);
        // Keep the 32 KiB window back-references may reach, and whatever was not handed out yet.
        var drop = (int)Math.Min(returned - trimmed, at.OutputCount - Window);
        if (drop > 4 * Window)
        {
            history.RemoveRange(0, drop);
            trimmed += drop;
        }
        else
        {
            drop = 0;
        }
        input = new List<byte>(buffer[at.Pos..keepEnd]);
        point = at with { Pos = 0, OutputCount = at.OutputCount - drop };
    }

    private void TryFinish()
    {
        var trailer = ZlibStreams.TrailerLength(container);
        if (input.Count < trailer)
        {
            return;
        }
        var rest = input.ToArray();
        ZlibStreams.CheckTrailer(container, rest, 0, checksum, trimmed + history.Count);
        Eof = true;
        UnusedData = rest[trailer..];
        input.Clear();
    }

    public PyDecompressor Copy() => new(error, container)
    {
        input = new List<byte>(input),
        history = new List<byte>(history),
        point = point,
        headerDone = headerDone,
        inflateDone = inflateDone,
        trimmed = trimmed,
        returned = returned,
        checksum = checksum,
        checksummed = checksummed,
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
