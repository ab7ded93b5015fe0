using System.Buffers;
using System.Net.Sockets;
using IronUwsgi.Server.Workers;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// One accepted connection: its pooled buffers and the request objects reused for each request.
/// Subclasses read requests in their protocol and hand them to the workers.
/// </summary>
internal abstract class Connection
{
    protected Connection(Socket socket, ServerContext context)
    {
        Socket = socket;
        Context = context;
        int size = Math.Max(context.Settings.BufferSize + 4, 4096);
        Input = new ConnectionInput(ArrayPool<byte>.Shared.Rent(size));
        Input.Attach(socket);
        Body = new RequestBody(Input);
        Request = new ServerRequest(Body);
        Response = new ResponseWriter(ArrayPool<byte>.Shared.Rent(8192));
        Response.Attach(socket);
        Job = new RequestJob(Request, Response);
        Job.Attach(socket);
        Timeout = CancellationTokenSource.CreateLinkedTokenSource(context.Stopping);
    }

    protected Socket Socket { get; }
    protected ServerContext Context { get; }
    protected ConnectionInput Input { get; }
    protected RequestBody Body { get; }
    protected ServerRequest Request { get; }
    protected ResponseWriter Response { get; }
    protected RequestJob Job { get; }

    /// <summary>Cancelled by <c>--socket-timeout</c> while waiting for a request, or when the server stops.</summary>
    protected CancellationTokenSource Timeout { get; private set; }

    public async Task RunAsync()
    {
        try
        {
            await ServeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The peer went away or the server is stopping: nothing to answer.
        }
        finally
        {
            Close();
        }
    }

    protected abstract Task ServeAsync();

    /// <summary>Receives until at least <paramref name="count"/> bytes are buffered; false when the peer closed first.</summary>
    protected async ValueTask<bool> ReceiveAtLeastAsync(int count)
    {
        while (Input.BufferedCount < count)
        {
            if (!await Input.FillAsync(Timeout.Token).ConfigureAwait(false))
                return false;
        }
        return true;
    }

    /// <summary>Arms the --socket-timeout clock for the next wait on the client.</summary>
    protected void StartTimeout()
    {
        if (!Timeout.TryReset())
        {
            Timeout.Dispose();
            Timeout = CancellationTokenSource.CreateLinkedTokenSource(Context.Stopping);
        }
        Timeout.CancelAfter(Context.Settings.SocketTimeout);
    }

    private void Close()
    {
        try
        {
            Socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed by the peer or by harakiri.
        }
        Socket.Dispose();
        Timeout.Dispose();
        // After harakiri a stuck thread may still write into these buffers: never hand them out again.
        if (!Job.Abandoned)
        {
            ArrayPool<byte>.Shared.Return(Input.Buffer);
            ArrayPool<byte>.Shared.Return(Response.Buffer);
            ReturnBuffers();
        }
    }

    /// <summary>Returns buffers a subclass rented.</summary>
    protected virtual void ReturnBuffers()
    {
    }
}
