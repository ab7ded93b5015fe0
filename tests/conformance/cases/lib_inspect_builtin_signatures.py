# inspect.signature of builtins: __text_signature__ where CPython has one, ValueError where it has none.
import builtins
import inspect

for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name.startswith('_') and name != '__import__' or not callable(obj) or isinstance(obj, type) and issubclass(obj, BaseException):
        continue
    if name in ('copyright', 'credits', 'license', 'exit', 'quit', 'help', 'aiter', 'anext', 'breakpoint', 'classmethod', 'staticmethod', 'type', 'map', 'filter', 'zip'):
        continue
    try:
        print(name, inspect.signature(obj))
    except ValueError as e:
        print(name, "ValueError", e)

print(repr(len.__text_signature__), repr(list.__text_signature__), int.__text_signature__)
sig = inspect.signature(sorted)
print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print([(p.name, p.kind.name) for p in inspect.signature(print).parameters.values()])
print(inspect.signature(len).bind([1]).arguments)
try:
    inspect.signature(len).bind(obj=[1])
except TypeError as e:
    print("TypeError", e)


class MyList(list):
    pass


class MyObject:
    pass


print(inspect.signature(MyList), MyList.__text_signature__, inspect.signature(MyObject), inspect.signature(object))
print(inspect.signature(pow).parameters['mod'].default, inspect.signature(round))
