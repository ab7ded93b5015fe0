using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class WeakrefTests
{
    [Fact]
    public void RefReturnsTheLiveObjectAndIsSharedWithoutCallback()
    {
        var output = PythonRunner.Run("import weakref\nclass A: pass\na = A()\nr = weakref.ref(a)\nprint(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))");
        Assert.Equal("True True 1\n", output);
    }

    [Fact]
    public void CallbackRunsAfterCollectionOfTheReferent()
    {
        var output = PythonRunner.Run(
            "import weakref, gc\nclass A: pass\ncalls = []\ndef make():\n    return weakref.ref(A(), lambda r: calls.append(r() is None))\nr = make()\ngc.collect()\nprint(r(), calls)");
        Assert.Equal("None [True]\n", output);
    }

    [Fact]
    public void WeakValueDictionaryDropsCollectedValues()
    {
        var output = PythonRunner.Run(
            "import weakref, gc\nclass A: pass\nkeep = A()\nd = weakref.WeakValueDictionary()\nd['keep'] = keep\ndef add():\n    d['gone'] = A()\nadd()\ngc.collect()\nprint(sorted(d), d['keep'] is keep)");
        Assert.Equal("['keep'] True\n", output);
    }

    [Fact]
    public void BuiltinValuesCannotBeWeaklyReferenced()
    {
        var error = PythonRunner.RunExpectingError("import weakref\nweakref.ref(3)");
        Assert.Contains("cannot create weak reference to 'int' object", error);
    }

    [Fact]
    public void ProxyRaisesReferenceErrorOnceTheReferentIsGone()
    {
        var output = PythonRunner.Run(
            "import weakref, gc\nclass A:\n    v = 7\ndef make():\n    a = A()\n    p = weakref.proxy(a)\n    print(p.v)\n    return p\np = make()\ngc.collect()\ntry:\n    p.v\nexcept ReferenceError as e:\n    print(e)");
        Assert.Equal("7\nweakly-referenced object no longer exists\n", output);
    }
}
