"""Inspecting live objects: kind predicates, members, signatures and docstrings."""

import collections
import enum
import functools
import linecache
import sys
import types

__all__ = [
    'isfunction', 'ismethod', 'isclass', 'ismodule', 'isgenerator', 'isgeneratorfunction',
    'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isbuiltin', 'isroutine', 'iscode',
    'isabstract', 'ismethoddescriptor', 'isdatadescriptor', 'getmembers', 'signature', 'Signature',
    'Parameter', 'BoundArguments', 'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getmro', 'unwrap',
    'isframe', 'istraceback', 'currentframe', 'stack', 'trace', 'getframeinfo', 'getouterframes',
    'getinnerframes', 'getlineno', 'FrameInfo', 'Traceback', 'getgeneratorstate',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    """Return true if the object is a module."""
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    """Return true if the object is a class."""
    return isinstance(obj, type)


def ismethod(obj):
    """Return true if the object is a bound method written in Python."""
    return isinstance(obj, types.MethodType) and isinstance(obj.__func__, types.FunctionType)


def isfunction(obj):
    """Return true if the object is a user-defined function."""
    return isinstance(obj, types.FunctionType)


def isframe(obj):
    """Return true if the object is a frame object."""
    return isinstance(obj, types.FrameType)


def istraceback(obj):
    """Return true if the object is a traceback."""
    return isinstance(obj, types.TracebackType)


def iscode(obj):
    """Return true if the object is a code object."""
    return isinstance(obj, types.CodeType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    """Return true if the object is a generator."""
    return isinstance(obj, types.GeneratorType)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    """The state of a generator: created, running, suspended at a yield, or closed."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def iscoroutine(obj):
    """Return true if the object is a coroutine."""
    # The types module here has no CoroutineType, so the coroutine class is known by its name.
    return type(obj).__name__ == 'coroutine'


def isbuiltin(obj):
    """Return true if the object is a built-in function or method."""
    if isinstance(obj, types.BuiltinFunctionType):
        return True
    # Methods of built-in objects come out as bound methods around a native function here.
    return isinstance(obj, types.MethodType) and not isinstance(obj.__func__, types.FunctionType)


def ismethoddescriptor(obj):
    """Return true for method descriptors that are neither classes, methods, functions nor data descriptors."""
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    """Return true if the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    """Return true if the object is an abstract base class with abstract methods left."""
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', False))


def getmro(cls):
    """Return the class's method resolution order."""
    return cls.__mro__


def getmembers(obj, predicate=None):
    """Return all (name, value) members of an object, sorted by name, optionally filtered."""
    names = dir(obj)
    if isclass(obj):
        for base in obj.__mro__:
            for name in base.__dict__:
                if name not in names:
                    names.append(name)
    results = []
    seen = set()
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if key in seen:
            continue
        seen.add(key)
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation of a docstring: strip the common margin and blank edge lines."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    name = getattr(obj, '__name__', None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        qual = obj.__qualname__.split('.')
        module = sys.modules.get(obj.__module__)
        target = module
        for part in qual[:-1]:
            target = getattr(target, part, None)
        owner = target if isclass(target) else None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(obj):
    """Return the cleaned documentation string of an object, looking up inherited docs."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(obj)
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    """Return the module an object was defined in, or None."""
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def getfile(obj):
    """Return the name of the file in which an object was defined."""
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError(f'{obj!r} is a built-in module')
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if module is not None and getattr(module, '__file__', None):
            return module.__file__
        raise TypeError(f'{obj!r} is a built-in class')
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if isinstance(obj, types.GeneratorType):
        obj = obj.gi_code
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, got {type(obj).__name__}')


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the innermost object."""
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker, used in Parameter and Signature.replace."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """Format an annotation as a signature shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Create a customized copy of the Parameter."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to arguments."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args, {} for **kwargs)."""
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new_arguments.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{self.__class__.__name__} ({args})>'


class Signature:
    """The call signature of a callable: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if kind < top_kind:
                    raise ValueError(f'wrong parameter order: {top_kind.description} parameter before {kind.description} parameter')
                top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if param.name in params:
                    raise ValueError(f'duplicate parameter name: {param.name!r}')
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """Build the signature of a callable."""
        return _signature_from_callable(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Create a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                    parameters_ex = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                raise TypeError(f'missing a required argument: {param.name!r}')
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments')
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments')
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (arg_val, *arg_vals)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError(f'multiple values for argument {param.name!r}')
                arguments[param.name] = arg_val

        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError(f'missing a required argument: {name!r}')
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map positional and keyword arguments to parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(str(param))
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count
    varargs_name = None
    if code.co_flags & CO_VARARGS:
        varargs_name = names[pos_count + kwonly_count]
    if varargs_name is not None:
        parameters.append(Parameter(varargs_name, _VAR_POSITIONAL, annotation=annotations.get(varargs_name, _empty)))
    for name in names[index:index + kwonly_count]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty), annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        at = pos_count + kwonly_count + (1 if varargs_name is not None else 0)
        name = names[at]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped, cls):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, cls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(_signature_from_callable(obj.func, follow_wrapped, cls), obj)
    if isinstance(obj, type):
        for name in ('__new__', '__init__'):
            for base in obj.__mro__:
                if name in base.__dict__:
                    if base is object:
                        break
                    impl = getattr(obj, name)
                    if isfunction(impl) or isinstance(impl, types.MethodType):
                        sig = _signature_from_callable(impl, follow_wrapped, cls)
                        return sig if isinstance(impl, types.MethodType) else _drop_first(sig)
                    break
        # A builtin class, or one deriving from it without its own __new__ or __init__.
        for base in obj.__mro__[:-1]:
            text_signature = getattr(base, '__text_signature__', None)
            if text_signature:
                return _signature_fromstr(cls, base, text_signature)
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls([])
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if isbuiltin(obj) or ismethoddescriptor(obj):
        text_signature = getattr(obj, '__text_signature__', None)
        if text_signature:
            return _signature_fromstr(cls, obj, text_signature)
    if not isbuiltin(obj) and not ismethoddescriptor(obj):
        call = getattr(type(obj), '__call__', None)
        if call is not None and isfunction(call):
            return _drop_first(_signature_from_callable(call, follow_wrapped, cls))
    raise ValueError(f'no signature found for builtin {obj!r}')


