"""Weak references over CLR weak references.

A referent dies when the CLR collector reclaims it, not when its last name goes away (`del x`
does not free it at once as CPython's refcounting does). Callbacks of dead referents run at the
next sweep: after gc.collect(), or while new weak references are being made.
"""

import gc
import sys
import _weakref
from _weakref import getter as _getter

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "KeyedRef"]

# Exact types CPython refuses to reference weakly (their subclasses are accepted).
_NOT_WEAKLY_REFERENCEABLE = (int, float, complex, str, bytes, bool, tuple, list, dict,
                             type(None), bytearray, frozenset, set)

# Live references that carry a callback, by id, until their referent is found dead.
_watched = {}
_sweep_at = [64]


def _check_referenceable(obj):
    if type(obj) in _NOT_WEAKLY_REFERENCEABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


def _sweep():
    """Runs the callbacks of references whose referents the collector has reclaimed."""
    dead = [r for r in list(_watched.values()) if r._target() is None]
    for r in dead:
        if _watched.pop(id(r), None) is None:
            continue
        callback = r._callback
        r._callback = None
        try:
            callback(r)
        except Exception as e:
            sys.stderr.write("Exception ignored in: %r\n%s: %s\n" % (callback, type(e).__name__, e))
    _sweep_at[0] = max(64, 2 * len(_watched))


def _after_collection(phase, info):
    if phase == "stop":
        _sweep()


gc.callbacks.append(_after_collection)


class ref(object):
    """ref(object[, callback]): calling it gives the object, or None once it is gone."""

    __slots__ = ("_target", "_callback", "_hash", "__weakref__", "__dict__")

    def __new__(cls, obj, callback=None):
        _check_referenceable(obj)
        if callback is None and cls is ref:
            for existing in _weakref.attached(obj):
                if type(existing) is ref and existing._callback is None:
                    return existing
        self = object.__new__(cls)
        self._target = _getter(obj)
        self._callback = callback
        self._hash = None
        _weakref.attach(obj, self)
        if callback is not None:
            _watched[id(self)] = self
            if len(_watched) >= _sweep_at[0]:
                _sweep()
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._target()

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            obj = self._target()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        obj = self()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(obj, "__name__", None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(obj).__name__, id(obj), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType = ref


class KeyedRef(ref):
    """A weak reference that remembers a key (WeakValueDictionary's callback uses it)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


def getweakrefcount(obj):
    return sum(1 for r in _weakref.attached(obj) if r._target() is not None)


def getweakrefs(obj):
    return [r for r in _weakref.attached(obj) if r._target() is not None]


def _proxied(p):
    obj = object.__getattribute__(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType(object):
    """A stand-in that forwards to its referent and raises ReferenceError once it is gone."""

    __slots__ = ("_proxy_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        r = ref(obj, None if callback is None else (lambda _r: callback(self)))
        object.__setattr__(self, "_proxy_ref", r)

    def __getattribute__(self, name):
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_proxied(self))

    def __bytes__(self):
        return bytes(_proxied(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __bool__(self):
        return bool(_proxied(self))

    def __len__(self):
        return len(_proxied(self))

    def __iter__(self):
        return iter(_proxied(self))

    def __next__(self):
        return next(_proxied(self))

    def __contains__(self, item):
        return item in _proxied(self)

    def __getitem__(self, key):
        return _proxied(self)[key]

    def __setitem__(self, key, value):
        _proxied(self)[key] = value

    def __delitem__(self, key):
        del _proxied(self)[key]

    def __eq__(self, other):
        return _proxied(self) == other

    def __ne__(self, other):
        return _proxied(self) != other

    def __lt__(self, other):
        return _proxied(self) < other

    def __le__(self, other):
        return _proxied(self) <= other

    def __gt__(self, other):
        return _proxied(self) > other

    def __ge__(self, other):
        return _proxied(self) >= other

    def __add__(self, other):
        return _proxied(self) + other

    def __radd__(self, other):
        return other + _proxied(self)

    def __sub__(self, other):
        return _proxied(self) - other

    def __mul__(self, other):
        return _proxied(self) * other

    def __truediv__(self, other):
        return _proxied(self) / other

    def __mod__(self, other):
        return _proxied(self) % other

    def __neg__(self):
        return -_proxied(self)

    def __index__(self):
        return _proxied(self).__index__()

    def __int__(self):
        return int(_proxied(self))

    def __float__(self):
        return float(_proxied(self))

    def __enter__(self):
        return _proxied(self).__enter__()

    def __exit__(self, *args):
        return _proxied(self).__exit__(*args)


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj; callable when obj is."""
    _check_referenceable(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as its object and function."""

    __slots__ = ("_func_ref", "_meth_type", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = ref.__hash__


class _WeakMappingOps(object):
    # What both weak dictionaries build on their own items() and update(); copies are of the
    # plain class, as in CPython.
    __slots__ = ()

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        new = self._copy_class()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy


class WeakValueDictionary(_WeakMappingOps):
    """A mapping whose values are held weakly; an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self.data[key]() is None:
            raise KeyError(key)
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __iter__(self):
        return self.keys()

    def __eq__(self, other):
        if not isinstance(other, WeakValueDictionary):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default is WeakValueDictionary._MISSING:
                raise KeyError(key)
            return default
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()


class WeakKeyDictionary(_WeakMappingOps):
    """A mapping whose keys are held weakly; an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        return self.keys()

    def __eq__(self, other):
        if not isinstance(other, WeakKeyDictionary):
            return NotImplemented
        return len(self) == len(other) and all(k in other and other[k] == v for k, v in self.items())

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet(object):
    """A set whose members are held weakly; a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return self <= other and len(self) != len(set(other))

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self >= other and len(self) != len(set(other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(map(id, self)) == set(map(id, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class finalize(object):
    """finalize(obj, func, *args, **kwargs): calls func once, when obj dies or when called."""

    __slots__ = ()
    _registry = {}
    _index_iter = iter(range(1 << 62))

    class _Info(object):
        __slots__ = ("weakref", "func", "args", "kwargs", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))


WeakValueDictionary._copy_class = WeakValueDictionary
WeakKeyDictionary._copy_class = WeakKeyDictionary
