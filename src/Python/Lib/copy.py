"""Shallow and deep copies (this implementation's own module).

Containers are rebuilt directly; other objects use __copy__/__deepcopy__ when they define
them, else a new instance of the same class receives a copy of the instance __dict__ and slots.
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


def _rebuild(x, transform):
    cls = type(x)
    y = cls.__new__(cls)
    state = getattr(x, "__dict__", None)
    if state is not None:
        y.__dict__.update(transform(state))
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, transform(getattr(x, name)))
    return y


def copy(x):
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
    if isinstance(x, (list, dict, set)):
        y = _rebuild(x, lambda v: v)
        if isinstance(x, dict):
            y.update(x)
        elif isinstance(x, list):
            y.extend(x)
        else:
            y.update(x)
        return y
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
        y = _rebuild(x, lambda v: deepcopy(v, memo))
    memo[key] = y
    return y
