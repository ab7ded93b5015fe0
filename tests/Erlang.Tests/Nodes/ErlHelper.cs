using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Tests.Nodes;

/// <summary>Runs functions of the erl side (the test helper module, or any module) through our rpc.</summary>
internal static class ErlHelper
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    public static Task<ErlTerm> HelperAsync(this ErlangNode node, string erl, string function, params ErlTerm[] args)
        => node.RpcAsync(erl, "ironuwsgi_test_helper", function, new ErlList(args), CallTimeout);

    public static Task<ErlTerm> CallAsync(this ErlangNode node, string erl, string module, string function, params ErlTerm[] args)
        => node.RpcAsync(erl, module, function, new ErlList(args), CallTimeout);

    public static ErlAtom Atom(string name) => new(name);

    public static ErlTerm Term(string text) => ErlTerm.Parse(text);
}
