%% Helper the C# tests drive through rpc: long-lived processes for send, link and monitor checks.
-module(ironuwsgi_test_helper).
-export([echo/0, start_echo/1, ping/1, rpc_call/4, erpc_call/4, legacy_rex/4, spawn_link_on/4, send/2,
         monitor_remote/1, link_remote/1, await_message/1, collect/1, nest/1, depth/1]).

%% A registered process that sends every {From, Msg} back as {echo, Msg}.
start_echo(Name) ->
    Pid = spawn(fun echo/0),
    register(Name, Pid),
    Pid.

echo() ->
    receive
        {From, stop} -> From ! {echo, stopped};
        {From, Msg} -> From ! {echo, Msg}, echo()
    end.

ping(Node) -> net_adm:ping(Node).

rpc_call(Node, M, F, A) -> {result, rpc:call(Node, M, F, A, 5000)}.

erpc_call(Node, M, F, A) ->
    try erpc:call(Node, M, F, A, 5000) of
        V -> {ok, V}
    catch
        Class:Reason -> {caught, Class, Reason}
    end.

%% The request form erl_interface and Jinterface send to rex: {From, {call, M, F, A, GL}}, answered {rex, Result}.
legacy_rex(Node, M, F, A) ->
    {rex, Node} ! {self(), {call, M, F, A, user}},
    receive {rex, Result} -> {result, Result} after 5000 -> timeout end.

%% spawn_link/4 onto another node, trapping the exit: {exited, Reason} once the remote process ends.
spawn_link_on(Node, M, F, A) ->
    process_flag(trap_exit, true),
    Pid = spawn_link(Node, M, F, A),
    receive {'EXIT', Pid, Reason} -> {exited, Reason} after 5000 -> timeout end.

send(Dest, Msg) -> Dest ! Msg, ok.

%% A collector process that monitors Target and keeps every message it gets, for collect/1.
monitor_remote(Target) ->
    spawn(fun() -> Ref = erlang:monitor(process, Target), collector([{monitor, Ref}]) end).

%% A collector process that links to Target, trapping exits.
link_remote(Target) ->
    spawn(fun() -> process_flag(trap_exit, true), link(Target), collector([linked]) end).

collector(Acc) ->
    receive
        {collect, From} -> From ! {collected, lists:reverse(Acc)}, collector(Acc);
        Other -> collector([Other | Acc])
    end.

collect(Pid) ->
    Pid ! {collect, self()},
    receive {collected, L} -> L after 5000 -> timeout end.

await_message(Timeout) ->
    receive M -> M after Timeout -> timeout end.

%% A term nested N lists deep, and the depth of such a term.
nest(N) -> lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, N)).

depth([]) -> 0;
depth([Inner]) -> 1 + depth(Inner).
