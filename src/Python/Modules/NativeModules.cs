using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Modules;

/// <summary>Registers the modules written in C# with a new engine.</summary>
internal static class NativeModules
{
    public static void RegisterAll(PythonEngine engine)
    {
        engine.RegisterNative("time", TimeModule.Fill);
        engine.RegisterNative("math", MathModule.Fill);
        engine.RegisterNative("gc", GcModule.Fill);
        engine.RegisterNative("_ast", AstModule.Fill);
        engine.RegisterNative("errno", ErrnoModule.Fill);
        engine.RegisterNative("_os", OsModule.Fill);
        engine.RegisterNative("_thread", ThreadModule.Fill);
    }
}
