namespace IronUwsgi.Python.Lexing;

/// <summary>
/// Finds the end of a number token with CPython's rules and messages. The cursor follows
/// CPython's tokenizer (read advances, back-up retreats) because its error offsets are the cursor.
/// </summary>
internal ref struct NumberScanner(string src, int start)
{
    private readonly string _src = src;
    private readonly int _start = start;
    private int _p = start;
    private string? _error;

    /// <summary>
    /// Scans the number and returns its end. On error sets <paramref name="error"/> and the char
    /// indexes the error's offset and end offset designate (-1: same as the offset).
    /// </summary>
    public int Scan(out string? error, out int errorAt, out int errorEnd)
    {
        errorEnd = -1;
        int zerosEnd = -1;
        bool ok = ScanNumber(ref zerosEnd);
        error = _error;
        errorAt = _p - 1;
        if (!ok && zerosEnd >= 0)
        {
            // The leading-zeros error spans from the token start to the zeros.
            errorAt = _start;
            errorEnd = zerosEnd - 1;
        }
        return _p;
    }

    private char Read()
    {
        char c = _p < _src.Length ? _src[_p] : '\0';
        _p++;
        return c;
    }

    private void Back() => _p--;

    private bool Fail(string message)
    {
        _error = message;
        return false;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    private static bool IsPotentialIdentifierChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || IsDigit(c) || c == '_' || c >= 0x80;

    private bool ScanNumber(ref int zerosEnd)
    {
        char c = Read();
        if (c == '.')
        {
            c = Read();
            return Fraction(c);
        }
        if (c != '0')
        {
            c = DecimalTail();
            if (c == '\0' && _error is not null)
            {
                return false;
            }
            if (c == '.')
            {
                return Fraction(Read());
            }
            return AfterFraction(c);
        }

        c = Read();
        if (c == 'x' || c == 'X')
        {
            c = Read();
            do
            {
                if (c == '_')
                {
                    c = Read();
                }
                if (!IsHex(c))
                {
                    Back();
                    return Fail("invalid hexadecimal literal");
                }
                do
                {
                    c = Read();
                }
                while (IsHex(c));
            }
            while (c == '_');
            return End(c, "hexadecimal");
        }
        if (c == 'o' || c == 'O')
        {
            return Radix(8, "octal");
        }
        if (c == 'b' || c == 'B')
        {
            return Radix(2, "binary");
        }

        bool nonZero = false;
        while (true)
        {
            if (c == '_')
            {
                c = Read();
                if (!IsDigit(c))
                {
                    Back();
                    return Fail("invalid decimal literal");
                }
            }
            if (c != '0')
            {
                break;
            }
            c = Read();
        }
        int zeros = _p;
        if (IsDigit(c))
        {
            nonZero = true;
            c = DecimalTail();
            if (c == '\0' && _error is not null)
            {
                return false;
            }
        }
        if (c == '.')
        {
            return Fraction(Read());
        }
        if (c == 'e' || c == 'E')
        {
            return Exponent(c);
        }
        if (c == 'j' || c == 'J')
        {
            return Imaginary();
        }
        if (nonZero)
        {
            Back();
            zerosEnd = zeros;
            return Fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        return End(c, "decimal");
    }

    private bool Radix(int radix, string kind)
    {
        char top = (char)('0' + radix);
        char c = Read();
        do
        {
            if (c == '_')
            {
                c = Read();
            }
            if (c < '0' || c >= top)
            {
                if (IsDigit(c))
                {
                    return Fail($"invalid digit '{c}' in {kind} literal");
                }
                Back();
                return Fail($"invalid {kind} literal");
            }
            do
            {
                c = Read();
            }
            while (c >= '0' && c < top);
        }
        while (c == '_');
        if (IsDigit(c))
        {
            return Fail($"invalid digit '{c}' in {kind} literal");
        }
        return End(c, kind);
    }

    /// <summary>Digits with single underscores between them; the first digit is already read.</summary>
    private char DecimalTail()
    {
        char c;
        while (true)
        {
            do
            {
                c = Read();
            }
            while (IsDigit(c));
            if (c != '_')
            {
                return c;
            }
            c = Read();
            if (!IsDigit(c))
            {
                Back();
                Fail("invalid decimal literal");
                return '\0';
            }
        }
    }

    private bool Fraction(char c)
    {
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == '\0' && _error is not null)
            {
                return false;
            }
        }
        return AfterFraction(c);
    }

    private bool AfterFraction(char c)
    {
        if (c == 'e' || c == 'E')
        {
            return Exponent(c);
        }
        if (c == 'j' || c == 'J')
        {
            return Imaginary();
        }
        return End(c, "decimal");
    }

    private bool Exponent(char e)
    {
        char c = Read();
        if (c == '+' || c == '-')
        {
            c = Read();
            if (!IsDigit(c))
            {
                Back();
                return Fail("invalid decimal literal");
            }
        }
        else if (!IsDigit(c))
        {
            // "1e" followed by a keyword such as "else": the number ends before the 'e'.
            Back();
            return End(e, "decimal");
        }
        c = DecimalTail();
        if (c == '\0' && _error is not null)
        {
            return false;
        }
        if (c == 'j' || c == 'J')
        {
            return Imaginary();
        }
        return End(c, "decimal");
    }

    private bool Imaginary() => End(Read(), "imaginary");

    /// <summary>
    /// CPython's verify_end_of_number: a keyword that may follow a number (and, else, for, if,
    /// in, is, not, or) only warns; any other identifier character is an error. Leaves the
    /// cursor at the end of the number.
    /// </summary>
    private bool End(char c, string kind)
    {
        bool keyword = c switch
        {
            'a' => Ahead("nd"),
            'e' => Ahead("lse"),
            'f' => Ahead("or"),
            'i' => _p < _src.Length && _src[_p] is 'f' or 'n' or 's',
            'o' => Ahead("r"),
            'n' => Ahead("ot"),
            _ => false,
        };
        Back();
        if (keyword)
        {
            return true;
        }
        if (IsPotentialIdentifierChar(c))
        {
            return Fail($"invalid {kind} literal");
        }
        return true;
    }

    private readonly bool Ahead(string rest) =>
        _p + rest.Length <= _src.Length && _src.AsSpan(_p, rest.Length).SequenceEqual(rest);
}
