%% The seed's RPC example: erhello.py calls uwsgitest:hello() through uwsgi.erlang_rpc.
-module(uwsgitest).
-export([hello/0]).

hello() ->
    'hello world !'.
