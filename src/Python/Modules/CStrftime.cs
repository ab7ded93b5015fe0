using System.Globalization;
using System.Text;

namespace IronUwsgi.Python.Modules;

/// <summary>The broken-down time strftime formats: struct tm's fields with Python's conventions.</summary>
/// <param name="Weekday">Monday is 0, as in time.struct_time.</param>
/// <param name="YearDay">1-based, as in time.struct_time.</param>
internal readonly record struct BrokenDownTime(
    long Year, int Month, int Day, int Hour, int Minute, int Second, int Weekday, int YearDay, int IsDst, string Zone, long GmtOffset, long EpochSeconds);

/// <summary>
/// glibc's strftime in the C locale: every conversion, the flags <c>_ - 0 ^ #</c>, field widths
/// and the E/O modifiers; unknown conversions are copied as written, as glibc does.
/// </summary>
internal static class CStrftime
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(string format, in BrokenDownTime t)
    {
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                text.Append(format[i]);
                continue;
            }

            var start = i;
            var pad = '\0';
            var upper = false;
            var swap = false;
            while (i + 1 < format.Length && format[i + 1] is '_' or '-' or '0' or '^' or '#')
            {
                switch (format[++i])
                {
                    case '^': upper = true; break;
                    case '#': swap = true; break;
                    default: pad = format[i]; break;
                }
            }

            var width = -1;
            while (i + 1 < format.Length && char.IsAsciiDigit(format[i + 1]))
            {
                width = Math.Max(width, 0) * 10 + (format[++i] - '0');
            }

            if (i + 1 < format.Length && format[i + 1] is 'E' or 'O')
            {
                i++;
            }

            if (i + 1 >= format.Length)
            {
                text.Append(format, start, format.Length - start);
                break;
            }

            var c = format[++i];
            var piece = Convert(c, t, pad, width, upper, swap);
            text.Append(piece ?? format.Substring(start, i - start + 1));
        }

        return text.ToString();
    }

    private static string? Convert(char c, in BrokenDownTime t, char pad, int width, bool upper, bool swap)
    {
        var hour12 = (t.Hour + 11) % 12 + 1;
        return c switch
        {
            'a' => Text(Days[t.Weekday][..3], pad, width, upper || swap),
            'A' => Text(Days[t.Weekday], pad, width, upper || swap),
            'b' or 'h' => Text(Months[t.Month - 1][..3], pad, width, upper || swap),
            'B' => Text(Months[t.Month - 1], pad, width, upper || swap),
            'p' => Text(t.Hour < 12 ? "AM" : "PM", pad, width, upper, lower: swap),
            'P' => Text(t.Hour < 12 ? "am" : "pm", pad, width, upper, lower: true),
            'Z' => Text(t.Zone, pad, width, upper, lower: swap),
            'c' => Text(Format("%a %b %e %H:%M:%S %Y", t), pad, width, upper),
            'x' or 'D' => Text(Format("%m/%d/%y", t), pad, width, upper),
            'X' or 'T' => Text(Format("%H:%M:%S", t), pad, width, upper),
            'F' => Text(Format("%Y-%m-%d", t), pad, width, upper),
            'r' => Text(Format("%I:%M:%S %p", t), pad, width, upper),
            'R' => Text(Format("%H:%M", t), pad, width, upper),
            'n' => Text("\n", pad, width, upper),
            't' => Text("\t", pad, width, upper),
            '%' => Text("%", pad, width, upper),
            'Y' => Number(t.Year, 1, pad, width),
            'C' => Number(FloorDiv(t.Year, 100), 1, pad, width),
            'y' => Number(((t.Year % 100) + 100) % 100, 2, pad, width),
            'm' => Number(t.Month, 2, pad, width),
            'd' => Number(t.Day, 2, pad, width),
            'e' => Number(t.Day, 2, pad == '\0' ? '_' : pad, width),
            'H' => Number(t.Hour, 2, pad, width),
            'k' => Number(t.Hour, 2, pad == '\0' ? '_' : pad, width),
            'I' => Number(hour12, 2, pad, width),
            'l' => Number(hour12, 2, pad == '\0' ? '_' : pad, width),
            'M' => Number(t.Minute, 2, pad, width),
            'S' => Number(t.Second, 2, pad, width),
            'j' => Number(t.YearDay, 3, pad, width),
            'u' => Number(t.Weekday + 1, 1, pad, width),
            'w' => Number((t.Weekday + 1) % 7, 1, pad, width),
            'U' => Number((t.YearDay - 1 + 7 - ((t.Weekday + 1) % 7)) / 7, 2, pad, width),
            'W' => Number((t.YearDay - 1 + 7 - t.Weekday) / 7, 2, pad, width),
            'V' => Number(IsoWeek(t, out _) / 7 + 1, 2, pad, width),
            'G' => Number(IsoYear(t), 1, pad, width),
            'g' => Number(((IsoYear(t) % 100) + 100) % 100, 2, pad, width),
            's' => Number(t.EpochSeconds, 1, pad, width),
            'z' => t.IsDst < 0 ? "" : Offset(t.GmtOffset, pad, width),
            _ => null,
        };
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static string Text(string s, char pad, int width, bool upper, bool lower = false)
    {
        // glibc lets a lowercase request win over ^ (so %^P stays "am").
        if (lower)
        {
            s = s.ToLowerInvariant();
        }
        else if (upper)
        {
            s = s.ToUpperInvariant();
        }

        return width > s.Length ? s.PadLeft(width, pad == '0' ? '0' : ' ') : s;
    }

    private static string Number(long value, int digits, char pad, int width)
    {
        var magnitude = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var sign = value < 0 ? "-" : "";
        if (pad == '-')
        {
            return width > 0 ? (sign + magnitude).PadLeft(width) : sign + magnitude;
        }

        var size = Math.Max(width, digits) - sign.Length;
        return pad == '_' ? (sign + magnitude).PadLeft(size + sign.Length) : sign + magnitude.PadLeft(size, '0');
    }

    private static string Offset(long gmtoff, char pad, int width)
    {
        var sign = gmtoff < 0 ? '-' : '+';
        var minutes = Math.Abs(gmtoff) / 60;
        var body = (minutes / 60 * 100 + minutes % 60).ToString(CultureInfo.InvariantCulture);
        var size = Math.Max(width - 1, 4);
        return pad == '_' ? (sign + body).PadLeft(size + 1) : sign + body.PadLeft(size, '0');
    }

    // Days since the Monday starting ISO week 1 of the year, as glibc's iso_week_days.
    private static int IsoWeekDays(int yday0, int cWeekday)
    {
        const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday0 - ((yday0 - cWeekday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
    }

    private static int IsoWeek(in BrokenDownTime t, out long year)
    {
        year = t.Year;
        var yday0 = t.YearDay - 1;
        var cWeekday = (t.Weekday + 1) % 7;
        var days = IsoWeekDays(yday0, cWeekday);
        if (days < 0)
        {
            year--;
            return IsoWeekDays(yday0 + 365 + (IsLeap(year) ? 1 : 0), cWeekday);
        }

        var next = IsoWeekDays(yday0 - (365 + (IsLeap(year) ? 1 : 0)), cWeekday);
        if (next >= 0)
        {
            year++;
            return next;
        }

        return days;
    }

    private static long IsoYear(in BrokenDownTime t)
    {
        IsoWeek(t, out var year);
        return year;
    }

    private static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}
