using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace IronUwsgi.Python.Lexing;

/// <summary>
/// The Unicode 14.0 data Python 3.11 uses and .NET in invariant mode lacks: identifier classes,
/// NFKC normalization and character names. Read on first use from the embedded
/// UnicodeIdentifiers.bin and UnicodeNames.bin (made by tools/unicode/generate.py), each
/// separately since identifiers and "\N{...}" rarely both occur; the loaded tables are immutable.
/// </summary>
internal static class UnicodeTables
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Data> Tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<NameData> NameTables = new(LoadNames, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>CPython 3.11's str.isprintable for one code point, from its own table (NonPrintableRanges).</summary>
    public static bool IsPrintable(int cp)
    {
        ReadOnlySpan<int> pairs = Ast.NonPrintableRanges.Pairs;
        int lo = 0;
        int hi = (pairs.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < pairs[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > pairs[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsXidStart(int cp) => cp < 0x80 ? char.IsAsciiLetter((char)cp) : InRanges(Tables.Value.XidStart, cp);

    public static bool IsXidContinue(int cp) =>
        cp < 0x80 ? char.IsAsciiLetterOrDigit((char)cp) || cp == '_' : InRanges(Tables.Value.XidContinue, cp);

    /// <summary>
    /// Looks up a character name or alias as "\N{...}" does: ASCII case-insensitive, except the
    /// algorithmic CJK unified ideograph and Hangul syllable names, which must be uppercase.
    /// </summary>
    public static bool TryLookupName(ReadOnlySpan<char> name, out int cp)
    {
        const string Cjk = "CJK UNIFIED IDEOGRAPH-";
        var data = NameTables.Value;
        if (name.StartsWith(Cjk, StringComparison.OrdinalIgnoreCase))
        {
            // Exactly this prefix and four or five uppercase hex digits, as CPython's _getcode requires.
            var hex = name[Cjk.Length..];
            cp = 0;
            if (!name.StartsWith(Cjk, StringComparison.Ordinal) || hex.Length is not (4 or 5))
            {
                return false;
            }
            foreach (char c in hex)
            {
                int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    return false;
                }
                cp = (cp * 16) + digit;
            }
            return InRanges(data.CjkUnified, cp);
        }
        const string Hangul = "HANGUL SYLLABLE ";
        if (name.StartsWith(Hangul, StringComparison.OrdinalIgnoreCase) && name.ContainsAnyInRange('a', 'z'))
        {
            // CPython derives syllable names from the code point and matches them case-sensitively.
            cp = 0;
            return false;
        }
        return data.TryFind(name, out cp);
    }

    /// <summary>The character's name as unicodedata.name gives it (never an alias); null when it has none.</summary>
    public static string? NameOf(int cp) => NameTables.Value.NameOf(cp);

    /// <summary>Unicode normalization form KC.</summary>
    public static string NormalizeNfkc(ReadOnlySpan<char> s) => Normalize(s, compatibility: true, compose: true);

    /// <summary>
    /// NFC, NFD, NFKC or NFKD: decompose (canonically, or also by compatibility), order the marks,
    /// then optionally recompose. Lone surrogates pass through as starters, as in CPython.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> s, bool compatibility, bool compose)
    {
        var data = Tables.Value;
        if (IsQuickYes(data, s))
        {
            return s.ToString();
        }

        var cps = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = Identifiers.CodePointAt(s, i);
            if (cp > 0xFFFF)
            {
                i++;
            }
            Decompose(data, cp, compatibility, cps);
        }
        Reorder(data, cps);
        if (compose)
        {
            Compose(data, cps);
        }
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }
        return sb.ToString();
    }

    /// <summary>The character's numeric value as unicodedata.numeric gives it; null when it has none.</summary>
    public static double? NumericValue(int cp)
    {
        var data = Tables.Value;
        int index = IndexOf(data.NumericCodePoints, cp);
        return index >= 0 ? data.NumericValues[index] : null;
    }

    /// <summary>unicodedata.digit's value, or with <paramref name="decimalOnly"/> unicodedata.decimal's; null when none.</summary>
    public static int? DigitValue(int cp, bool decimalOnly)
    {
        var data = Tables.Value;
        var (codePoints, values) = decimalOnly ? (data.DecimalCodePoints, data.DecimalValues) : (data.DigitCodePoints, data.DigitValues);
        int index = IndexOf(codePoints, cp);
        return index >= 0 ? values[index] : null;
    }

    /// <summary>The general category as an index into the two-letter codes in the generator's order.</summary>
    public static int CategoryIndex(int cp) => RunValue(Tables.Value.CategoryRuns, cp);

    /// <summary>The bidirectional class as an index into the generator's BIDI names.</summary>
    public static int BidiIndex(int cp) => RunValue(Tables.Value.BidiRuns, cp);

    /// <summary>The east asian width as an index into the generator's WIDTHS names.</summary>
    public static int WidthIndex(int cp) => RunValue(Tables.Value.WidthRuns, cp);

    /// <summary>1 when the character is mirrored in bidirectional text, else 0.</summary>
    public static int Mirrored(int cp) => RunValue(Tables.Value.MirroredRuns, cp);

    private static int RunValue(int[] runs, int cp)
    {
        // Runs are (first code point, value) pairs: find the last run starting at or before cp.
        int lo = 0, hi = (runs.Length / 2) - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (runs[2 * mid] <= cp)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return runs[(2 * lo) + 1];
    }

    /// <summary>The canonical combining class (0 for starters).</summary>
    public static int CombiningClass(int cp) => Ccc(Tables.Value, cp);

    private static bool IsQuickYes(Data data, ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = Identifiers.CodePointAt(s, i);
            if (cp > 0xFFFF)
            {
                i++;
            }
            if (cp >= 0x80 && (data.DecompositionIndex(cp) >= 0 || Ccc(data, cp) != 0
                || IndexOf(data.ComposingSeconds, cp) >= 0 || (cp >= SBase && cp < SBase + SCount)
                || (cp >= LBase && cp < TBase + TCount)))
            {
                return false;
            }
        }
        return true;
    }

    private static void Decompose(Data data, int cp, bool compatibility, List<int> output)
    {
        int s = cp - SBase;
        if (s >= 0 && s < SCount)
        {
            output.Add(LBase + (s / NCount));
            output.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                output.Add(TBase + (s % TCount));
            }
            return;
        }
        var (codePoints, starts, pool) = compatibility
            ? (data.DecompositionCodePoints, data.DecompositionStarts, data.DecompositionPool)
            : (data.CanonicalCodePoints, data.CanonicalStarts, data.CanonicalPool);
        int index = IndexOf(codePoints, cp);
        if (index >= 0)
        {
            output.AddRange(pool.AsSpan(starts[index], starts[index + 1] - starts[index]));
            return;
        }
        output.Add(cp);
    }

    private static int Ccc(Data data, int cp)
    {
        int index = IndexOf(data.CombiningCodePoints, cp);
        return index >= 0 ? data.CombiningClasses[index] : 0;
    }

    private static int IndexOf(int[] sorted, int value)
    {
        int index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : -1;
    }

    /// <summary>Canonical ordering: stable sort of each run of non-starters by combining class.</summary>
    private static void Reorder(Data data, List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int c = Ccc(data, cps[i]);
            if (c == 0)
            {
                continue;
            }
            int j = i;
            while (j > 0 && Ccc(data, cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void Compose(Data data, List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }
        int starter = 0;
        int lastClass = Ccc(data, cps[0]) == 0 ? 0 : 256;
        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int cp = cps[read];
            int c = Ccc(data, cp);
            int first = cps[starter];
            // Not blocked: nothing since the starter, or everything since it has a lower class.
            if ((lastClass == 0 || lastClass < c) && TryCompose(data, first, cp, out int composite))
            {
                cps[starter] = composite;
                continue;
            }
            if (c == 0)
            {
                starter = write;
            }
            lastClass = c;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static bool TryCompose(Data data, int first, int second, out int composite)
    {
        int l = first - LBase, v = second - VBase;
        if (l >= 0 && l < LCount && v >= 0 && v < VCount)
        {
            composite = SBase + (((l * VCount) + v) * TCount);
            return true;
        }
        int s = first - SBase, t = second - TBase;
        if (s >= 0 && s < SCount && s % TCount == 0 && t > 0 && t < TCount)
        {
            composite = first + t;
            return true;
        }
        // Pairs sorted by first, then second.
        int lo = 0, hi = data.CompositionFirsts.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int order = data.CompositionFirsts[mid] != first
                ? data.CompositionFirsts[mid].CompareTo(first)
                : data.CompositionSeconds[mid].CompareTo(second);
            if (order == 0)
            {
                composite = data.Composites[mid];
                return true;
            }
            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        composite = 0;
        return false;
    }

    private static bool InRanges(int[] ranges, int cp)
    {
        // Pairs of inclusive bounds, sorted: binary search on the starts.
        int lo = 0, hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The identifier and NFKC tables: sorted int arrays searched in place.</summary>
    private sealed class Data
    {
        public required int[] XidStart { get; init; }
        public required int[] XidContinue { get; init; }
        public required int[] DecompositionCodePoints { get; init; }
        public required int[] DecompositionStarts { get; init; }
        public required int[] DecompositionPool { get; init; }
        public required int[] CombiningCodePoints { get; init; }
        public required int[] CombiningClasses { get; init; }
        public required int[] CompositionFirsts { get; init; }
        public required int[] CompositionSeconds { get; init; }
        public required int[] Composites { get; init; }
        public required int[] ComposingSeconds { get; init; }
        public required int[] CanonicalCodePoints { get; init; }
        public required int[] CanonicalStarts { get; init; }
        public required int[] CanonicalPool { get; init; }
        public required int[] NumericCodePoints { get; init; }
        public required double[] NumericValues { get; init; }
        public required int[] DigitCodePoints { get; init; }
        public required int[] DigitValues { get; init; }
        public required int[] DecimalCodePoints { get; init; }
        public required int[] DecimalValues { get; init; }
        public required int[] CategoryRuns { get; init; }
        public required int[] BidiRuns { get; init; }
        public required int[] WidthRuns { get; init; }
        public required int[] MirroredRuns { get; init; }

        public int DecompositionIndex(int cp) => IndexOf(DecompositionCodePoints, cp);
    }

    /// <summary>
    /// Names sorted by their ASCII bytes: entry i is at Offsets[i] as code point, length, name; an
    /// alias has <see cref="AliasBit"/> set in its code point.
    /// </summary>
    private sealed class NameData
    {
        public const int AliasBit = 1 << 30;

        public required int[] CjkUnified { get; init; }
        public required byte[] Blob { get; init; }
        public required int[] Offsets { get; init; }

        /// <summary>Code point to the offset of its (non-alias) name, built on first reverse lookup.</summary>
        public required Lazy<Dictionary<int, int>> ByCodePoint { get; init; }

        public Dictionary<int, int> IndexByCodePoint()
        {
            var map = new Dictionary<int, int>(Offsets.Length);
            foreach (var at in Offsets)
            {
                var cp = BitConverter.ToInt32(Blob, at);
                if ((cp & AliasBit) == 0)
                {
                    map[cp] = at;
                }
            }
            return map;
        }

        public string? NameOf(int cp)
        {
            if (InRanges(CjkUnified, cp))
            {
                return "CJK UNIFIED IDEOGRAPH-" + cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            }
            return ByCodePoint.Value.TryGetValue(cp, out var at) ? Encoding.ASCII.GetString(Blob, at + 5, Blob[at + 4]) : null;
        }

        public bool TryFind(ReadOnlySpan<char> name, out int cp)
        {
            cp = 0;
            Span<byte> key = stackalloc byte[255];
            if (name.Length > key.Length)
            {
                return false;
            }
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c >= 0x80)
                {
                    return false;
                }
                key[i] = (byte)char.ToUpperInvariant(c);
            }
            key = key[..name.Length];
            int lo = 0, hi = Offsets.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int at = Offsets[mid];
                int order = Blob.AsSpan(at + 5, Blob[at + 4]).SequenceCompareTo(key);
                if (order == 0)
                {
                    cp = BitConverter.ToInt32(Blob, at) & ~AliasBit;
                    return true;
                }
                if (order < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return false;
        }
    }

    private static Data Load()
    {
        int[] ints = MemoryMarshal.Cast<byte, int>(Inflate("UnicodeIdentifiers.bin")).ToArray();
        int pos = 0;
        return new Data
        {
            XidStart = Section(ints, ref pos, 2),
            XidContinue = Section(ints, ref pos, 2),
            DecompositionCodePoints = Section(ints, ref pos, 1),
            DecompositionStarts = Section(ints, ref pos, 1),
            DecompositionPool = Section(ints, ref pos, 1),
            CombiningCodePoints = Section(ints, ref pos, 1),
            CombiningClasses = Section(ints, ref pos, 1),
            CompositionFirsts = Section(ints, ref pos, 1),
            CompositionSeconds = Section(ints, ref pos, 1),
            Composites = Section(ints, ref pos, 1),
            ComposingSeconds = Section(ints, ref pos, 1),
            CanonicalCodePoints = Section(ints, ref pos, 1),
            CanonicalStarts = Section(ints, ref pos, 1),
            CanonicalPool = Section(ints, ref pos, 1),
            NumericCodePoints = Section(ints, ref pos, 1),
            NumericValues = MemoryMarshal.Cast<int, double>(Section(ints, ref pos, 2)).ToArray(),
            DigitCodePoints = Section(ints, ref pos, 1),
            DigitValues = Section(ints, ref pos, 1),
            DecimalCodePoints = Section(ints, ref pos, 1),
            DecimalValues = Section(ints, ref pos, 1),
            CategoryRuns = Section(ints, ref pos, 2),
            BidiRuns = Section(ints, ref pos, 2),
            WidthRuns = Section(ints, ref pos, 2),
            MirroredRuns = Section(ints, ref pos, 2),
        };
    }

    /// <summary>The next length-prefixed array (length counts items of <paramref name="width"/> ints).</summary>
    private static int[] Section(int[] ints, ref int pos, int width)
    {
        int count = ints[pos] * width;
        int[] section = ints.AsSpan(pos + 1, count).ToArray();
        pos += 1 + count;
        return section;
    }

    private static NameData LoadNames()
    {
        byte[] blob = Inflate("UnicodeNames.bin");
        int pos = 0;
        int rangeCount = BitConverter.ToInt32(blob, pos);
        var cjk = new int[rangeCount * 2];
        for (int i = 0; i < cjk.Length; i++)
        {
            cjk[i] = BitConverter.ToInt32(blob, pos + 4 + (4 * i));
        }
        pos += 4 + (4 * cjk.Length);
        var offsets = new int[BitConverter.ToInt32(blob, pos)];
        pos += 4;
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = pos;
            pos += 5 + blob[pos + 4];
        }
        NameData? data = null;
        data = new NameData
        {
            CjkUnified = cjk,
            Blob = blob,
            Offsets = offsets,
            ByCodePoint = new Lazy<Dictionary<int, int>>(() => data!.IndexByCodePoint(), LazyThreadSafetyMode.ExecutionAndPublication),
        };
        return data;
    }

    private static byte[] Inflate(string resourceName)
    {
        using var resource = typeof(UnicodeTables).Assembly.GetManifestResourceStream("IronUwsgi.Python." + resourceName)
            ?? throw new InvalidOperationException(resourceName + " resource is missing");
        using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflated.CopyTo(output);
        return output.ToArray();
    }

}
