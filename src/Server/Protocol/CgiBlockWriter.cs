using System.Buffers.Binary;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Protocol;

/// <summary>
/// Writes CGI variables into a block in the uwsgi vars encoding and indexes them, so HTTP requests
/// reach handlers in the same shape as uwsgi packets. The caller sizes the block (see <see cref="Http.HttpHeadParser.BlockCapacity"/>).
/// </summary>
internal sealed class CgiBlockWriter
{
    private byte[] _block = [];
    private CgiVariables _variables = null!;
    private int _at;
    private int _keyStart;
    private int _keyLength;
    private int _valueStart;

    public void Start(byte[] block, CgiVariables variables)
    {
        _block = block;
        _variables = variables;
        _at = 0;
        variables.Reset(block, 0);
    }

    public void Add(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        BeginValue(key);
        Append(value);
        EndValue();
    }

    /// <summary>Writes the key and opens a value that <see cref="Append"/> calls extend.</summary>
    public void BeginValue(ReadOnlySpan<byte> key)
    {
        BeginKey();
        Append(key);
        EndKey();
    }

    /// <summary>Opens a key built from several parts (HTTP_ + a transformed header name).</summary>
    public void BeginKey()
    {
        _keyStart = _at + 2;
        _at = _keyStart;
    }

    public void EndKey()
    {
        _keyLength = _at - _keyStart;
        BinaryPrimitives.WriteUInt16LittleEndian(_block.AsSpan(_keyStart - 2), (ushort)_keyLength);
        _valueStart = _at + 2;
        _at = _valueStart;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_block.AsSpan(_at));
        _at += bytes.Length;
    }

    public void Append(byte value) => _block[_at++] = value;

    public void EndValue()
    {
        int valueLength = _at - _valueStart;
        BinaryPrimitives.WriteUInt16LittleEndian(_block.AsSpan(_valueStart - 2), (ushort)valueLength);
        _variables.Add(_keyStart, _keyLength, _valueStart, valueLength);
    }

    public void Finish() => _variables.Seal(_at);
}
