# atexit handlers run after the uncaught exception's traceback; a failing handler leaves the exit status as it was.
import atexit


def report(kind):
    print("handler", kind)


def fails():
    raise ValueError("from handler")


atexit.register(report, "first")
atexit.register(fails)
atexit.register(report, kind="last")
print("raising")
raise KeyError("from script")
