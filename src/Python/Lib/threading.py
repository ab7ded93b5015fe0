"""Threads and synchronisation (this implementation's own module over _thread)."""
import sys
import _thread
from time import monotonic as _time

__all__ = ["Thread", "Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore", "Barrier",
           "BrokenBarrierError", "local", "current_thread", "main_thread", "get_ident", "active_count",
           "enumerate", "excepthook", "TIMEOUT_MAX", "Timer", "ThreadError", "ExceptHookArgs", "get_native_id",
           "stack_size"]

Lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
local = _thread._local
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error

_active = {}
_active_lock = Lock()
_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class RLock:
    """A lock the owning thread may acquire again; released as many times as acquired."""

    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        name = "_thread.RLock" if type(self) is RLock else f"{type(self).__module__}.{type(self).__qualname__}"
        return (f"<{state} {name} object owner={self._owner or 0!r} "
                f"count={self._count!r} at {hex(id(self))}>")


class Condition:
    """Waiting for a notification while holding a lock."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if isinstance(self._lock, RLock):
            state = (self._lock._count, self._lock._owner)
            self._lock._count = 0
            self._lock._owner = None
            self._lock._block.release()
            return state
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._block.acquire()
            self._lock._count, self._lock._owner = state
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        try:
            if timeout is None:
                got = waiter.acquire()
            else:
                got = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None if timeout is None else _time() + timeout
        result = predicate()
        while not result:
            if end is not None:
                remaining = end - _time()
                if remaining <= 0:
                    break
                self.wait(remaining)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters[:n]
        for waiter in waiters:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        end = None if timeout is None else _time() + timeout
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if end is None:
                    self._cond.wait()
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        return False
                    self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: value={self._value}>"

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}/{self._initial}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait_for(lambda: self._flag, timeout)
            return self._flag

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {status}>"


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties wait until all have arrived; a timeout, abort() or a failing action breaks it."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._state = self._FILLING

    def __repr__(self):
        if self.broken:
            return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: broken>"
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Arrivals of the next round wait while the last round drains or resets.
            self._cond.wait_for(lambda: self._state not in (self._DRAINING, self._RESETTING))
            if self._state == self._BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
                        self._break()
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (self._DRAINING, self._RESETTING):
                    self._state = self._FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._state = self._RESETTING if self._count > 0 else self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == self._FILLING else 0

    @property
    def broken(self):
        return self._state == self._BROKEN


class ExceptHookArgs(tuple):
    """The (exc_type, exc_value, exc_traceback, thread) given to threading.excepthook."""

    def __new__(cls, args):
        return super().__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Prints the exception a thread's run() raised on stderr; SystemExit is silent."""
    if args.exc_type is SystemExit:
        return
    stream = sys.stderr
    if stream is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    import traceback
    print(f"Exception in thread {name}:", file=stream, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control running target(*args, **kwargs) or an overridden run()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name) if name is not None else _newname()
        if name is None and target is not None:
            try:
                self._name += f" ({target.__name__})"
            except AttributeError:
                pass
        self._daemon = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = Event()
        self._done = Event()

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            with _active_lock:
                _active.pop(self._ident, None)
            self._done.set()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._done.wait(timeout)

    def is_alive(self):
        return self._started.is_set() and not self._done.is_set()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        self._daemon = bool(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, daemonic):
        self._daemon = bool(daemonic)

    def __repr__(self):
        status = "stopped" if self._done.is_set() else ("started" if self._started.is_set() else "initial")
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        self._name = "MainThread"
        self._daemon = False
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._done = Event()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        self._name = _newname("Dummy-%d")
        self._daemon = True
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._done = Event()
        _active[self._ident] = self


_main_thread = _MainThread()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
