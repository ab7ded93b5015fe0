"""Shallow and deep copies (this implementation's own module).

Containers are rebuilt directly; other objects use __copy__/__deepcopy__ when they define
them, else their class's own __reduce_ex__/__reduce__, else a new instance of the same class
receives copies of its constructor arguments (__getnewargs__), items, instance __dict__ and slots.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), frozenset, property}


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _reduction(cls, x):
    """The class's own __reduce_ex__/__reduce__ result, or None when it only inherits object's."""
    for name in ("__reduce_ex__", "__reduce__"):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return method(x, 4) if name == "__reduce_ex__" else method(x)
    return None


def _reconstruct(x, memo, transform, func, args, state=None, listiter=None, dictiter=None):
    y = func(*transform(args))
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        state = transform(state)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(transform(item))
    if dictiter is not None:
        for key, value in dictiter:
            y[transform(key)] = transform(value)
    return y


def _rebuild(x, transform, memo=None):
    """A new instance of x's class holding transformed copies of its arguments, items, __dict__ and slots."""
    cls = type(x)
    reduced = _reduction(cls, x)
    if reduced is not None and not isinstance(reduced, str):
        return _reconstruct(x, memo, transform, *reduced)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        y = cls.__new__(cls, *transform(getnewargs(x)))
    elif isinstance(x, (tuple, frozenset)):
        y = cls.__new__(cls, transform(tuple(x)))
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state is not None:
        y.__dict__.update(transform(state))
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, transform(getattr(x, name)))
    if isinstance(x, dict):
        for key, value in x.items():
            y[transform(key)] = transform(value)
    elif isinstance(x, list):
        y.extend(transform(item) for item in x)
    elif isinstance(x, set):
        y.update(transform(item) for item in x)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, lambda v: v)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
        return y
    if cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = {deepcopy(v, memo) for v in x}
        memo[key] = y
        return y
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
    else:
        y = _rebuild(x, lambda v: deepcopy(v, memo), memo)
    memo[key] = y
    return y
