using System.Diagnostics;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;

// Tokenize + parse every .py file under a folder, warm, and print the best round's time.
//   IronUwsgi.Bench.Parse <folder> [rounds]     benchmark
//   IronUwsgi.Bench.Parse --dump <file> [--attributes]   print our ast.dump of one file
if (args.Length >= 2 && args[0] == "--dump")
{
    string path = args[1];
    try
    {
        Module tree = PythonParser.ParseModule(SourceDecoder.Decode(File.ReadAllBytes(path), path), path);
        Console.WriteLine(AstDumper.Dump(tree, includeAttributes: args.Contains("--attributes")));
    }
    catch (PythonSyntaxError e)
    {
        Console.WriteLine($"{e.Kind}: {e.Message} ({e.FileName}, line {e.LineNo}, offset {e.Offset})");
    }

    return;
}

string root = args.Length > 0 ? args[0] : throw new ArgumentException("usage: IronUwsgi.Bench.Parse <folder> [rounds]");
int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var files = new List<(string Path, string Source)>();
foreach (string path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    if (path.Contains("site-packages", StringComparison.Ordinal))
    {
        continue;
    }

    try
    {
        string source = SourceDecoder.Decode(File.ReadAllBytes(path), path);
        PythonParser.ParseModule(source, path);
        files.Add((path, source));
    }
    catch (PythonSyntaxError)
    {
        // Files CPython rejects too (lib2to3 test data, bad-syntax fixtures) are not timed.
    }
}

long bytes = files.Sum(f => (long)f.Source.Length);
double best = double.MaxValue;
for (int round = 0; round < rounds; round++)
{
    var sw = Stopwatch.StartNew();
    foreach (var (path, source) in files)
    {
        PythonParser.ParseModule(source, path);
    }

    best = Math.Min(best, sw.Elapsed.TotalSeconds);
}

Console.WriteLine($"files={files.Count} chars={bytes} best={best:F3}s");
