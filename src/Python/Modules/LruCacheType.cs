using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// functools._lru_cache_wrapper in C#: the callable lru_cache returns. The cache is an insertion-ordered
/// dict kept in recency order (a hit moves its key to the end; eviction drops the first key).
/// </summary>
internal static class LruCacheType
{
    public static readonly PyType Type = Py.DefineType("_lru_cache_wrapper", null, TypeFlags.HasDict, "functools", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            var a = ItertoolsArgs.Bind("_lru_cache_wrapper", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 4);
            var function = a[0]!;
            if (Py.TypeOf(function).Slots[(int)SlotId.Call] is null)
            {
                throw Ops.TypeError("the first argument must be callable");
            }
            long maxsize = -1;
            if (a[1] is not PyNone)
            {
                maxsize = IntOps.IsInt(a[1]!) ? Math.Max(0, Ops.IndexAsLongClamped(a[1]!)) : throw Ops.TypeError("maxsize should be integer or None");
            }
            return new LruCacheObject(cls, function, maxsize, Ops.IsTrue(a[2]!), a[3]!);
        });
        t.DefRaw("__call__", (args, kw) => ((LruCacheObject)args[0]).Call(args[1..], kw));
        t.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : new PyMethod(a[0], a[1]));
        t.Prop("__dict__", self => W(self).Dict ??= new PyDict(), (self, v) => W(self).Dict = v as PyDict ?? throw Ops.TypeError("__dict__ must be set to a dictionary"));
        t.Def("cache_info", self => W(self).Info());
        t.Def("cache_clear", self =>
        {
            W(self).Clear();
            return Py.None;
        });
        t.Def("__copy__", self => self);
        t.Def("__deepcopy__", (self, memo) => self);
    });

    private static LruCacheObject W(object self) => (LruCacheObject)self;
}

internal sealed class LruCacheObject(PyType type, object function, long maxsize, bool typed, object infoType) : PyObject(type)
{
    private readonly PyDict cache = new();
    private long hits;
    private long misses;

    public object Info() => Ops.Call(infoType, [Py.Int(hits), Py.Int(misses), maxsize < 0 ? Py.None : Py.Int(maxsize), Py.Int(cache.Count)]);

    public void Clear()
    {
        cache.Clear();
        hits = 0;
        misses = 0;
    }

    public override object Call1(object a) => Call(new[] { a }, null);

    public override object Call(object[] args, string[]? kwnames)
    {
        if (maxsize == 0)
        {
            misses++;
            return Ops.Call(function, args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        if (cache.Remove(key, out var cached))
        {
            cache[key] = cached;
            hits++;
            return cached;
        }
        misses++;
        var result = Ops.Call(function, args, kwnames);
        // A recursive call may have cached the same key meanwhile; keep that entry.
        if (!cache.ContainsKey(key))
        {
            cache[key] = result;
            if (maxsize > 0 && cache.Count > maxsize)
            {
                var pos = 0;
                if (cache.TryGetEntry(ref pos, out var oldest, out _))
                {
                    cache.Remove(oldest);
                }
            }
        }
        return result;
    }

    // CPython's _make_key: the arguments, a marker and the keyword items, then the types when typed;
    // a lone int or str argument is its own key.
    private object MakeKey(object[] args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        if (!typed && kwCount == 0 && args.Length == 1 && (args[0] is long or string))
        {
            return args[0];
        }
        var positional = args.Length - kwCount;
        var parts = new List<object>(args.Length * 2 + 1);
        parts.AddRange(args.AsSpan(0, positional));
        if (kwCount > 0)
        {
            // The wrapper type itself separates positional values from keyword items (no argument is it in practice).
            parts.Add(LruCacheType.Type);
            for (var i = 0; i < kwCount; i++)
            {
                parts.Add(kwnames![i]);
                parts.Add(args[positional + i]);
            }
        }
        if (typed)
        {
            foreach (var a in args)
            {
                parts.Add(Py.TypeOf(a));
            }
        }
        return new PyTuple(parts.ToArray());
    }
}
