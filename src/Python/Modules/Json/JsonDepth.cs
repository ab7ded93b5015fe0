using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Modules.Json;

/// <summary>How deep JSON nesting may go: what is left of the engine's recursion limit, as CPython's C encoder and scanner count it.</summary>
internal static class JsonDepth
{
    public static int Available()
    {
        var thread = PythonThread.CurrentOrNull;
        return thread is null ? 1000 : Math.Max(0, thread.Engine.RecursionLimit - thread.Depth);
    }
}
