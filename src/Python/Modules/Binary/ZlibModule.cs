using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Binary;

/// <summary><c>zlib</c>: checksums, one-shot and streaming (de)compression in the zlib, raw and gzip containers.</summary>
internal static class ZlibModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var error = ModuleErrors.Define("zlib", "error", PyExc.Exception);
        d["error"] = error;
        foreach (var (name, value) in new (string, long)[]
        {
            ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384), ("Z_NO_COMPRESSION", 0),
            ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1), ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2),
            ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0), ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2),
            ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4), ("Z_BLOCK", 5), ("Z_TREES", 6),
        })
        {
            d[name] = Py.Int(value);
        }
        d["ZLIB_VERSION"] = "1.2.13";
        d["ZLIB_RUNTIME_VERSION"] = "1.2.13";
        d["crc32"] = new PyBuiltinFunction("crc32", null, 1, 2, a =>
            Py.Int(Checksums.Crc32(BytesLike.Read(a[0]), a.Length > 1 ? IntArguments.Low32(a[1]) : 0)));
        d["adler32"] = new PyBuiltinFunction("adler32", null, 1, 2, a =>
            Py.Int(Checksums.Adler32(BytesLike.Read(a[0]), a.Length > 1 ? IntArguments.Low32(a[1]) : 1)));
        d["compress"] = new PyBuiltinFunction("compress", null, ["data", "level", "wbits"], 1, a =>
        {
            var data = BytesLike.Read(a[0]!);
            var level = a[1] is { } l ? Ops.IndexAsLong(l) : -1;
            var container = ZlibStreams.ContainerFor(a[2] is { } w ? Ops.IndexAsLong(w) : 15, false);
            if (level is < -1 or > 9 || container is null)
            {
                throw Ops.Error(error, "Bad compression level");
            }
            if (data.Length == 0)
            {
                return new PyBytes(ZlibStreams.Empty(container.Value, (int)level));
            }
            using var sink = new MemoryStream();
            using (var stream = ZlibStreams.Compressor(sink, container.Value, (int)level, 0))
            {
                stream.Write(data);
            }
            return new PyBytes(sink.ToArray());
        });
        d["decompress"] = new PyBuiltinFunction("decompress", null, ["data", "wbits", "bufsize"], 1, a =>
        {
            var data = BytesLike.Read(a[0]!);
            var container = ZlibStreams.ContainerFor(a[1] is { } w ? Ops.IndexAsLong(w) : 15, true)
                ?? throw Ops.Error(error, "Error -2 while preparing to decompress data: inconsistent stream state");
            if (a[2] is { } b && Ops.IndexAsLong(b) < 0)
            {
                throw Ops.ValueError("bufsize must be non-negative");
            }
            var output = new List<byte>(data.Length * 3);
            bool complete;
            try
            {
                complete = ZlibStreams.DecodeAll(data, container, output);
            }
            catch (InflateException e)
            {
                throw Ops.Error(error, $"Error -3 while decompressing data: {e.Message}");
            }
            return complete
                ? new PyBytes(output.ToArray())
                : throw Ops.Error(error, "Error -5 while decompressing data: incomplete or truncated stream");
        });
        d["compressobj"] = new PyBuiltinFunction("compressobj", null, ["level", "method", "wbits", "memLevel", "strategy"], 0, a =>
        {
            var level = a[0] is { } l ? Ops.IndexAsLong(l) : -1;
            var method = a[1] is { } m ? Ops.IndexAsLong(m) : 8;
            var container = ZlibStreams.ContainerFor(a[2] is { } w ? Ops.IndexAsLong(w) : 15, false);
            var memLevel = a[3] is { } ml ? Ops.IndexAsLong(ml) : 8;
            var strategy = a[4] is { } s ? Ops.IndexAsLong(s) : 0;
            if (level is < -1 or > 9 || method != 8 || container is null || memLevel is < 1 or > 9 || strategy is < 0 or > 4)
            {
                throw Ops.ValueError("Invalid initialization option");
            }
            return new PyCompressor(error, container.Value, (int)level, (int)strategy);
        });
        d["decompressobj"] = new PyBuiltinFunction("decompressobj", null, ["wbits"], 0, a =>
        {
            var container = ZlibStreams.ContainerFor(a[0] is { } w ? Ops.IndexAsLong(w) : 15, true)
                ?? throw Ops.ValueError("Invalid initialization option");
            return new PyDecompressor(error, container);
        });
    }
}