def _signature_fromstr(cls, obj, text):
    """A Signature from a builtin's __text_signature__ ("($module, obj, /)"): its first "$" parameter is the
    module (always dropped) or self (dropped when bound, else positional-only)."""
    import ast
    marker = None
    if text.startswith('($'):
        end = min(i for i in (text.find(','), text.find(')')) if i >= 0)
        marker = text[2:end]
        text = '(__self' + text[end:]
    try:
        arguments = ast.parse('def _f' + text + ': pass').body[0].args
    except SyntaxError:
        raise ValueError(f'{obj!r} builtin has invalid signature') from None

    def value(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            raise ValueError(f'{obj!r} builtin has invalid signature') from None

    parameters = []
    positional = arguments.posonlyargs + arguments.args
    defaults = [_empty] * (len(positional) - len(arguments.defaults)) + [value(d) for d in arguments.defaults]
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        kind = _POSITIONAL_ONLY if i < len(arguments.posonlyargs) else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(arg.arg, kind, default=default))
    if arguments.vararg is not None:
        parameters.append(Parameter(arguments.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        parameters.append(Parameter(arg.arg, _KEYWORD_ONLY, default=_empty if default is None else value(default)))
    if arguments.kwarg is not None:
        parameters.append(Parameter(arguments.kwarg.arg, _VAR_KEYWORD))
    if marker is not None:
        bound = getattr(obj, '__self__', None)
        if marker == 'module' or (bound is not None and not ismodule(bound)):
            parameters.pop(0)
        else:
            parameters[0] = Parameter('self', _POSITIONAL_ONLY)
    return cls(parameters)


def _signature_from_partial(sig, partial):
    bound = sig.bind_partial(*partial.args, **partial.keywords)
    params = []
    for name, param in sig.parameters.items():
        if name in bound.arguments and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and name not in partial.keywords:
            continue
        if param.kind == _VAR_POSITIONAL and name in bound.arguments:
            params.append(param)
            continue
        if name in partial.keywords:
            kind = _KEYWORD_ONLY if param.kind == _POSITIONAL_OR_KEYWORD else param.kind
            params.append(param.replace(kind=kind, default=partial.keywords[name]))
        elif params and params[-1].kind == _KEYWORD_ONLY and param.kind == _POSITIONAL_OR_KEYWORD:
            params.append(param.replace(kind=_KEYWORD_ONLY))
        else:
            params.append(param)
    params.sort(key=lambda p: p.kind)
    return sig.replace(parameters=params)


def signature(obj, *, follow_wrapped=True):
    """Get a Signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


# ----- frames and the stack

_Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset', defaults=(None,) * 4)
_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """Where a frame is: file, line, function and the source lines around it."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    """A frame with the facts of getframeinfo."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def getlineno(frame):
    """Return the line number a frame is at."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Return a Traceback (file, line, function, context lines, index) for a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        start = max(lineno - 1 - context // 2, 0)
        source = linecache.getlines(filename, frame.f_globals)
        if source:
            start = min(start, max(len(source) - context, 0))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(lineno, lineno))


def _frame_infos(pairs, context):
    result = []
    for frame, traceback in pairs:
        info = getframeinfo(traceback if traceback is not None else frame, context)
        result.append(FrameInfo(frame, *info, positions=info.positions))
    return result


def getouterframes(frame, context=1):
    """Return FrameInfo records for a frame and each frame outside it, innermost first."""
    pairs = []
    while frame is not None:
        pairs.append((frame, None))
        frame = frame.f_back
    return _frame_infos(pairs, context)


def getinnerframes(tb, context=1):
    """Return FrameInfo records for a traceback's frame and each frame inside it, outermost first."""
    pairs = []
    while tb is not None:
        pairs.append((tb.tb_frame, tb))
        tb = tb.tb_next
    return _frame_infos(pairs, context)


def stack(context=1):
    """Return FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return FrameInfo records for the stack between this frame and where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
