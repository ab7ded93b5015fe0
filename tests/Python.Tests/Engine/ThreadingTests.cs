namespace IronUwsgi.Python.Tests.Engine;

public class ThreadingTests
{
    [Fact]
    public void ThreadsAppendToSharedListWithoutLosingItems()
    {
        var output = PythonRunner.Run(
            "import threading\nitems = []\ndef work(k):\n    for i in range(2000):\n        items.append(k)\n" +
            "ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n" +
            "print(len(items), sorted(set(items)))");
        Assert.Equal("8000 [0, 1, 2, 3]\n", output);
    }

    [Fact]
    public void LockEventConditionAndQueueCoordinateThreads()
    {
        var output = PythonRunner.Run(
            "import threading, queue\nq = queue.Queue()\ndone = threading.Event()\nout = []\n" +
            "def consumer():\n    while True:\n        v = q.get()\n        if v is None:\n            break\n        out.append(v * 2)\n    done.set()\n" +
            "t = threading.Thread(target=consumer)\nt.start()\nfor i in range(5):\n    q.put(i)\nq.put(None)\ndone.wait()\nt.join()\n" +
            "print(out, t.is_alive(), threading.current_thread().name)");
        Assert.Equal("[0, 2, 4, 6, 8] False MainThread\n", output);
    }

    [Fact]
    public void ThreadLocalValuesAreSeparatePerThread()
    {
        var output = PythonRunner.Run(
            "import threading\nloc = threading.local()\nloc.v = 'main'\nseen = []\n" +
            "def f():\n    seen.append(hasattr(loc, 'v'))\n    loc.v = 'worker'\n    seen.append(loc.v)\n" +
            "t = threading.Thread(target=f)\nt.start()\nt.join()\nprint(loc.v, seen)");
        Assert.Equal("main [False, 'worker']\n", output);
    }
}
