namespace IronUwsgi.Runtime.Gateway;

/// <summary>One request as the server hands it to a handler: CGI variables, a streaming body, where it runs.</summary>
public interface IGatewayRequest
{
    /// <summary>The CGI/WSGI variables (REQUEST_METHOD, PATH_INFO, HTTP_*...), from the uwsgi packet or the parsed HTTP request.</summary>
    CgiVariables Variables { get; }

    /// <summary>
    /// The request body, read from the socket as the handler asks (never buffered whole); ends at
    /// CONTENT_LENGTH or the last chunk. A client that disconnects early raises <see cref="ClientDisconnectedException"/>.
    /// </summary>
    Stream Body { get; }

    /// <summary>The worker thread (uWSGI "core") serving the request, 0-based.</summary>
    int Core { get; }

    /// <summary>Cancelled when the server gives up on the request (harakiri); long-running handlers should observe it.</summary>
    CancellationToken Aborted { get; }

    /// <summary>The app that served the request, for the request log; -1 (uWSGI's "no app") until a handler sets it.</summary>
    int AppId { get; set; }
}
