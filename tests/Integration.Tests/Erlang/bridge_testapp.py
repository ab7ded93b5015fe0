# The app the bridge integration tests run: the seed's examples mounted by path, plus
# erlang_func, a registered process, rpc functions and the table round trip through echo.
import os
import sys
import threading
import time
import uwsgi

sys.path.insert(0, os.environ["BRIDGE_APPS"])
import erhello_local
import echo

ERL = os.environ["ECHO_NODE"]

ROWS = [
    'hello world !', True, False, 42, -7, 2 ** 63 - 1, 2 ** 200, -(2 ** 70), 3.25, [], [97, 98, 99],
    [1, ['a', (2, 3.5)], b'x'], ('ok', 1, [2]), (), b'hello\x00\xff',
    {'a': 1, (1, 2): [3], b'k': {'n': 2.5}},
    uwsgi.ErlangBitstring(b'\xa0', 3), uwsgi.ErlangImproperList([1, 2], 'tail'),
]


def erlang_manager(message):
    uwsgi.log("erlang_func got %r" % (message,))
    if message == 'raise':
        raise ValueError("erlang_func failed on purpose")
    if message == 'silent':
        return None
    return ('got', message, uwsgi.worker_id())


uwsgi.erlang_func = erlang_manager
uwsgi.erlang_register_process("named", lambda message: ('named', message))


def add(a, b):
    return a + b


def fail():
    raise ValueError("this function always fails")


uwsgi.register_rpc("add", add)
uwsgi.register_rpc("fail", fail)


def roundtrip(h):
    bad = []
    me = uwsgi.erlang_node
    for value in ROWS:
        uwsgi.erlang_send_message(h, "echo", (me, value))
        back = uwsgi.erlang_recv_message(h)
        if type(back) is not type(value) or back != value:
            bad.append("%r came back as %r" % (value, back))
    # A pid, a reference and a port made by Erlang, sent back to Erlang and echoed again.
    for term in ("self", "make_ref"):
        made = uwsgi.erlang_rpc(h, "erlang", term, [])
        uwsgi.erlang_send_message(h, "echo", (me, made))
        back = uwsgi.erlang_recv_message(h)
        if type(back) is not type(made) or back != made:
            bad.append("%r came back as %r" % (made, back))
    fun = uwsgi.erlang_rpc(h, "erlang", "make_fun", ["lists", "reverse", 1])
    if uwsgi.erlang_rpc(h, "erlang", "apply", [fun, [[1, 2, 3]]]) != [3, 2, 1]:
        bad.append("the fun did not survive the trip")
    return "ok %d" % (len(ROWS) + 3) if not bad else "\n".join(bad)


def near_deadline(started, timeout):
    # Never before the deadline; within two seconds after it even on a loaded machine.
    waited = time.monotonic() - started
    return "near" if timeout <= waited < timeout + 2.0 else "waited %.3f" % waited


def timeouts(h):
    out = []
    started = time.monotonic()
    try:
        uwsgi.erlang_recv_message(h, 0.3)
    except uwsgi.ErlangTimeout as e:
        out.append("recv %s %s %s" % (type(e).__name__, isinstance(e, TimeoutError), near_deadline(started, 0.3)))
    started = time.monotonic()
    try:
        uwsgi.erlang_rpc(h, "timer", "sleep", [3000], 0.5)
    except uwsgi.ErlangTimeout as e:
        out.append("rpc %s %s %s" % (type(e).__name__, isinstance(e, uwsgi.ErlangError), near_deadline(started, 0.5)))
    return " ".join(out)


SHARED = uwsgi.erlang_connect(ERL)


def rpc_reply(h, n):
    # lists:reverse gives back something that depends on the request, so a crossed reply shows.
    return uwsgi.erlang_rpc(h, "lists", "reverse", [[n, uwsgi.worker_id()]])


def application(env, start_response):
    path = env['PATH_INFO']
    query = env.get('QUERY_STRING', '')
    if path in ('/shared', '/private'):
        n = int(query)
        h = SHARED if path == '/shared' else uwsgi.erlang_connect(ERL)
        try:
            reply = rpc_reply(h, n)
        finally:
            if path == '/private':
                uwsgi.erlang_close(h)
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [("%d %d %d" % (reply[1], reply[0], threading.get_ident())).encode()]
    if path == '/ping':
        h = uwsgi.erlang_connect(query)
        if h < 0:
            body = "-1"
        else:
            try:
                body = uwsgi.erlang_rpc(h, "erlang", "node", [])
            except uwsgi.ErlangError:
                body = "error"
            uwsgi.erlang_close(h)
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [body.encode()]
    if path == '/erhello':
        return erhello_local.application(env, start_response)
    if path == '/echo':
        return echo.application(env, start_response)
    h = uwsgi.erlang_connect(ERL)
    try:
        body = roundtrip(h) if path == '/roundtrip' else timeouts(h)
    finally:
        uwsgi.erlang_close(h)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [body.encode()]
