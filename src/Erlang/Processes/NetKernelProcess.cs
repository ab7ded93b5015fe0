using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>Our <c>net_kernel</c>: answers <c>{is_auth, Node}</c> with <c>yes</c>, which is what makes <c>net_adm:ping</c> say pong.</summary>
internal sealed class NetKernelProcess : LocalProcess
{
    public NetKernelProcess(ErlangNode node)
        : base(node)
    {
    }

    public override void Deliver(ErlTerm message)
    {
        // {'$gen_call', {From, Tag}, {is_auth, Node}}; Tag is echoed untouched (since OTP 24 it is [alias | Ref]).
        if (message is ErlTuple { Arity: 3 } call && call[0] == Atoms.GenCall
            && call[1] is ErlTuple { Arity: 2 } from && from[0] is ErlPid caller
            && call[2] is ErlTuple { Arity: 2 } request && request[0] == Atoms.IsAuth)
        {
            Node.SendMessage(caller, new ErlTuple(from[1], Atoms.Yes));
        }
    }
}
