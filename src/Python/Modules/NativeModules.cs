using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules;

/// <summary>Registers the modules written in C# with a new engine.</summary>
internal static class NativeModules
{
    public static void RegisterAll(PythonEngine engine)
    {
        engine.RegisterNative("time", TimeModule.Fill);
        engine.RegisterNative("math", MathModule.Fill);
        engine.RegisterNative("gc", GcModule.Fill);
        engine.RegisterNative("atexit", AtexitModule.Fill);
        engine.RegisterNative("_ast", AstModule.Fill);
        engine.RegisterNative("errno", ErrnoModule.Fill);
        engine.RegisterNative("_os", OsModule.Fill);
        engine.RegisterNative("_subprocess", Processes.SubprocessModule.Fill);
        engine.RegisterNative("_io", (_, module) => FileObject.FillIoModule(module));
        engine.RegisterNative("_thread", ThreadModule.Fill);
        engine.RegisterNative("_imp", ImpModule.Fill);
        engine.RegisterNative("_json", Json.JsonModule.Fill);
        engine.RegisterNative("_struct", Struct.StructModule.Fill);
        engine.RegisterNative("binascii", Binary.BinasciiModule.Fill);
        engine.RegisterNative("zlib", Binary.ZlibModule.Fill);
        engine.RegisterNative("_hashlib", Hashing.HashlibModule.Fill);
        engine.RegisterNative("_random", RandomModule.Fill);
        engine.RegisterNative("_typeinfo", TypeInfoModule.Fill);
        // As in CPython, the functions live in _operator (their __module__, which pickles name) and operator re-exports them.
        engine.RegisterNative("_operator", OperatorModule.Fill);
        engine.RegisterNative("operator", (e, module) =>
        {
            var source = ((PyModule)e.Import("_operator")).Dict!;
            var pos = 0;
            while (source.TryGetEntry(ref pos, out var key, out var value))
            {
                if (key is not "__name__")
                {
                    module.Dict![key] = value;
                }
            }
        });
        engine.RegisterNative("itertools", ItertoolsModule.Fill);
        engine.RegisterNative("_heapq", HeapqModule.Fill);
        engine.RegisterNative("_functools", (_, module) =>
        {
            module.Dict!["partial"] = PartialType.Type;
            module.Dict["_lru_cache_wrapper"] = LruCacheType.Type;
        });
        engine.RegisterNative("_collections", (_, module) =>
        {
            module.Dict!["deque"] = DequeType.Type;
            module.Dict["_tuplegetter"] = TupleGetterType.Type;
            module.Dict["_count_elements"] = CountElements.NewFunction();
        });
        engine.RegisterNative("_re", Re.ReModule.Fill);
        engine.RegisterNative("_weakref", WeakrefModule.Fill);
        engine.RegisterNative("unicodedata", UnicodedataModule.Fill);
        engine.RegisterNative("array", Arrays.ArrayModule.Fill);
        engine.RegisterNative("_codecs", CodecsModule.Fill);
        engine.RegisterNative("_picklebuffer", (_, module) => module.Dict!["PickleBuffer"] = PickleBufferType.Type);
    }
}
