using System.Diagnostics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>time</c> module: clocks and sleep.</summary>
internal static class TimeModule
{
    private static readonly string[] Fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
    private static readonly PyType StructTimeType = MakeStructTimeType();

    private static DateTime At(object[] a)
    {
        var seconds = a.Length == 0 || a[0] == Py.None ? (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds : Math.Floor(Ops.ToFloat(a[0]));
        return DateTime.UnixEpoch.AddSeconds(seconds);
    }

    private static object StructTime(DateTime t, bool isLocal) => new PyTuple(StructTimeType,
    [
        Py.Int(t.Year), Py.Int(t.Month), Py.Int(t.Day), Py.Int(t.Hour), Py.Int(t.Minute), Py.Int(t.Second),
        Py.Int(((int)t.DayOfWeek + 6) % 7), Py.Int(t.DayOfYear), Py.Int(isLocal && TimeZoneInfo.Local.IsDaylightSavingTime(t) ? 1 : 0),
    ]);

    private static long Field(object t, int i) => Ops.IndexAsLong(Ops.GetItem(t, Py.Int(i)));

    private static DateTime FromTuple(object t) =>
        new DateTime((int)Field(t, 0), (int)Math.Max(1, Field(t, 1)), (int)Math.Max(1, Field(t, 2))).AddHours(Field(t, 3)).AddMinutes(Field(t, 4)).AddSeconds(Math.Min(59, Field(t, 5)));

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>strftime with the C library's directives (C locale).</summary>
    private static string Format(string format, object t)
    {
        var when = FromTuple(t);
        var wday = (int)Field(t, 6);
        var yday = (int)Field(t, 7);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                text.Append(format[i]);
                continue;
            }

            var c = format[++i];
            text.Append(c switch
            {
                'Y' => when.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                'y' => (when.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'm' => when.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'd' => when.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'e' => when.Day.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(2),
                'H' => when.Hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'I' => ((when.Hour + 11) % 12 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'M' => when.Minute.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'S' => when.Second.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                'p' => when.Hour < 12 ? "AM" : "PM",
                'a' => Days[wday][..3],
                'A' => Days[wday],
                'b' or 'h' => Months[when.Month - 1][..3],
                'B' => Months[when.Month - 1],
                'j' => yday.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                'w' => ((wday + 1) % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
                'c' => Format("%a %b %e %H:%M:%S %Y", t),
                'x' => Format("%m/%d/%y", t),
                'X' => Format("%H:%M:%S", t),
                'Z' => "UTC",
                'z' => "+0000",
                '%' => "%",
                _ => "%" + c,
            });
        }

        return text.ToString();
    }

    private static string AscTime(object t) => Format("%a %b %e %H:%M:%S %Y", t);

    private static PyType MakeStructTimeType()
    {
        var t = Py.Bare("struct_time", Py.TupleType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "time";
        for (var i = 0; i < Fields.Length; i++)
        {
            var index = i;
            t.Prop(Fields[i], self => ((PyTuple)self)[index]);
        }

        t.Prop("tm_zone", self => "UTC");
        t.Prop("tm_gmtoff", self => Py.Int(0));
        Py.ReadyBuiltin(t);
        return t;
    }

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
        d["struct_time"] = StructTimeType;
        d["timezone"] = Py.Int(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
        d["altzone"] = Py.Int(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
        d["daylight"] = Py.Int(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0);
        d["tzname"] = new PyTuple([TimeZoneInfo.Local.StandardName, TimeZoneInfo.Local.DaylightName]);
        d["gmtime"] = new PyBuiltinFunction("gmtime", null, 0, 1, a => StructTime(At(a), isLocal: false));
        d["localtime"] = new PyBuiltinFunction("localtime", null, 0, 1, a => StructTime(At(a).ToLocalTime(), isLocal: true));
        d["mktime"] = new PyBuiltinFunction("mktime", null, t =>
            (new DateTimeOffset(FromTuple(t), TimeZoneInfo.Local.GetUtcOffset(FromTuple(t))).UtcDateTime - DateTime.UnixEpoch).TotalSeconds);
        d["strftime"] = new PyBuiltinFunction("strftime", null, 1, 2, a =>
        {
            var format = a[0] as string ?? throw Ops.TypeError("strftime() argument 1 must be str");
            var t = a.Length > 1 ? a[1] : StructTime(DateTime.Now, isLocal: true);
            return Format(format, t);
        });
        d["asctime"] = new PyBuiltinFunction("asctime", null, 0, 1, a => AscTime(a.Length > 0 ? a[0] : StructTime(DateTime.Now, isLocal: true)));
        d["ctime"] = new PyBuiltinFunction("ctime", null, 0, 1, a => AscTime(StructTime(At(a).ToLocalTime(), isLocal: true)));
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
