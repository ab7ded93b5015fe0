namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>The hand-written corpus of invalid sources in invalid_snippets.txt.</summary>
internal static class InvalidSnippets
{
    public static string[] All { get; } = Load();

    private static string[] Load()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "invalid_snippets.txt"));
        string body = text[(text.IndexOf('\n') + 1)..];
        return body.TrimEnd('\n').Split("\n~~~~\n");
    }
}
