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

    [Fact]
    public void EachThreadKeepsItsOwnFramesAcrossLockHandOffsAndBlockingWaits()
    {
        // Frames find their thread through the engine's lock holder: recursion depth, the frame
        // stack and the handled exception must stay per thread while threads interleave.
        var output = PythonRunner.Run(
            "import sys, threading, time\nresults = {}\n" +
            "def deep(k, n):\n    if n == 0:\n        time.sleep(0.001)\n        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name\n    return deep(k, n - 1)\n" +
            "def work(k):\n    out = []\n    for i in range(300):\n        try:\n            raise KeyError(k)\n        except KeyError:\n            out.append(deep(k, 20 + k))\n            out.append(sys.exc_info()[1].args[0] == k)\n    results[k] = (set(out), len(out))\n" +
            "ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n" +
            "print(sorted((k, sorted(map(str, v[0])), v[1]) for k, v in results.items()))\nprint(sys._getframe().f_code.co_name, sys.exc_info()[0])");
        Assert.Equal(
            "[(0, [\"('deep', 'deep')\", 'True'], 600), (1, [\"('deep', 'deep')\", 'True'], 600), (2, [\"('deep', 'deep')\", 'True'], 600)]\n<module> None\n",
            output);
    }
}
