%% erl -> erl anchor for bench.sh: sequential rpc:call per second from one Erlang node to another.
-module(bench_client).
-export([run/1]).

run([Target, Seconds]) ->
    Node = list_to_atom(Target),
    Deadline = erlang:monotonic_time(microsecond) + list_to_integer(Seconds) * 1000000,
    pong = net_adm:ping(Node),
    Start = erlang:monotonic_time(microsecond),
    {Calls, End} = loop(Node, Deadline, 0),
    io:format("~w~n", [round(Calls * 1000000 / (End - Start))]),
    halt().

loop(Node, Deadline, Calls) ->
    lists:foreach(fun(_) -> 5 = rpc:call(Node, erlang, abs, [-5]) end, lists:seq(1, 100)),
    Now = erlang:monotonic_time(microsecond),
    if Now >= Deadline -> {Calls + 100, Now};
       true -> loop(Node, Deadline, Calls + 100)
    end.
