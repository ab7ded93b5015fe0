using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>The csv module: quoting rules on write, the parser's states on read. Expected values were printed by CPython 3.11.</summary>
public sealed class CsvTests
{
    [Fact]
    public void WriterQuotesDelimitersQuotesAndNewlinesOnly()
    {
        var output = PythonRunner.Run(
            """
            import csv, io
            s = io.StringIO()
            w = csv.writer(s)
            w.writerow(['a,b', 'q"', 'x\ny', 'plain', None, 1.5])
            w.writerow([''])
            print(repr(s.getvalue()))
            """);
        Assert.Equal("'\"a,b\",\"q\"\"\",\"x\\ny\",plain,,1.5\\r\\n\"\"\\r\\n'\n", output);
    }

    [Fact]
    public void ReaderHandlesQuotedNewlinesAndStrictMode()
    {
        var output = PythonRunner.Run(
            """
            import csv, io
            r = csv.reader(io.StringIO('a,"b""c",d\n"multi\nline",x\n', newline=''))
            print(list(r), r.line_num)
            try:
                list(csv.reader(['"abc"def'], strict=True))
            except csv.Error as e:
                print(e)
            print(list(csv.DictReader(['k,v', '1,2', '3'], restval='-')))
            """);
        Assert.Equal(
            """
            [['a', 'b"c', 'd'], ['multi\nline', 'x']] 3
            ',' expected after '"'
            [{'k': '1', 'v': '2'}, {'k': '3', 'v': '-'}]
            """ + "\n",
            output);
    }
}
