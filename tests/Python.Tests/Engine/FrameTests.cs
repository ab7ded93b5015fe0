namespace IronUwsgi.Python.Tests.Engine;

// Each snippet runs under python3 at test time for the expected output.
public class FrameTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Fact]
    public void CallersFramesShowTheLineTheyCallFrom()
    {
        SameAsCPython("import sys\ndef inner():\n    f = sys._getframe()\n    print(f.f_lineno)\n    print(f.f_back.f_lineno, f.f_back.f_code.co_name, sys._getframe(2).f_lineno)\ndef outer():\n    x = 1\n    inner()\nouter()\n");
    }

    [Fact]
    public void FrameObjectsAreTheSameWhileTheFrameRuns()
    {
        SameAsCPython("import sys\ndef f():\n    a = sys._getframe()\n    print(a is sys._getframe(), a.f_back is sys._getframe(1), a.f_globals is globals())\nf()\n");
    }

    [Fact]
    public void ModuleAndClassFramesHaveTheirNamespaceAsLocals()
    {
        SameAsCPython("import sys\nprint(sys._getframe().f_locals is globals())\nclass C:\n    a = 1\n    print(sorted(locals()), sys._getframe().f_locals is locals(), sorted(vars()))\n");
    }

    [Fact]
    public void ExtractStackAndLoggingSeeTheCallingLines()
    {
        SameAsCPython("import traceback, logging, sys\ndef f():\n    return [(s.lineno, s.name) for s in traceback.extract_stack()]\ndef g():\n    return f()\nprint(g()[-3:])\n"
            + "h = logging.StreamHandler(sys.stdout)\nh.setFormatter(logging.Formatter('%(lineno)d %(funcName)s %(message)s'))\nlog = logging.getLogger('t')\nlog.addHandler(h)\ndef emit():\n    log.warning('here')\nemit()\n");
    }

    [Fact]
    public void AFunctionThatAsksForItsFrameSeesItsLocals()
    {
        SameAsCPython("import sys\ndef f(a):\n    y = 5\n    here = sys._getframe()\n    z = a + y\n    print(sorted(k for k in here.f_locals), here.f_locals['z'])\nf(1)\n");
    }
}
