namespace IronUwsgi.Erlang.Handshake;

/// <summary>The acceptor's answer to a send_name, decided by the node from its connection table.</summary>
internal enum AcceptStatus
{
    /// <summary>Continue; any old connection to that node is replaced.</summary>
    Ok,

    /// <summary>Continue; our own simultaneous attempt loses because the peer's name is greater.</summary>
    OkSimultaneous,

    /// <summary>Refuse; our own simultaneous attempt wins because our name is greater.</summary>
    Nok,
}
