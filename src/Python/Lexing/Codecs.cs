using System.Text;

namespace IronUwsgi.Python.Lexing;

/// <summary>Maps Python codec names (with their usual aliases) to strict .NET decoders.</summary>
internal static class Codecs
{
    /// <summary>A decoder that throws on invalid input, or null when Python would not know the name.</summary>
    public static Encoding? Find(string pythonName)
    {
        // Python's codec lookup ignores case and treats '-', '_' and ' ' alike.
        string key = pythonName.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        int codePage = key switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => 65001,
            "iso-8859-1" or "iso8859-1" or "latin-1" or "latin1" or "l1" or "8859" or "cp819" or "latin" => 28591,
            "ascii" or "us-ascii" or "646" or "us" => 20127,
            "utf-16" or "utf16" => 1200,
            "utf-16-le" or "utf-16le" => 1200,
            "utf-16-be" or "utf-16be" => 1201,
            "utf-32" or "utf32" or "utf-32-le" or "utf-32le" => 12000,
            "utf-32-be" or "utf-32be" => 12001,
            "koi8-r" => 20866,
            "koi8-u" => 21866,
            "shift-jis" or "sjis" or "s-jis" or "shiftjis" => 932,
            "euc-jp" or "eucjp" => 20932,
            "gbk" or "936" or "cp936" or "ms936" => 936,
            "gb2312" => 936,
            "big5" or "big5-tw" or "csbig5" => 950,
            "euc-kr" or "euckr" => 51949,
            _ => CodePageFromName(key),
        };
        if (codePage <= 0)
        {
            return null;
        }
        var fallback = DecoderFallback.ExceptionFallback;
        return codePage switch
        {
            65001 => new UTF8Encoding(false, true),
            1200 => new UnicodeEncoding(false, false, true),
            1201 => new UnicodeEncoding(true, false, true),
            12000 => new UTF32Encoding(false, false, true),
            12001 => new UTF32Encoding(true, false, true),
            28591 => Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, fallback),
            20127 => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, fallback),
            _ => CodePages(codePage),
        };
    }

    private static int CodePageFromName(string key)
    {
        // cpNNNN, windows-NNNN and iso-8859-N name code-page encodings directly.
        if (key.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(key.AsSpan(2), out int cp))
        {
            return cp;
        }
        if (key.StartsWith("windows-", StringComparison.Ordinal) && int.TryParse(key.AsSpan(8), out cp))
        {
            return cp;
        }
        foreach (string prefix in (ReadOnlySpan<string>)["iso-8859-", "iso8859-", "8859-"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length), out int part)
                && part is >= 1 and <= 16)
            {
                return 28590 + part;
            }
        }
        return -1;
    }

    private static Encoding? CodePages(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        if (encoding is null)
        {
            return null;
        }
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
