using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class LoggingTests
{
    [Fact]
    public void BasicConfigUsesLevelNameLoggerNameFormat()
    {
        var output = PythonRunner.Run("import logging, io\ns = io.StringIO()\nlogging.basicConfig(stream=s, level=logging.INFO)\nlogging.getLogger('a.b').info('x=%d', 4)\nlogging.getLogger('a').debug('hidden')\nprint(repr(s.getvalue()))");
        Assert.Equal("'INFO:a.b:x=4\\n'\n", output);
    }

    [Fact]
    public void ChildRecordsPropagateToAncestorHandlersUntilPropagateIsFalse()
    {
        var output = PythonRunner.Run(
            "import logging, io\ns = io.StringIO()\nh = logging.StreamHandler(s)\nh.setFormatter(logging.Formatter('{name}:{message}', style='{'))\n" +
            "top = logging.getLogger('top')\ntop.addHandler(h)\ntop.propagate = False\nc = logging.getLogger('top.mid.leaf')\nc.warning('one')\n" +
            "print(c.parent is top, repr(s.getvalue()))");
        Assert.Equal("True 'top.mid.leaf:one\\n'\n", output);
    }

    [Fact]
    public void WarningWithoutHandlersGoesToStderrAsBareMessage()
    {
        var output = PythonRunner.Run("import logging, sys\nsys.stderr = sys.stdout\nlogging.getLogger('z').warning('plain %s', 'text')\nlogging.getLogger('z').info('dropped')");
        Assert.Equal("plain text\n", output);
    }

    [Fact]
    public void ExceptionAppendsTheTraceback()
    {
        var output = PythonRunner.Run(
            "import logging, io\ns = io.StringIO()\nl = logging.getLogger('e')\nh = logging.StreamHandler(s)\nl.addHandler(h)\ntry:\n    1/0\nexcept ZeroDivisionError:\n    l.exception('failed')\n" +
            "lines = s.getvalue().splitlines()\nprint(lines[0], lines[1], lines[-1])");
        Assert.Equal("failed Traceback (most recent call last): ZeroDivisionError: division by zero\n", output);
    }

    [Fact]
    public void LevelNamesMapBothWays()
    {
        Assert.Equal("WARNING 40 Level 7\n", PythonRunner.Run("import logging\nprint(logging.getLevelName(30), logging.getLevelName('ERROR'), logging.getLevelName(7))"));
    }

    [Fact]
    public void DictConfigBuildsHandlersFromClassNamesAndExtStreams()
    {
        var output = PythonRunner.Run(
            "import logging.config\nlogging.config.dictConfig({'version': 1, 'formatters': {'f': {'format': '%(name)s=%(message)s'}},\n" +
            " 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'}},\n" +
            " 'loggers': {'svc': {'level': 'INFO', 'handlers': ['h'], 'propagate': False}}})\nlogging.getLogger('svc.db').info('ready')");
        Assert.Equal("svc.db=ready\n", output);
    }

    [Fact]
    public void MemoryHandlerFlushesToTargetAtFlushLevel()
    {
        var output = PythonRunner.Run(
            "import logging, logging.handlers, io\ns = io.StringIO()\nm = logging.handlers.MemoryHandler(100, target=logging.StreamHandler(s))\n" +
            "l = logging.getLogger('m')\nl.addHandler(m)\nl.warning('a')\nprint(repr(s.getvalue()))\nl.error('b')\nprint(repr(s.getvalue()))");
        Assert.Equal("''\n'a\\nb\\n'\n", output);
    }
}
