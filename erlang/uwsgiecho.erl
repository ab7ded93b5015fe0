%% An echo server for the seed's message examples. Start it on the Erlang node with
%% uwsgiecho:start(), which registers it as 'echo'. Every {Node, Message} it receives is
%% answered with {useless, Node} ! Message: the reply goes to our node by name, and the
%% uwsgi app that sent it reads it with uwsgi.erlang_recv_message(handle).
-module(uwsgiecho).
-export([start/0, loop/0]).

start() ->
    Pid = spawn(uwsgiecho, loop, []),
    register(echo, Pid),
    Pid.

loop() ->
    receive
        {Node, Message} when is_atom(Node) ->
            {useless, Node} ! Message,
            loop();
        _Other ->
            loop()
    end.
