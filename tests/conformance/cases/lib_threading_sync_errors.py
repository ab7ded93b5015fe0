# threading: lock timeout checks, Condition ownership errors, Semaphore limits, Barrier states, local re-init, Timer.
import threading, _thread
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
lock = threading.Lock()
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01), lock.locked(), repr(lock).split(" object")[0])
lock.release()
t(lambda: lock.release())
t(lambda: lock.acquire(False, 1))
t(lambda: lock.acquire(timeout=-5))
t(lambda: lock.acquire(timeout=-1) and lock.release())
r = threading.RLock()
print(r.acquire(), r.acquire(), repr(r).split(" owner")[0])
r.release(); r.release()
t(lambda: r.release())
print(repr(r).split(" at ")[0].replace(" owner=0", ""))
c = threading.Condition()
t(lambda: c.notify())
t(lambda: c.notify_all())
t(lambda: c.wait(0))
with c:
    print(c.wait(0.01), c.wait_for(lambda: 5, timeout=0), c.wait_for(lambda: 0, timeout=0.01))
with threading.Condition(threading.Lock()) as got:
    print("Condition(Lock) entered", got)
s = threading.Semaphore(2)
t(lambda: s.acquire(False, 1))
t(lambda: s.release(0))
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
bs = threading.BoundedSemaphore(1)
t(lambda: bs.release())
t(lambda: threading.Semaphore(-1))
e = threading.Event()
print(e.wait(0), e.wait(0.01), e.is_set())
e.set()
print(e.wait(), e.wait(0))
b = threading.Barrier(1, action=lambda: print("action ran"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
b.abort()
t(lambda: b.wait())
print(b.broken)
b.reset()
print(b.broken, b.wait())
b2 = threading.Barrier(2, timeout=0.01)
t(lambda: b2.wait())
print(b2.broken)
class Local(threading.local):
    def __init__(self, value):
        self.value = value
        self.inits = getattr(self, "inits", 0) + 1
loc = Local(5)
loc.value = 6
seen = []
th = threading.Thread(target=lambda: seen.append((loc.value, loc.inits)))
th.start(); th.join()
print(loc.value, loc.inits, seen)
t(lambda: threading.local(1))
fired = []
tm = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1,), kwargs={"k": 2})
tm.start(); tm.join()
tm2 = threading.Timer(60, lambda: fired.append("never"))
tm2.start(); tm2.cancel(); tm2.join()
print(fired, tm.is_alive(), tm2.is_alive())
def target():
    pass
th = threading.Thread(target=target)
print(th.name.split(" ")[1], threading.Thread(target=1).name.count("("), th.native_id, th.ident)
print(repr(threading.Thread(target=target, name="n", daemon=True)))
th.start(); th.join()
print(repr(th).split(",")[1].split(" ")[1], type(th.native_id).__name__)
t(lambda: th.start())
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name, a.exc_traceback is not None))
bad = threading.Thread(target=lambda: int("x"), name="bad")
bad.start(); bad.join()
quiet = threading.Thread(target=lambda: exit(3), name="quiet")
quiet.start(); quiet.join()
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.stack_size(), type(threading.get_native_id()).__name__, threading.TIMEOUT_MAX > 1000)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.ThreadError is _thread.error)
