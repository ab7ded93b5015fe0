using System.Diagnostics;
using IronUwsgi.Python.Lexing;

// Tokenizes every .py file of the CPython standard library (decoded once, up front) and reports
// the warm time per pass next to CPython's ast.parse (best of 2) over the same files, measured
// in the same run. Usage: dotnet run -c Release [-- passes]
int passes = args.Length > 0 ? int.Parse(args[0]) : 5;
string stdlib = RunPython("import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim();
var files = Directory.EnumerateFiles(stdlib, "*.py", SearchOption.AllDirectories)
    .Where(f => !f.Contains("site-packages", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

var sources = new List<(string Path, string Text)>();
foreach (string file in files)
{
    try
    {
        sources.Add((file, SourceDecoder.Decode(File.ReadAllBytes(file), file)));
    }
    catch (IronUwsgi.Python.Parsing.PythonSyntaxError)
    {
        // Files CPython rejects too (bad encoding declarations in the test data).
    }
}
long chars = sources.Sum(s => (long)s.Text.Length);
Console.WriteLine($"{sources.Count} files, {chars / 1_000_000.0:F1} M chars");

// CPU time rather than wall time: the machine is shared, and both sides are single-threaded.
long tokens = 0;
double best = double.MaxValue;
var process = Process.GetCurrentProcess();
for (int pass = 0; pass <= passes; pass++)
{
    tokens = 0;
    process.Refresh();
    var cpuStart = process.TotalProcessorTime;
    foreach (var (path, text) in sources)
    {
        var tokenizer = new Tokenizer(text, path);
        try
        {
            while (tokenizer.Next().Kind != TokenKind.EndMarker)
            {
                tokens++;
            }
        }
        catch (IronUwsgi.Python.Parsing.PythonSyntaxError)
        {
            // The few test-data files with deliberate lexical errors.
        }
    }
    process.Refresh();
    if (pass > 0)
    {
        best = Math.Min(best, (process.TotalProcessorTime - cpuStart).TotalSeconds);
    }
}
Console.WriteLine($"ours: tokenize {best:F3} s CPU per pass (best of {passes} warm), {tokens / best / 1e6:F1} M tokens/s");

string listFile = Path.GetTempFileName();
File.WriteAllLines(listFile, sources.Select(s => s.Path));
string python = RunPython("""
import ast, sys, time, warnings
warnings.simplefilter("ignore")
paths = open(sys.argv[1]).read().split("\n")[:-1]
data = [open(p, "rb").read() for p in paths]
def bench(f):
    best = 1e9
    for _ in range(2):
        t = time.process_time()
        for d in data:
            try:
                f(d)
            except (SyntaxError, ValueError):
                pass
        best = min(best, time.process_time() - t)
    return best
print(bench(ast.parse))
""", listFile);
File.Delete(listFile);
double[] anchors = [.. python.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(double.Parse)];
Console.WriteLine($"CPython ast.parse: {anchors[0]:F3} s CPU   (ours tokenize / CPython ast.parse = {best / anchors[0]:F3})");

static string RunPython(string code, params string[] args)
{
    var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
    info.ArgumentList.Add("-c");
    info.ArgumentList.Add(code);
    foreach (string a in args)
    {
        info.ArgumentList.Add(a);
    }
    using var p = Process.Start(info)!;
    string output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return output;
}
