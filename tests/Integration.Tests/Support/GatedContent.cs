using System.Net;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>
/// A request body sent in two parts: the second only after the server signals it has consumed
/// the first megabyte, which can only happen if the server streams the body to the handler.
/// </summary>
internal sealed class GatedContent(byte[] data, SemaphoreSlim firstMegabyteRead, bool chunked) : HttpContent
{
    private const int FirstPart = 2 << 20;

    public bool GateOpened { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(data.AsMemory(0, FirstPart));
        await stream.FlushAsync();
        GateOpened = await firstMegabyteRead.WaitAsync(TimeSpan.FromSeconds(60));
        await stream.WriteAsync(data.AsMemory(FirstPart));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = data.Length;
        return !chunked;
    }
}
