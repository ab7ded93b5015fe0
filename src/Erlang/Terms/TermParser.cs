using System.Globalization;
using System.Numerics;
using System.Text;

namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// Reads Erlang term text: atoms, integers (with <c>Base#Digits</c> and <c>$c</c>), floats,
/// strings, binaries (<c>&lt;&lt;1,2:3,"ab"/utf8&gt;&gt;</c>), tuples, proper and improper lists,
/// maps, <c>fun M:F/A</c>, and the <c>#Pid/#Ref/#Port&lt;...&gt;</c> forms <see cref="TermPrinter"/>
/// writes. Containers go on an explicit stack, so deeply nested text parses safely.
/// </summary>
internal sealed class TermParser
{
    private readonly string _text;
    private int _position;

    private TermParser(string text) => _text = text;

    public static ErlTerm Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TermParser(text);
        var term = parser.ParseTerm();
        parser.SkipSpace();
        if (parser.Peek() == '.')
        {
            parser._position++;
            parser.SkipSpace();
        }
        if (parser._position < text.Length)
            throw parser.Error("unexpected text after the term");
        return term;
    }

    private ErlTerm ParseTerm()
    {
        var frames = new Stack<Frame>();
        while (true)
        {
            SkipSpace();
            ErlTerm value;
            if (TryOpen("{", '}', FrameKind.Tuple, frames, out var empty)
                || TryOpen("[", ']', FrameKind.List, frames, out empty)
                || TryOpen("#{", '}', FrameKind.Map, frames, out empty))
            {
                if (empty is null)
                    continue;
                value = empty;
            }
            else
            {
                value = ParseSimple();
            }
            while (true)
            {
                if (!frames.TryPeek(out var frame))
                    return value;
                SkipSpace();
                if (frame.Kind == FrameKind.Map && frame.Key is null)
                {
                    frame.Key = value;
                    Expect("=>");
                    break;
                }
                if (frame.Kind == FrameKind.Map)
                {
                    frame.Entries.Add(new(frame.Key!, value));
                    frame.Key = null;
                }
                else if (frame.AfterBar)
                {
                    frame.Tail = value;
                    Expect("]");
                    frames.Pop();
                    value = frame.Build(this);
                    continue;
                }
                else
                {
                    frame.Items.Add(value);
                }
                char next = Peek();
                if (next == ',')
                {
                    _position++;
                    break;
                }
                if (next == '|' && frame.Kind == FrameKind.List)
                {
                    _position++;
                    frame.AfterBar = true;
                    break;
                }
                if (next != frame.Close)
                    throw Error(frame.Kind == FrameKind.List ? "expected ',', '|' or ']'" : $"expected ',' or '{frame.Close}'");
                _position++;
                frames.Pop();
                value = frame.Build(this);
            }
        }
    }

    private bool TryOpen(string open, char close, FrameKind kind, Stack<Frame> frames, out ErlTerm? empty)
    {
        empty = null;
        if (string.CompareOrdinal(_text, _position, open, 0, open.Length) != 0)
            return false;
        int start = _position;
        _position += open.Length;
        SkipSpace();
        if (Peek() == close)
        {
            _position++;
            empty = kind switch
            {
                FrameKind.Tuple => ErlTuple.Empty,
                FrameKind.List => ErlList.Nil,
                _ => ErlMap.Empty,
            };
            return true;
        }
        frames.Push(new Frame(kind, close, start));
        return true;
    }

    private ErlTerm ParseSimple()
    {
        char c = Peek();
        if (char.IsAsciiLetterLower(c))
        {
            string name = ReadBareAtom();
            if (name == "fun" && char.IsWhiteSpace(Peek()))
                return ParseExport();
            return new ErlAtom(name);
        }
        if (c == '\'')
            return ParseQuotedAtom();
        if (c == '"')
            return ParseString();
        if (char.IsAsciiDigit(c) || ((c == '-' || c == '+') && char.IsAsciiDigit(PeekAt(1))) || c == '$' || ((c == '-' || c == '+') && PeekAt(1) == '$'))
            return ParseNumber();
        if (At("<<"))
            return ParseBinary();
        if (At("#Pid<"))
            return ParsePid();
        if (At("#Ref<"))
            return ParseRef();
        if (At("#Port<"))
            return ParsePort();
        if (char.IsAsciiLetterUpper(c) || c == '_')
            throw Error("variables are not terms");
        throw Error(_position >= _text.Length ? "the text ends where a term was expected" : $"unexpected '{c}' where a term was expected");
    }

    private ErlExport ParseExport()
    {
        SkipSpace();
        var module = ParseAtom();
        SkipSpace();
        Expect(":");
        SkipSpace();
        var function = ParseAtom();
        SkipSpace();
        Expect("/");
        SkipSpace();
        int arity = (int)ReadUnsigned(255, "arity");
        return new ErlExport(module, function, arity);
    }

    private ErlAtom ParseAtom()
    {
        if (Peek() == '\'')
            return ParseQuotedAtom();
        if (!char.IsAsciiLetterLower(Peek()))
            throw Error("expected an atom");
        return new ErlAtom(ReadBareAtom());
    }

    private string ReadBareAtom()
    {
        int start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '@'))
            _position++;
        return _text[start.._position];
    }

    private ErlAtom ParseQuotedAtom()
    {
        int start = _position;
        var name = ReadQuoted('\'');
        try
        {
            return new ErlAtom(name.ToString());
        }
        catch (ArgumentException error)
        {
            _position = start;
            throw Error(error.Message);
        }
    }

    private ErlTerm ParseString()
    {
        var codes = new List<ErlTerm>();
        do
        {
            foreach (var rune in ReadQuoted('"').ToString().EnumerateRunes())
                codes.Add(ErlInteger.Of(rune.Value));
            SkipSpace();
        }
        while (Peek() == '"');
        return codes.Count == 0 ? ErlList.Nil : new ErlList(codes.ToArray(), null);
    }

    // Reads a quoted atom or string body with Erlang's escapes; the opening quote is at the position.
    private StringBuilder ReadQuoted(char quote)
    {
        _position++;
        var text = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
                throw Error($"missing closing {quote}");
            char c = _text[_position++];
            if (c == quote)
                return text;
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            text.Append(char.ConvertFromUtf32(ReadEscape()));
        }
    }

    private int ReadEscape()
    {
        if (_position >= _text.Length)
            throw Error("the text ends inside an escape");
        char c = _text[_position++];
        switch (c)
        {
            case 'b': return '\b';
            case 'd': return 127;
            case 'e': return 27;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 's': return ' ';
            case 't': return '\t';
            case 'v': return '\v';
            case '^':
                if (_position >= _text.Length)
                    throw Error("the text ends inside an escape");
                return _text[_position++] & 31;
            case 'x':
                return ReadHexEscape();
            case >= '0' and <= '7':
                {
                    int value = c - '0';
                    for (int i = 0; i < 2 && Peek() is >= '0' and <= '7'; i++)
                        value = (value * 8) + (_text[_position++] - '0');
                    return value;
                }
            default:
                return c;
        }
    }

    private int ReadHexEscape()
    {
        bool braced = Peek() == '{';
        if (braced)
            _position++;
        int start = _position;
        while (_position < _text.Length && char.IsAsciiHexDigit(_text[_position]) && (braced || _position - start < 2))
            _position++;
        if (_position == start || !int.TryParse(_text.AsSpan(start, _position - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int value) || !Rune.IsValid(value))
            throw Error("bad \\x escape");
        if (braced)
            Expect("}");
        return value;
    }

    private ErlTerm ParseNumber()
    {
        int start = _position;
        bool negative = false;
        if (Peek() is '-' or '+')
            negative = _text[_position++] == '-';
        if (Peek() == '$')
        {
            _position++;
            if (_position >= _text.Length)
                throw Error("the text ends after '$'");
            int code;
            if (_text[_position] == '\\')
            {
                _position++;
                code = ReadEscape();
            }
            else
            {
                code = char.IsSurrogatePair(_text, _position) ? char.ConvertToUtf32(_text, _position) : _text[_position];
                _position += code > 0xFFFF ? 2 : 1;
            }
            return new ErlInteger(negative ? -code : code);
        }
        string digits = ReadDigits(char.IsAsciiDigit);
        if (Peek() == '#')
        {
            _position++;
            int radix = int.Parse(digits, CultureInfo.InvariantCulture);
            if (radix is < 2 or > 36)
                throw Error($"base {radix} is not 2..36");
            string value = ReadDigits(char.IsAsciiLetterOrDigit);
            var result = BigInteger.Zero;
            foreach (char d in value)
            {
                int digit = char.IsAsciiDigit(d) ? d - '0' : char.ToLowerInvariant(d) - 'a' + 10;
                if (digit >= radix)
                    throw Error($"'{d}' is not a base {radix} digit");
                result = (result * radix) + digit;
            }
            return new ErlInteger(negative ? -result : result);
        }
        if (Peek() == '.' && char.IsAsciiDigit(PeekAt(1)))
        {
            _position++;
            string fraction = ReadDigits(char.IsAsciiDigit);
            string exponent = "";
            if (Peek() is 'e' or 'E')
            {
                int mark = _position++;
                string expSign = Peek() is '-' or '+' ? _text[_position++].ToString() : "";
                if (!char.IsAsciiDigit(Peek()))
                {
                    _position = mark;
                    throw Error("expected exponent digits");
                }
                exponent = "e" + expSign + ReadDigits(char.IsAsciiDigit);
            }
            double number = double.Parse($"{digits}.{fraction}{exponent}", NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!double.IsFinite(number))
            {
                _position = start;
                throw Error("the float is out of range");
            }
            return new ErlFloat(negative ? -number : number);
        }
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long small))
            return new ErlInteger(negative ? -small : small);
        var big = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return new ErlInteger(negative ? -big : big);
    }

    private string ReadDigits(Func<char, bool> isDigit)
    {
        int start = _position;
        while (_position < _text.Length && (isDigit(_text[_position]) || (_text[_position] == '_' && _position > start && isDigit(PeekAt(1)))))
            _position++;
        if (_position == start)
            throw Error("expected digits");
        return _text[start.._position].Replace("_", "", StringComparison.Ordinal);
    }

    private ErlTerm ParseBinary()
    {
        _position += 2;
        var bits = new BitWriter();
        SkipSpace();
        if (At(">>"))
        {
            _position += 2;
            return ErlBinary.Empty;
        }
        while (true)
        {
            SkipSpace();
            ParseSegment(bits);
            SkipSpace();
            if (At(">>"))
            {
                _position += 2;
                return bits.ToTerm();
            }
            Expect(",");
        }
    }

    private void ParseSegment(BitWriter bits)
    {
        int start = _position;
        if (Peek() == '"')
        {
            string text = ReadQuoted('"').ToString();
            SkipSpace();
            bool utf8 = TryType("utf8");
            Span<byte> encoded = stackalloc byte[4];
            foreach (var rune in text.EnumerateRunes())
            {
                if (utf8)
                {
                    int length = rune.EncodeToUtf8(encoded);
                    for (int i = 0; i < length; i++)
                        bits.Write(encoded[i], 8);
                }
                else
                {
                    bits.Write(rune.Value & 0xFF, 8);
                }
            }
            return;
        }
        if (ParseNumber() is not ErlInteger value)
        {
            _position = start;
            throw Error("binary segments hold integers or strings");
        }
        SkipSpace();
        int size = 8;
        if (Peek() == ':')
        {
            _position++;
            SkipSpace();
            size = (int)ReadUnsigned(1 << 20, "segment size");
            SkipSpace();
        }
        if (TryType("utf8"))
        {
            if (value.Value < 0 || value.Value > 0x10FFFF || !Rune.IsValid((int)value.Value))
                throw Error($"{value} is not a Unicode code point");
            Span<byte> encoded = stackalloc byte[4];
            int length = new Rune((int)value.Value).EncodeToUtf8(encoded);
            for (int i = 0; i < length; i++)
                bits.Write(encoded[i], 8);
            return;
        }
        if (TryType("integer"))
            SkipSpace();
        bits.Write(value.Value, size);
    }

    private bool TryType(string type)
    {
        if (Peek() != '/')
            return false;
        int mark = _position++;
        SkipSpace();
        if (At(type))
        {
            _position += type.Length;
            return true;
        }
        _position = mark;
        return false;
    }

    private ErlPid ParsePid()
    {
        _position += "#Pid<".Length;
        var node = ParseAtom();
        Expect(".");
        uint id = (uint)ReadUnsigned(uint.MaxValue, "pid id");
        Expect(".");
        uint serial = (uint)ReadUnsigned(uint.MaxValue, "pid serial");
        Expect(".");
        uint creation = (uint)ReadUnsigned(uint.MaxValue, "creation");
        Expect(">");
        return new ErlPid(node, id, serial, creation);
    }

    private ErlRef ParseRef()
    {
        int start = _position;
        _position += "#Ref<".Length;
        var node = ParseAtom();
        Expect(".");
        uint creation = (uint)ReadUnsigned(uint.MaxValue, "creation");
        var ids = new List<uint>();
        while (Peek() == '.')
        {
            _position++;
            ids.Add((uint)ReadUnsigned(uint.MaxValue, "reference id"));
        }
        Expect(">");
        if (ids.Count is 0 or > ErlRef.MaxIds)
        {
            _position = start;
            throw Error($"a reference has 1 to {ErlRef.MaxIds} ids");
        }
        return new ErlRef(node, creation, ids.ToArray());
    }

    private ErlPort ParsePort()
    {
        _position += "#Port<".Length;
        var node = ParseAtom();
        Expect(".");
        ulong id = ReadUnsigned(ulong.MaxValue, "port id");
        Expect(".");
        uint creation = (uint)ReadUnsigned(uint.MaxValue, "creation");
        Expect(">");
        return new ErlPort(node, id, creation);
    }

    private ulong ReadUnsigned(ulong max, string what)
    {
        int start = _position;
        string digits = ReadDigits(char.IsAsciiDigit);
        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) || value > max)
        {
            _position = start;
            throw Error($"the {what} must be 0..{max}");
        }
        return value;
    }

    private void SkipSpace()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '%')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    _position++;
            }
            else
            {
                return;
            }
        }
    }

    private bool At(string expected) => string.CompareOrdinal(_text, _position, expected, 0, expected.Length) == 0;

    private void Expect(string expected)
    {
        if (!At(expected))
            throw Error($"expected '{expected}'");
        _position += expected.Length;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private char PeekAt(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private FormatException Error(string problem)
    {
        int from = Math.Max(0, _position - 10);
        string near = _text.Substring(from, Math.Min(_text.Length - from, 20));
        return new FormatException($"Erlang term text, position {_position}: {problem} (near \"{near}\")");
    }

    private enum FrameKind
    {
        Tuple,
        List,
        Map,
    }

    // A container whose elements are being parsed.
    private sealed class Frame(FrameKind kind, char close, int start)
    {
        public FrameKind Kind { get; } = kind;

        public char Close { get; } = close;

        public List<ErlTerm> Items { get; } = [];

        public List<KeyValuePair<ErlTerm, ErlTerm>> Entries { get; } = [];

        public ErlTerm? Key { get; set; }

        public bool AfterBar { get; set; }

        public ErlTerm? Tail { get; set; }

        public ErlTerm Build(TermParser parser)
        {
            switch (Kind)
            {
                case FrameKind.Tuple:
                    return new ErlTuple(Items.ToArray());
                case FrameKind.List:
                    return new ErlList(Items.ToArray(), Tail);
                default:
                    try
                    {
                        return new ErlMap(Entries.ToArray());
                    }
                    catch (ArgumentException error)
                    {
                        parser._position = start;
                        throw parser.Error(error.Message);
                    }
            }
        }
    }

    // Collects binary segments bit by bit, most significant first, as Erlang packs them.
    private sealed class BitWriter
    {
        private readonly List<byte> _bytes = [];
        private int _bitCount;

        public void Write(BigInteger value, int size)
        {
            for (int bit = size - 1; bit >= 0; bit--)
            {
                bool set = !((value >> bit) & BigInteger.One).IsZero;
                if (_bitCount % 8 == 0)
                    _bytes.Add(0);
                if (set)
                    _bytes[^1] |= (byte)(0x80 >> (_bitCount % 8));
                _bitCount++;
            }
        }

        public ErlTerm ToTerm()
        {
            int used = _bitCount % 8;
            var data = _bytes.ToArray();
            return used == 0 ? new ErlBinary(data, owned: true) : new ErlBitstring(data, used);
        }
    }
}
