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

    // .NET's range of DateTimeOffset, in seconds from the epoch.
    private const long MinSeconds = -62135596800;
    private const long MaxSeconds = 253402300799;

    // A float is taken as it is; anything else must be an integer, as CPython's _PyTime_ObjectToTime_t requires.
    private static double TimeValue(object value) => value is double d ? d : IntOps.ToDouble(Ops.Index(value));

    private static long Seconds(object[] a)
    {
        if (a.Length == 0 || a[0] == Py.None)
        {
            return DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }

        var value = TimeValue(a[0]);
        if (double.IsNaN(value))
        {
            throw Ops.ValueError("Invalid value NaN (not a number)");
        }

        var seconds = Math.Floor(value);
        if (seconds < MinSeconds || seconds > MaxSeconds)
        {
            throw Ops.OverflowError("timestamp out of range for platform time_t");
        }

        return (long)seconds;
    }

    /// <summary>The local zone's abbreviation; .NET names UTC in words, the C library does not.</summary>
    private static string ZoneName(bool dst)
    {
        var zone = TimeZoneInfo.Local;
        var name = dst ? zone.DaylightName : zone.StandardName;
        return name.Contains(' ') && zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime ? "UTC" : name;
    }

    private static object StructTime(long seconds, bool local)
    {
        var utc = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var when = local ? TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.Local) : utc;
        var dst = local && TimeZoneInfo.Local.IsDaylightSavingTime(utc);
        var t = new PyTuple(StructTimeType,
        [
            Py.Int(when.Year), Py.Int(when.Month), Py.Int(when.Day), Py.Int(when.Hour), Py.Int(when.Minute), Py.Int(when.Second),
            Py.Int(((int)when.DayOfWeek + 6) % 7), Py.Int(when.DayOfYear), Py.Int(dst ? 1 : 0),
        ]);
        t.Dict = new PyDict
        {
            ["tm_zone"] = local ? ZoneName(dst) : "GMT",
            ["tm_gmtoff"] = Py.Int((long)when.Offset.TotalSeconds),
        };
        return t;
    }

    private static object Extra(object self, string name) =>
        ((PyObject)self).Dict is { } d && d.TryGetValue(name, out var v) ? v : Py.None;

    private static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - era * 400;
        var doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>Seconds since the epoch of a local broken-down time (mktime); fields may be out of range.</summary>
    private static long LocalToEpoch(long year, long month, long day, long hour, long minute, long second)
    {
        year += FloorDiv(month - 1, 12);
        month = ((month - 1) % 12 + 12) % 12 + 1;
        var naive = (DaysFromCivil(year, month, 1) + day - 1) * 86400 + hour * 3600 + minute * 60 + second;
        var offset = (long)TimeZoneInfo.Local.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(naive, MinSeconds + 86400, MaxSeconds - 86400))).TotalSeconds;
        var guess = naive - offset;
        var corrected = (long)TimeZoneInfo.Local.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(guess, MinSeconds, MaxSeconds))).TotalSeconds;
        return naive - corrected;
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    /// <summary>A struct_time or 9-tuple checked and normalised as CPython's gettmarg and checktm do.</summary>
    private static BrokenDownTime TimeArgument(object arg, string function)
    {
        if (arg is not PyTuple tuple)
        {
            throw Ops.TypeError("Tuple or struct_time argument required");
        }

        if (tuple.Items.Length != 9)
        {
            throw Ops.TypeError($"{function}(): illegal time tuple argument");
        }

        long F(int i) => Ops.IndexAsLong(tuple.Items[i]);
        var year = F(0);
        var month = F(1);
        var day = F(2);
        var hour = F(3);
        var minute = F(4);
        var second = F(5);
        var wday = F(6);
        var yday = F(7);
        var isdst = F(8);
        month = month == 0 ? 1 : month;
        day = day == 0 ? 1 : day;
        yday = yday == 0 ? 1 : yday;
        if (month < 1 || month > 12)
        {
            throw Ops.ValueError("month out of range");
        }

        if (day < 1 || day > 31)
        {
            throw Ops.ValueError("day of month out of range");
        }

        if (hour < 0 || hour > 23)
        {
            throw Ops.ValueError("hour out of range");
        }

        if (minute < 0 || minute > 59)
        {
            throw Ops.ValueError("minute out of range");
        }

        if (second < 0 || second > 61)
        {
            throw Ops.ValueError("seconds out of range");
        }

        var cWeekday = FloorMod(wday + 1, 7);
        if (yday < 1 || yday > 366)
        {
            throw Ops.ValueError("day of year out of range");
        }

        isdst = Math.Clamp(isdst, -1, 1);
        // As glibc: a tuple without tm_zone names the zone from tzname only when isdst is known.
        var zone = Extra(tuple, "tm_zone") as string ?? (isdst >= 0 ? ZoneName(isdst > 0) : "");
        var gmtoff = Extra(tuple, "tm_gmtoff") is { } g && g != Py.None ? Ops.IndexAsLong(g) : 0;
        return new BrokenDownTime(year, (int)month, (int)day, (int)hour, (int)minute, (int)second, (int)((cWeekday + 6) % 7), (int)yday, (int)isdst, zone, gmtoff,
            LocalToEpoch(year, month, day, hour, minute, second));
    }

    private static long FloorMod(long a, long b) => ((a % b) + b) % b;

    private static string AscTime(BrokenDownTime t) => CStrftime.Format("%a %b %e %H:%M:%S %Y", t);

    private static object Now() => StructTime(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), local: true);

    private static PyType MakeStructTimeType()
    {
        var t = Py.Bare("struct_time", Py.TupleType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = "The time value as returned by gmtime(), localtime(), and strptime()";
        t.Namespace["__module__"] = "time";
        t.Namespace["n_sequence_fields"] = Py.Int(9);
        t.Namespace["n_fields"] = Py.Int(11);
        t.Namespace["n_unnamed_fields"] = Py.Int(0);
        for (var i = 0; i < Fields.Length; i++)
        {
            var index = i;
            t.Prop(Fields[i], self => ((PyTuple)self)[index]);
        }

        t.Prop("tm_zone", self => Extra(self, "tm_zone"));
        t.Prop("tm_gmtoff", self => Extra(self, "tm_gmtoff"));
        t.DefNew((cls, args, kw) =>
        {
            if (args.Length is < 1 or > 2)
            {
                throw Ops.TypeError($"struct_time() takes at most 2 arguments ({args.Length} given)");
            }

            if (args[0] is not (PyTuple or PyList))
            {
                throw Ops.TypeError("constructor requires a sequence");
            }

            var items = Ops.ToArray(args[0]);
            if (items.Length < 9)
            {
                throw Ops.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            }

            if (items.Length > 11)
            {
                throw Ops.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            }

            var result = new PyTuple(cls, items[..9]);
            result.Dict = new PyDict
            {
                ["tm_zone"] = items.Length > 9 ? items[9] : Py.None,
                ["tm_gmtoff"] = items.Length > 10 ? items[10] : Py.None,
            };
            return result;
        });
        t.Def("__repr__", self =>
        {
            var items = ((PyTuple)self).Items;
            var parts = new string[Fields.Length];
            for (var i = 0; i < Fields.Length; i++)
            {
                parts[i] = Fields[i] + "=" + Ops.Repr(items[i]);
            }

            return "time.struct_time(" + string.Join(", ", parts) + ")";
        });
        t.Def("__reduce__", self => new PyTuple([Py.TypeOf(self), new PyTuple([new PyTuple(((PyTuple)self).Items), new PyDict()])]));
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
        d["process_time_ns"] = new PyBuiltinFunction("process_time_ns", null, () => Py.Int(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        d["struct_time"] = StructTimeType;
        d["timezone"] = Py.Int(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
        d["altzone"] = Py.Int(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
        d["daylight"] = Py.Int(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0);
        d["tzname"] = new PyTuple([ZoneName(dst: false), ZoneName(dst: true)]);
        d["gmtime"] = new PyBuiltinFunction("gmtime", null, 0, 1, a => StructTime(Seconds(a), local: false));
        d["localtime"] = new PyBuiltinFunction("localtime", null, 0, 1, a => StructTime(Seconds(a), local: true));
        d["mktime"] = new PyBuiltinFunction("mktime", null, t => (double)TimeArgument(t, "mktime").EpochSeconds);
        d["strftime"] = new PyBuiltinFunction("strftime", null, 1, 2, a =>
        {
            var format = a[0] as string ?? throw Ops.TypeError($"strftime() argument 1 must be str, not {Ops.TypeName(a[0])}");
            return CStrftime.Format(format, TimeArgument(a.Length > 1 ? a[1] : Now(), "strftime"));
        });
        d["strptime"] = new PyBuiltinFunction("strptime", null, 1, 2, a =>
            Ops.Call(Ops.GetAttr(engine.Import("_strptime"), "_strptime_time"), a));
        d["asctime"] = new PyBuiltinFunction("asctime", null, 0, 1, a => AscTime(TimeArgument(a.Length > 0 ? a[0] : Now(), "asctime")));
        d["ctime"] = new PyBuiltinFunction("ctime", null, 0, 1, a => AscTime(TimeArgument(StructTime(Seconds(a), local: true), "ctime")));
        d["sleep"] = new PyBuiltinFunction("sleep", null, seconds =>
        {
            var s = TimeValue(seconds);
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
