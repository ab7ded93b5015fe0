using System.Diagnostics;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>time</c> module: clocks and sleep.</summary>
internal static class TimeModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var start = Stopwatch.GetTimestamp();
        d["time"] = new PyBuiltinFunction("time", null, () => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds);
        d["time_ns"] = new PyBuiltinFunction("time_ns", null, () => Py.Int((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100));
        d["perf_counter"] = new PyBuiltinFunction("perf_counter", null, () => Stopwatch.GetElapsedTime(start).TotalSeconds);
        d["perf_counter_ns"] = new PyBuiltinFunction("perf_counter_ns", null, () => Py.Int(Stopwatch.GetElapsedTime(start).Ticks * 100));
        d["monotonic"] = new PyBuiltinFunction("monotonic", null, () => Stopwatch.GetElapsedTime(start).TotalSeconds);
        d["monotonic_ns"] = new PyBuiltinFunction("monotonic_ns", null, () => Py.Int(Stopwatch.GetElapsedTime(start).Ticks * 100));
        d["process_time"] = new PyBuiltinFunction("process_time", null, () => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        d["sleep"] = new PyBuiltinFunction("sleep", null, seconds =>
        {
            var s = Ops.ToFloat(seconds);
            if (s < 0)
            {
                throw Ops.ValueError("sleep length must be non-negative");
            }

            using var section = PythonThread.Blocking();
            Thread.Sleep(TimeSpan.FromSeconds(s));
            return Py.None;
        });
    }
}
