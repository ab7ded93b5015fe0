using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class SysThreadingMathOsTests
{
    [Theory]
    [InlineData("print(sys.int_info)", "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)")]
    [InlineData("print(sys.flags.optimize, sys.flags.dev_mode, sys.hash_info.modulus, sys.float_repr_style)", "0 False 2305843009213693951 short")]
    [InlineData("print(sys.getsizeof(0), sys.getsizeof('abc'), sys.getsizeof('\\u20ac'), sys.getsizeof((1, 2)))", "28 52 76 56")]
    [InlineData("try:\n    sys.exit(None)\nexcept SystemExit as e:\n    print(e.code, e.args)", "None ()")]
    [InlineData("try:\n    sys.exit((1, 2))\nexcept SystemExit as e:\n    print(e.code, e.args)", "(1, 2) (1, 2)")]
    public void SysMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import sys\n" + code));
    }

    [Theory]
    [InlineData("lock = threading.Lock()\ntry:\n    lock.acquire(False, 1)\nexcept ValueError as e:\n    print(e)", "can't specify a timeout for a non-blocking call")]
    [InlineData("try:\n    threading.Lock().acquire(timeout=-5)\nexcept ValueError as e:\n    print(e)", "timeout value must be positive")]
    [InlineData("c = threading.Condition()\ntry:\n    c.notify()\nexcept RuntimeError as e:\n    print(e)", "cannot notify on un-acquired lock")]
    [InlineData("b = threading.Barrier(2, timeout=0.01)\ntry:\n    b.wait()\nexcept threading.BrokenBarrierError:\n    print('broken', b.broken)", "broken True")]
    [InlineData("class L(threading.local):\n    def __init__(self, v):\n        self.v = v\nl = L(5)\nl.v = 6\nout = []\nt = threading.Thread(target=lambda: out.append(l.v))\nt.start(); t.join()\nprint(l.v, out)", "6 [5]")]
    [InlineData("print(repr(threading.Thread(target=print, name='n', daemon=True)))", "<Thread(n, initial daemon)>")]
    public void ThreadingMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import threading\n" + code));
    }

    [Theory]
    [InlineData("print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1e100, 1.0, -1e100]))", "1.0000000000000002 1.0")]
    [InlineData("print(math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3, 0.4))", "1.4142135623730951e+308 inf 0.5477225575051661")]
    [InlineData("print(math.log10(10 ** 500), math.log2(2 ** 1100), math.gamma(5), math.lgamma(1))", "500.0 1100.0 24.0 0.0")]
    [InlineData("print(math.modf(-0.0), math.erf(-0.0), math.expm1(-0.0))", "(-0.0, -0.0) -0.0 -0.0")]
    public void MathMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import math\n" + code));
    }

    [Theory]
    [InlineData("math.sin(math.inf)", "ValueError: math domain error")]
    [InlineData("math.cosh(1000.0)", "OverflowError: math range error")]
    [InlineData("math.fsum([math.inf, -math.inf])", "ValueError: -inf + inf in fsum")]
    [InlineData("math.sqrt('4')", "TypeError: must be real number, not str")]
    [InlineData("math.isclose(1, 1, rel_tol=-1)", "ValueError: tolerances must be non-negative")]
    public void MathRaisesCPythonErrors(string code, string error)
    {
        Assert.Contains(error, PythonRunner.RunExpectingError("import math\n" + code));
    }

    [Theory]
    [InlineData("print(P.join(b'a', b'b'), P.split(b'/x/y'), P.splitext(b'a.tar.gz'))", "b'a/b' (b'/x', b'y') (b'a.tar', b'.gz')")]
    [InlineData("os.environ['PROBE_V'] = 'v'\nprint(P.expandvars('$PROBE_V/${PROBE_V}x/$NOPE_ZZ $$'))", "v/vx/$NOPE_ZZ $$")]
    [InlineData("print(os.strerror(2), type(OSError(21, 'x')).__name__, stat.filemode(0o104755))", "No such file or directory IsADirectoryError -rwsr-xr-x")]
    [InlineData("print(os.fsencode('a\\u00ef'), stat.S_ISDIR(os.stat('/').st_mode), os.path.isdir('/'))", "b'a\\xc3\\xaf' True True")]
    public void OsMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import os, stat, posixpath as P\n" + code));
    }

    [Fact]
    public void PosixpathJoinRefusesMixedStrAndBytes()
    {
        Assert.Contains("TypeError: Can't mix strings and bytes in path components", PythonRunner.RunExpectingError("import posixpath\nposixpath.join('a', b'b')"));
    }

    [Theory]
    [InlineData("s = io.StringIO('abc')\ntry:\n    s.seek(1, 1)\nexcept OSError as e:\n    print(e)", "Can't do nonzero cur-relative seeks")]
    [InlineData("b = io.BytesIO(b'abcdef')\nbuf = bytearray(3)\nprint(b.read1(1), b.readinto(buf), buf, bytes(b.getbuffer()))", "b'a' 3 bytearray(b'bcd') b'abcdef'")]
    [InlineData("print(issubclass(io.StringIO, io.TextIOBase), isinstance(open('/dev/null', 'rb'), io.BufferedIOBase))", "True True")]
    public void IoMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import io\n" + code));
    }
}
