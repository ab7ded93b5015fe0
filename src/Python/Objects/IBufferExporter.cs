namespace IronUwsgi.Python.Objects;

/// <summary>An object other than bytes, bytearray and memoryview whose content bytes() and the bytes-like arguments of native functions accept (the buffer protocol's read side).</summary>
internal interface IBufferExporter
{
    /// <summary>A copy of the object's content as it lies in memory.</summary>
    byte[] ExportBytes();
}
