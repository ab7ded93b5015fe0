using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// Receives a message a remote process sent to a name no local process has registered
/// (<c>{Name, OurNode} ! Message</c>), with the sender's pid. Runs on the connection's reader,
/// so it must hand the message off quickly and never block.
/// </summary>
public delegate void NameMessageHandler(ErlPid from, string name, ErlTerm message);
