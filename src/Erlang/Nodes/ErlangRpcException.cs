using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>
/// An rpc call did not produce a value: the remote side answered <c>{badrpc, Reason}</c>, the node
/// went down (<c>nodedown</c>) or no answer came in time (<c>timeout</c>). <see cref="Reason"/> is the term.
/// </summary>
public sealed class ErlangRpcException : Exception
{
    public ErlangRpcException(ErlTerm reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
    }

    public ErlTerm Reason { get; }
}
