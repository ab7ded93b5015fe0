%% Helpers the bridge tests call on the erl node: send to a name on the IronUwsgi node and
%% wait for the reply, and call its register_rpc functions with rpc:call and erpc:call.
-module(bridgetest).
-export([ask/4, rpc/3, erpc/3]).

ask(Node, Name, Message, Timeout) ->
    {Name, Node} ! Message,
    receive
        Reply -> {reply, Reply}
    after Timeout -> timeout
    end.

%% Wrapped, so a {badrpc, _} from our node is not taken for a failure of this call itself.
rpc(Node, Function, Args) ->
    {result, rpc:call(Node, uwsgi, Function, Args)}.

erpc(Node, Function, Args) ->
    try erpc:call(Node, uwsgi, Function, Args)
    catch Class:Reason -> {caught, Class, Reason}
    end.
