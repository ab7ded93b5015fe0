using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// The response side of one WSGI call: <c>start_response</c> with PEP 3333's rules, the
/// <c>write()</c> callable, and the body chunks of the result. Headers go out with the first
/// non-empty chunk (or at the end, by the server).
/// </summary>
internal sealed class WsgiResponse
{
    private static readonly string[] StartResponseParameters = ["status", "headers", "exc_info"];

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade",
    };

    private readonly IResponseWriter _writer;
    private readonly EngineGate _gate;

    public WsgiResponse(IResponseWriter writer, EngineGate gate)
    {
        _writer = writer;
        _gate = gate;
        WriteCallable = new PyBuiltinFunction("write", null, data =>
        {
            if (!Started)
                throw Ops.Error(PyExc.AssertionError, "write() before start_response()");
            try
            {
                Send(data);
            }
            catch (ClientDisconnectedException e)
            {
                throw Ops.Error(PyExc.OSError, $"write error: {e.Message}");
            }
            return Py.None;
        });
        StartResponse = new PyBuiltinFunction("start_response", null, StartResponseParameters, 2, a => Start(a[0]!, a[1]!, a[2]));
    }

    /// <summary>The <c>start_response</c> callable passed to the app.</summary>
    public PyBuiltinFunction StartResponse { get; }

    /// <summary>The callable <c>start_response</c> returns.</summary>
    public PyBuiltinFunction WriteCallable { get; }

    /// <summary>Whether the app called start_response.</summary>
    public bool Started { get; private set; }

    /// <summary>Set when the client went away during a write; the request ends with this error.</summary>
    public ClientDisconnectedException? Disconnected { get; private set; }

    /// <summary>Sends one body chunk (bytes, bytearray, or str as UTF-8); empty chunks send nothing, so headers wait for real data.</summary>
    public void Send(object chunk)
    {
        ReadOnlySpan<byte> data = chunk switch
        {
            PyBytes b => b.Value,
            string s => Encoding.UTF8.GetBytes(s),
            PyByteArray a => a.Value.ToArray(),
            _ => throw Ops.TypeError($"response body chunks must be bytes, not {Ops.TypeName(chunk)}"),
        };
        if (data.IsEmpty)
            return;
        if (!Started)
            throw Ops.Error(PyExc.AssertionError, "the application yielded a body chunk before calling start_response()");
        _gate.Exit();
        try
        {
            _writer.Write(data);
        }
        catch (ClientDisconnectedException e)
        {
            Disconnected = e;
            throw;
        }
        finally
        {
            _gate.Enter();
        }
    }

    private object Start(object status, object headers, object? excInfo)
    {
        if (excInfo is not null and not PyNone)
        {
            if (_writer.HeadersSent)
                throw ExceptionOf(excInfo).ToClr();
        }
        else if (Started)
        {
            throw Ops.Error(PyExc.AssertionError, "start_response() called again without exc_info");
        }
        var line = ValidStatus(status);
        var list = ValidHeaders(headers);
        _writer.Start(line, list);
        Started = true;
        return WriteCallable;
    }

    private static PyBaseException ExceptionOf(object excInfo) =>
        excInfo is PyTuple { Count: 3 } info && info[1] is PyBaseException value
            ? value
            : throw Ops.TypeError("exc_info must be a (type, value, traceback) tuple");

    private static string ValidStatus(object status)
    {
        var text = status as string ?? throw Ops.TypeError($"status must be a str, not {Ops.TypeName(status)}");
        if (text.Length < 5 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[2]) || text[3] != ' ' || text[0] == '0')
            throw Ops.ValueError($"invalid status '{text}': expected a 3-digit code, a space and a reason phrase");
        if (HasControl(text))
            throw Ops.ValueError("control characters are not allowed in the status");
        return text;
    }

    private static List<KeyValuePair<string, string>> ValidHeaders(object headers)
    {
        if (headers is not PyList list)
            throw Ops.TypeError($"headers must be a list, not {Ops.TypeName(headers)}");
        var result = new List<KeyValuePair<string, string>>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not PyTuple { Count: 2 } pair)
                throw Ops.TypeError($"headers must be (name, value) tuples, not {Ops.TypeName(list[i])}");
            var name = pair[0] as string ?? throw Ops.TypeError($"header names must be str, not {Ops.TypeName(pair[0])}");
            var value = pair[1] as string ?? throw Ops.TypeError($"header values must be str, not {Ops.TypeName(pair[1])}");
            if (name.Length == 0 || name.AsSpan().IndexOfAny(":\r\n ") >= 0 || HasControl(name))
                throw Ops.ValueError($"invalid header name '{name}'");
            if (HopByHop.Contains(name))
                throw Ops.ValueError($"hop-by-hop header '{name}' is not allowed in a WSGI response");
            if (HasControl(value))
                throw Ops.ValueError($"control characters are not allowed in the value of header '{name}'");
            if (!IsLatin1(name) || !IsLatin1(value))
                throw Ops.ValueError($"header '{name}' has characters outside latin-1");
            result.Add(new(name, value));
        }
        return result;
    }

    private static bool IsLatin1(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', '\xff');

    private static bool HasControl(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' && c != '\t' || c == '\x7f')
                return true;
        }
        return false;
    }
}
