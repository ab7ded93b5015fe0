# erhello.py with one handle per worker, opened at import and kept, as the docs recommend.
import uwsgi

testnode = uwsgi.erlang_connect("testnode@192.168.173.1")


def application(env, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    yield uwsgi.erlang_rpc(testnode, "uwsgitest", "hello", [])
