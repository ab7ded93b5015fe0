using System.Security.Cryptography;
using System.Text;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>The C# "apps" the integration tests serve, routed by PATH_INFO.</summary>
internal static class AppHandlers
{
    /// <summary>Set by <c>/upload</c> once it has read the first megabyte: proof the body streams in.</summary>
    public sealed class UploadProbe
    {
        public SemaphoreSlim FirstMegabyteRead { get; } = new(0);
    }

    public static Action<IGatewayRequest, IResponseWriter> Router(UploadProbe? probe = null) => (request, response) =>
    {
        request.AppId = 0;
        switch (request.Variables["PATH_INFO"])
        {
            case "/hello":
                Handlers.Text(response, "Hello World");
                break;
            case "/env":
                Handlers.Echo(request, response);
                break;
            case "/upload":
                Upload(request, response, probe);
                break;
            case "/raise":
                throw new InvalidOperationException("the app raised on purpose");
            case "/endless":
                Endless(response);
                break;
            default:
                Handlers.Text(response, "not found", "404 Not Found");
                break;
        }
    };

    private static void Upload(IGatewayRequest request, IResponseWriter response, UploadProbe? probe)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long total = 0;
        bool signalled = false;
        int read;
        while ((read = request.Body.Read(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            total += read;
            if (!signalled && total >= 1 << 20)
            {
                probe?.FirstMegabyteRead.Release();
                signalled = true;
            }
        }
        Handlers.Text(response, $"{total} {Convert.ToHexString(sha.GetHashAndReset())}");
    }

    private static void Endless(IResponseWriter response)
    {
        response.Start("200 OK", [new("Content-Type", "application/octet-stream")]);
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        for (int i = 0; i < 100_000; i++)
            response.Write(chunk);
    }
}
