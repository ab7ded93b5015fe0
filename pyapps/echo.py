# Send and receive with the echo server (erlang/uwsgiecho.erl, started as 'echo' on the
# Erlang node). The app sends {OurNode, Message}; the echo server answers with
# {useless, OurNode} ! Message, which comes back to this handle's erlang_recv_message.
# Set ECHO_NODE in the environment (--env ECHO_NODE=name@host) to the Erlang node's name.
import os
import uwsgi

ECHO_NODE = os.environ.get("ECHO_NODE", "testnode@192.168.173.1")


def erlist(items):
    # Any Python iterable goes to Erlang as a list (the seed's helper, Python 3 style).
    return list(items)


def application(env, start_response):
    node = uwsgi.erlang_connect(ECHO_NODE)
    if node < 0:
        start_response('502 Bad Gateway', [('Content-Type', 'text/plain')])
        return [b"cannot reach the Erlang node\n"]
    try:
        words = env.get('QUERY_STRING', '') or 'hello'
        uwsgi.erlang_send_message(node, "echo", (uwsgi.erlang_node, erlist(words.split('+'))))
        reply = uwsgi.erlang_recv_message(node)
    finally:
        uwsgi.erlang_close(node)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [(" ".join(reply) + "\n").encode()]
