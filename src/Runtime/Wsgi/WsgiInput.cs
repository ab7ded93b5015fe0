using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// <c>wsgi.input</c>: a binary file over the request body stream. It reads from the socket as the
/// app asks, keeping one small buffer for readline, so a large upload is never held whole.
/// </summary>
internal sealed class WsgiInput : PyIterator
{
    public static readonly PyType InputType = MakeType();

    private const int BufferSize = 16 * 1024;

    private readonly Stream _body;
    private readonly EngineGate _gate;
    // Allocated on the first read, so requests whose app never reads the body cost nothing here.
    private byte[] _buffer = [];
    private int _start;
    private int _end;
    private bool _eof;

    public WsgiInput(Stream body, EngineGate gate)
        : base(InputType)
    {
        _body = body;
        _gate = gate;
    }

    public override bool TryNext(out object value)
    {
        var line = ReadLine(-1);
        value = line;
        return line.Value.Length > 0;
    }

    /// <summary>read(size): up to size bytes (fewer only at the end of the body); all the rest when size is negative.</summary>
    public PyBytes Read(long size)
    {
        if (size < 0)
            return ReadAll();
        var result = new byte[Math.Min(size, int.MaxValue)];
        int filled = TakeBuffered(result);
        while (filled < result.Length)
        {
            int n = Receive(result, filled, result.Length - filled);
            if (n == 0)
                break;
            filled += n;
        }
        return new PyBytes(filled == result.Length ? result : result[..filled]);
    }

    /// <summary>readline(size): up to and including the next newline, at most size bytes when size is not negative.</summary>
    public PyBytes ReadLine(long size)
    {
        var line = new List<byte[]>();
        long taken = 0;
        while (size < 0 || taken < size)
        {
            if (_start == _end && !Fill())
                break;
            int available = _end - _start;
            if (size >= 0)
                available = (int)Math.Min(available, size - taken);
            int newline = _buffer.AsSpan(_start, available).IndexOf((byte)'\n');
            int count = newline < 0 ? available : newline + 1;
            line.Add(_buffer.AsSpan(_start, count).ToArray());
            _start += count;
            taken += count;
            if (newline >= 0)
                break;
        }
        return new PyBytes(line.Count == 1 ? line[0] : [.. line.SelectMany(part => part)]);
    }

    /// <summary>readlines(hint): lines until the end, or until their total size reaches a positive hint.</summary>
    public PyList ReadLines(long hint)
    {
        var lines = new PyList();
        long total = 0;
        while (TryNext(out var line))
        {
            lines.Add(line);
            total += ((PyBytes)line).Value.Length;
            if (hint > 0 && total >= hint)
                break;
        }
        return lines;
    }

    private PyBytes ReadAll()
    {
        var all = new MemoryStream();
        all.Write(_buffer, _start, _end - _start);
        _start = _end = 0;
        while (Fill())
        {
            all.Write(_buffer, 0, _end);
            _start = _end = 0;
        }
        return new PyBytes(all.ToArray());
    }

    private int TakeBuffered(byte[] target)
    {
        int count = Math.Min(target.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(target);
        _start += count;
        return count;
    }

    private bool Fill()
    {
        if (_buffer.Length == 0)
            _buffer = new byte[BufferSize];
        _start = 0;
        _end = Receive(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    /// <summary>One read from the socket, with the engine's lock released meanwhile; 0 at the end of the body.</summary>
    private int Receive(byte[] target, int offset, int count)
    {
        if (_eof)
            return 0;
        _gate.Exit();
        try
        {
            int n = _body.Read(target, offset, count);
            _eof = n == 0;
            return n;
        }
        catch (IOException e)
        {
            throw Ops.Error(PyExc.OSError, $"error reading the request body: {e.Message}");
        }
        finally
        {
            _gate.Enter();
        }
    }

    private static WsgiInput Self(object o) => (WsgiInput)o;

    private static long SizeArgument(object[] args) =>
        args.Length < 2 || args[1] is PyNone ? -1 : Ops.IndexAsLong(args[1]);

    private static PyType MakeType()
    {
        var t = Py.Bare("uwsgi._Input", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "uwsgi";
        t.DefRange("read", 0, 1, args => Self(args[0]).Read(SizeArgument(args)));
        t.DefRange("readline", 0, 1, args => Self(args[0]).ReadLine(SizeArgument(args)));
        t.DefRange("readlines", 0, 1, args => Self(args[0]).ReadLines(SizeArgument(args)));
        t.Def("__iter__", self => self);
        t.Def("__next__", self => Self(self).TryNext(out var line) ? line : throw Ops.StopIteration());
        Py.ReadyBuiltin(t);
        return t;
    }
}
