namespace IronUwsgi.Server.Protocol.Http;

/// <summary>Why a request head was rejected; the value is the status code the client gets.</summary>
internal enum HttpHeadError
{
    None = 0,
    BadRequest = 400,
    HeaderTooLarge = 431,
    NotImplemented = 501,
    VersionNotSupported = 505,
}
