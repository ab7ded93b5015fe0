# The seed's Erlang message receiver: every message an Erlang process sends to any name on
# our node, e.g. {useless, 'testnode@192.168.173.15'} ! {hello, 1}, reaches erlang_func in the
# Erlang message manager (the stolen worker); what it returns goes back to the sender.
import uwsgi


def erlang_manager(message):
    uwsgi.log("a message from Erlang: %r" % (message,))
    return ("got", message)


uwsgi.erlang_func = erlang_manager


def application(env, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b"this worker serves HTTP; the Erlang messages go to the message manager\n"]
