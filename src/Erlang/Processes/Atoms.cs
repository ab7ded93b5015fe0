using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>Atoms the node itself speaks (immutable, shared by every node).</summary>
internal static class Atoms
{
    public static readonly ErlAtom Empty = new(string.Empty);
    public static readonly ErlAtom Rex = new("rex");
    public static readonly ErlAtom NetKernel = new("net_kernel");
    public static readonly ErlAtom Call = new("call");
    public static readonly ErlAtom User = new("user");
    public static readonly ErlAtom GenCall = new("$gen_call");
    public static readonly ErlAtom IsAuth = new("is_auth");
    public static readonly ErlAtom Yes = new("yes");
    public static readonly ErlAtom BadRpc = new("badrpc");
    public static readonly ErlAtom Exit = new("EXIT");
    public static readonly ErlAtom Down = new("DOWN");
    public static readonly ErlAtom Process = new("process");
    public static readonly ErlAtom Normal = new("normal");
    public static readonly ErlAtom NoConnection = new("noconnection");
    public static readonly ErlAtom NoProc = new("noproc");
    public static readonly ErlAtom NodeDown = new("nodedown");
    public static readonly ErlAtom Timeout = new("timeout");
    public static readonly ErlAtom Return = new("return");
    public static readonly ErlAtom Throw = new("throw");
    public static readonly ErlAtom ExitClass = new("exit");
    public static readonly ErlAtom Error = new("error");
    public static readonly ErlAtom Undef = new("undef");
    public static readonly ErlAtom Erpc = new("erpc");
    public static readonly ErlAtom ExecuteCall = new("execute_call");
    public static readonly ErlAtom ExecuteCast = new("execute_cast");
    public static readonly ErlAtom Monitor = new("monitor");
    public static readonly ErlAtom Link = new("link");
    public static readonly ErlAtom DotnetException = new("dotnet_exception");
}
