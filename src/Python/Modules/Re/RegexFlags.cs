namespace IronUwsgi.Python.Modules.Re;

/// <summary>The values of re's flags, as CPython numbers them.</summary>
internal static class RegexFlags
{
    public const int Template = 1;
    public const int IgnoreCase = 2;
    public const int Locale = 4;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Unicode = 32;
    public const int Verbose = 64;
    public const int Debug = 128;
    public const int Ascii = 256;

    /// <summary>Flags that may only be set for the whole pattern.</summary>
    public const int Global = Debug | Template;

    public const int TypeFlags = Ascii | Locale | Unicode;

    public static int FromLetter(int c) => c switch
    {
        'i' => IgnoreCase,
        'L' => Locale,
        'm' => Multiline,
        's' => DotAll,
        'x' => Verbose,
        'a' => Ascii,
        't' => Template,
        'u' => Unicode,
        _ => 0,
    };
}
