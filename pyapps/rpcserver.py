# Functions Erlang can call on our node:
#   rpc:call('uwsgi@127.0.0.1', uwsgi, add, [1, 2])        -> 3
#   erpc:call('uwsgi@127.0.0.1', uwsgi, greet, [<<"joe">>]) -> <<"hello joe">>
# They run in the Erlang message manager (the stolen worker); a Python exception comes back
# to rpc:call as {badrpc, ...} and to erpc:call as an error.
import uwsgi


def add(a, b):
    return a + b


def greet(name):
    return b"hello " + name


def fail():
    raise ValueError("this function always fails")


uwsgi.register_rpc("add", add)
uwsgi.register_rpc("greet", greet)
uwsgi.register_rpc("fail", fail)


def application(env, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b"rpc functions: add, greet, fail\n"]
