import traceback
def fmt(exc):
    return traceback.format_exception_only(type(exc), exc)
print(fmt(ValueError("bad value")), fmt(KeyError("k")), fmt(ZeroDivisionError()))
class CustomError(Exception):
    pass
print(fmt(CustomError("custom message")), fmt(CustomError()))
try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e), "".join(traceback.format_exception_only(type(e), e)).strip())
try:
    int("abc")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(fmt(e))
class WithStr(Exception):
    def __str__(self):
        return "from __str__"
print(fmt(WithStr("ignored")), fmt(Exception("multi\nline")))
try:
    def inner():
        raise RuntimeError("deep")
    inner()
except RuntimeError as e:
    print(traceback.format_exception(e)[-1], end="")
    print(traceback.format_exception(type(e), e, None), e.__traceback__ is not None)
