using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// Serves <c>rpc:call(OurNode, Module, Function, Args)</c> and <c>erpc:call</c> from Erlang. Throw
/// <see cref="ErlangException"/> to raise an Erlang exception; any other exception becomes
/// <c>error:{dotnet_exception, TypeName, Message}</c>.
/// </summary>
public delegate ErlTerm RpcHandler(string module, string function, ErlList args);
