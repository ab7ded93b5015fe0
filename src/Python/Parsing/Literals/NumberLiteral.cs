using System.Globalization;
using System.Numerics;

namespace IronUwsgi.Python.Parsing.Literals;

/// <summary>
/// The value of a Number token (already validated by the tokenizer): a <see cref="long"/> when
/// the int fits, else a <see cref="BigInteger"/>; a <see cref="double"/> for floats (correctly
/// rounded, overflow to infinity as in CPython); a <see cref="Complex"/> with zero real part for
/// imaginary literals.
/// </summary>
internal static class NumberLiteral
{
    public static object Parse(string text)
    {
        char last = text[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(text.AsSpan(0, text.Length - 1)));
        }
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (text[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(text.AsSpan(2), radix);
        }
        foreach (char c in text)
        {
            if (c is '.' or 'e' or 'E')
            {
                return ParseFloat(text);
            }
        }
        return ParseDecimal(text);
    }

    private static double ParseFloat(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = WithoutUnderscores(text, buffer);
        // .NET's parser is IEEE correctly rounded and gives infinity on overflow, like CPython's.
        return double.Parse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object ParseDecimal(string text)
    {
        long value = 0;
        int digits = 0;
        foreach (char c in text)
        {
            if (c == '_')
            {
                continue;
            }
            if (++digits > 18)
            {
                Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
                int n = WithoutUnderscores(text, buffer);
                return Narrow(BigInteger.Parse(buffer[..n], NumberStyles.None, CultureInfo.InvariantCulture));
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        long value = 0;
        int bits = 0;
        BigInteger? big = null;
        foreach (char c in digits)
        {
            if (c == '_')
            {
                continue;
            }
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (big is { } b)
            {
                big = (b << shift) | d;
                continue;
            }
            if (bits + shift > 62 && value != 0)
            {
                big = ((BigInteger)value << shift) | d;
                continue;
            }
            value = (value << shift) | (long)d;
            if (value != 0)
            {
                bits = 64 - (int)ulong.LeadingZeroCount((ulong)value);
            }
        }
        return big is { } result ? Narrow(result) : value;
    }

    private static object Narrow(BigInteger value) => value <= long.MaxValue ? (object)(long)value : value;

    private static int WithoutUnderscores(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }
        return n;
    }
}
