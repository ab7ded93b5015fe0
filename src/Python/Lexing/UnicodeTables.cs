using System.IO.Compression;
using System.Text;

namespace IronUwsgi.Python.Lexing;

/// <summary>
/// The Unicode 14.0 data Python 3.11 uses and .NET in invariant mode lacks: identifier classes,
/// NFKC normalization and character names. Read once from the embedded UnicodeData.bin
/// (made by tools/unicode/generate.py); the loaded tables are immutable.
/// </summary>
internal static class UnicodeTables
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Data> Tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool IsXidStart(int cp) => cp < 0x80 ? char.IsAsciiLetter((char)cp) : InRanges(Tables.Value.XidStart, cp);

    public static bool IsXidContinue(int cp) =>
        cp < 0x80 ? char.IsAsciiLetterOrDigit((char)cp) || cp == '_' : InRanges(Tables.Value.XidContinue, cp);

    /// <summary>Looks up a character name or alias as "\N{...}" does (ASCII case-insensitive).</summary>
    public static bool TryLookupName(ReadOnlySpan<char> name, out int cp)
    {
        const string Cjk = "CJK UNIFIED IDEOGRAPH-";
        var data = Tables.Value;
        if (name.StartsWith(Cjk, StringComparison.OrdinalIgnoreCase))
        {
            // Four or five uppercase hex digits, as CPython's _getcode requires.
            var hex = name[Cjk.Length..];
            cp = 0;
            if (hex.Length is not (4 or 5))
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
        return data.Names.TryGetValue(name, out cp);
    }

    /// <summary>Unicode normalization form KC.</summary>
    public static string NormalizeNfkc(ReadOnlySpan<char> s)
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
            Decompose(data, cp, cps);
        }
        Reorder(data, cps);
        Compose(data, cps);
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static bool IsQuickYes(Data data, ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = Identifiers.CodePointAt(s, i);
            if (cp > 0xFFFF)
            {
                i++;
            }
            if (cp >= 0x80 && (data.Decompositions.ContainsKey(cp) || data.CombiningClass.ContainsKey(cp)
                || data.ComposingSeconds.Contains(cp) || (cp >= SBase && cp < SBase + SCount)
                || (cp >= LBase && cp < TBase + TCount)))
            {
                return false;
            }
        }
        return true;
    }

    private static void Decompose(Data data, int cp, List<int> output)
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
        if (data.Decompositions.TryGetValue(cp, out int[]? seq))
        {
            output.AddRange(seq);
            return;
        }
        output.Add(cp);
    }

    private static int Ccc(Data data, int cp) => data.CombiningClass.TryGetValue(cp, out byte c) ? c : 0;

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
        return data.Compositions.TryGetValue(((long)first << 21) | (uint)second, out composite);
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

    private sealed class Data
    {
        public required int[] XidStart { get; init; }
        public required int[] XidContinue { get; init; }
        public required Dictionary<int, int[]> Decompositions { get; init; }
        public required Dictionary<int, byte> CombiningClass { get; init; }
        public required Dictionary<long, int> Compositions { get; init; }
        public required HashSet<int> ComposingSeconds { get; init; }
        public required int[] CjkUnified { get; init; }
        public required Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Names { get; init; }
    }

    private static Data Load()
    {
        using var resource = typeof(UnicodeTables).Assembly.GetManifestResourceStream("IronUwsgi.Python.UnicodeData.bin")
            ?? throw new InvalidOperationException("UnicodeData.bin resource is missing");
        using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
        using var reader = new BinaryReader(inflated, Encoding.ASCII);

        int[] xidStart = ReadRanges(reader);
        int[] xidContinue = ReadRanges(reader);

        int n = reader.ReadInt32();
        var decompositions = new Dictionary<int, int[]>(n);
        for (int i = 0; i < n; i++)
        {
            int cp = reader.ReadInt32();
            var seq = new int[reader.ReadByte()];
            for (int k = 0; k < seq.Length; k++)
            {
                seq[k] = reader.ReadInt32();
            }
            decompositions[cp] = seq;
        }

        n = reader.ReadInt32();
        var ccc = new Dictionary<int, byte>(n);
        for (int i = 0; i < n; i++)
        {
            int cp = reader.ReadInt32();
            ccc[cp] = reader.ReadByte();
        }

        n = reader.ReadInt32();
        var compositions = new Dictionary<long, int>(n);
        var seconds = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            int a = reader.ReadInt32(), b = reader.ReadInt32(), c = reader.ReadInt32();
            compositions[((long)a << 21) | (uint)b] = c;
            seconds.Add(b);
        }

        int[] cjk = ReadRanges(reader);
        var names = new Dictionary<string, int>(50_000, StringComparer.OrdinalIgnoreCase);
        for (int section = 0; section < 2; section++)
        {
            n = reader.ReadInt32();
            for (int i = 0; i < n; i++)
            {
                int cp = reader.ReadInt32();
                names[Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte()))] = cp;
            }
        }

        return new Data
        {
            XidStart = xidStart,
            XidContinue = xidContinue,
            Decompositions = decompositions,
            CombiningClass = ccc,
            Compositions = compositions,
            ComposingSeconds = seconds,
            CjkUnified = cjk,
            Names = names.GetAlternateLookup<ReadOnlySpan<char>>(),
        };
    }

    private static int[] ReadRanges(BinaryReader reader)
    {
        var ranges = new int[reader.ReadInt32() * 2];
        for (int i = 0; i < ranges.Length; i++)
        {
            ranges[i] = reader.ReadInt32();
        }
        return ranges;
    }
}
