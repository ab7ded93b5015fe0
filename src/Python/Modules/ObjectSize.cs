using System.Numerics;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules;

/// <summary>sys.getsizeof: the byte sizes CPython 3.11 on 64 bits reports for its object layouts.</summary>
internal static class ObjectSize
{
    public static long Of(object value) => value switch
    {
        bool => 28,
        PyNone => 16,
        double => 24,
        long n => IntSize(n),
        int n => IntSize(n),
        BigInteger b => 24 + (4 * (((long)b.GetBitLength() + 29) / 30)),
        string s => StrSize(s),
        PyBytes b => 33 + b.Value.Length,
        PyTuple t => 40 + (8 * t.Count),
        PyList l => 56 + (8 * l.Count),
        _ => 48,
    };

    private static long IntSize(long n) => n == 0 ? 28 : 24 + (4 * ((BigInteger.Abs(n).GetBitLength() + 29) / 30));

    // CPython stores a str as 1, 2 or 4 bytes per code point, chosen by its widest character.
    private static long StrSize(string s)
    {
        var max = 0;
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            max = Math.Max(max, c);
            count++;
        }

        return max < 128 ? 49 + count : max < 256 ? 73 + count : max < 65536 ? 74 + (2 * count) : 76 + (4 * count);
    }
}
