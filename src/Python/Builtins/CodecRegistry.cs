using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// One engine's codec registry: the search functions registered with codecs.register, the CodecInfo cache and
/// the error handlers registered with codecs.register_error. The `encodings` package searches first, as in CPython.
/// </summary>
internal sealed class CodecRegistry
{
    private readonly List<object> searchers = [];
    private readonly Dictionary<string, object> cache = new();
    private readonly Dictionary<string, object> handlers = new();
    private object? builtinSearch;

    public void Register(object search)
    {
        if (!Modules.BuiltinFunctions.IsCallable(search))
        {
            throw Ops.TypeError("argument must be callable");
        }
        searchers.Add(search);
    }

    public void Unregister(object search)
    {
        if (searchers.Remove(search))
        {
            cache.Clear();
        }
    }

    public void Forget(string encoding) => cache.Remove(Codecs.Key(encoding));

    /// <summary>The CodecInfo (a 4-tuple or more) of <paramref name="encoding"/>; LookupError when no search function knows it.</summary>
    public object Lookup(string encoding)
    {
        var key = Codecs.Key(encoding);
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }
        builtinSearch ??= Ops.GetAttr(PythonThread.Current.Engine.Import("encodings"), "search_function");
        foreach (var search in searchers.Prepend(builtinSearch).ToList())
        {
            var found = Ops.Call(search, key);
            if (found is PyNone)
            {
                continue;
            }
            if (found is not PyTuple { Count: 4 })
            {
                throw Ops.TypeError("codec search functions must return 4-tuples");
            }
            cache[key] = found;
            return found;
        }
        throw Ops.Error(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    public void RegisterHandler(string name, object handler)
    {
        if (!Modules.BuiltinFunctions.IsCallable(handler))
        {
            throw Ops.TypeError("handler must be callable");
        }
        handlers[name] = handler;
    }

    /// <summary>A handler registered by name, or null: the built-in names are answered by <see cref="CodecErrors"/>.</summary>
    public object? Handler(string name) => handlers.GetValueOrDefault(name);
}
