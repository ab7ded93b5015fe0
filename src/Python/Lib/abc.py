"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract decorators."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated spelling of @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcState:
    """The per-class registry and caches (CPython keeps them in _abc_impl too)."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self, version):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


# Bumped by every register() so that negative caches everywhere go stale.
_invalidation = [0]


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcState(_invalidation[0])
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC and returns it (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _invalidation[0] and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation[0]:
            state.negative_cache = set()
            state.negative_version = _invalidation[0]
        elif subclass in state.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.cache if ok else state.negative_cache).add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        state = cls._abc_impl
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {state.cache!r}", file=file)
        print(f"_abc_negative_cache: {state.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    """The current ABC cache token: it changes whenever a class is registered."""
    return _invalidation[0]


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ of an ABC after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: inheriting from ABC makes a class an abstract base class."""
    __slots__ = ()
