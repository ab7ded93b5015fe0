using System.Collections;
using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.Tests;

public sealed class OptionLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ironuwsgi-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ParsedOptions Load(params string[] args) => OptionLoader.Load(args, new Hashtable());

    private static ParsedOptions LoadWithEnv(IDictionary env, params string[] args) => OptionLoader.Load(args, env);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void DefaultsMatchUwsgi()
    {
        var settings = ServerSettings.From(Load());
        Assert.Equal(1, settings.Processes);
        Assert.Equal(1, settings.Threads);
        Assert.Equal(4096, settings.BufferSize);
        Assert.Equal(TimeSpan.FromSeconds(4), settings.SocketTimeout);
        Assert.Equal(100, settings.Listen);
        Assert.Equal(0, settings.MaxRequests);
        Assert.Equal(TimeSpan.Zero, settings.Harakiri);
        Assert.False(settings.Master);
        Assert.False(settings.DisableLogging);
        Assert.Null(settings.App);
    }

    [Fact]
    public void LongShortAndEqualsFormsAllSetValues()
    {
        var options = Load("--socket", ":3031", "--socket=:3032", "-s", "/tmp/x.sock", "-p2", "--threads", "4", "-b", "8192", "--listen=50");
        Assert.Equal([":3031", ":3032", "/tmp/x.sock"], options.List("socket"));
        Assert.Equal(2, options.Int("processes"));
        Assert.Equal(4, options.Int("threads"));
        Assert.Equal(8192, options.Int("buffer-size"));
        Assert.Equal(50, options.Int("listen"));
    }

    [Fact]
    public void GroupedShortFlagsAndAliasesWork()
    {
        var options = Load("-ML", "--workers", "3", "--wsgi", "pkg.app:main", "--uwsgi-socket", ":1");
        Assert.True(options.Flag("master"));
        Assert.True(options.Flag("disable-logging"));
        Assert.Equal(3, options.Int("processes"));
        Assert.Equal([":1"], options.List("socket"));
        var app = ServerSettings.From(options).App!;
        Assert.Equal("pkg.app", app.Module);
        Assert.Equal("main", app.Callable);
    }

    [Fact]
    public void BooleanFlagsAcceptUwsgiFalseWords()
    {
        Assert.False(Load("--master=false").Flag("master"));
        Assert.False(Load("--master=OFF").Flag("master"));
        Assert.False(Load("--master=no").Flag("master"));
        Assert.False(Load("--master=0").Flag("master"));
        Assert.True(Load("--master=1").Flag("master"));
        Assert.True(Load("--master").Flag("master"));
    }

    [Fact]
    public void CallableAppliesToModuleWithoutOne()
    {
        var app = ServerSettings.From(Load("-w", "hello", "--callable", "app")).App!;
        Assert.Equal(("hello", "app"), (app.Module, app.Callable));
        var file = ServerSettings.From(Load("--wsgi-file", "hello.py")).App!;
        Assert.Equal(("hello.py", "application"), (file.File, file.Callable));
    }

    [Fact]
    public void EnvOptionsSplitAtFirstEquals()
    {
        var settings = ServerSettings.From(Load("--env", "A=1", "--env", "B=x=y", "--pythonpath", "lib", "--pp", "more"));
        Assert.Equal([new("A", "1"), new("B", "x=y")], settings.Environment);
        Assert.Equal(["lib", "more"], settings.PythonPath);
    }

    [Theory]
    [InlineData("unrecognized option '--no-such-thing'", "--no-such-thing")]
    [InlineData("unrecognized option '-q'", "-q")]
    [InlineData("option '--socket' requires an argument", "--socket")]
    [InlineData("option '-p' requires an argument", "-p")]
    [InlineData("invalid value 'abc' for option 'processes' in the command line: expected an integer from 1 to 1024", "-p", "abc")]
    [InlineData("invalid value '0' for option 'threads' in the command line: expected an integer from 1 to 1024", "--threads", "0")]
    [InlineData("invalid value 'NOEQUALS' for option 'env' in the command line: expected KEY=VALUE", "--env", "NOEQUALS")]
    [InlineData("invalid value ':99999' for option 'socket' in the command line: invalid port in ':99999'", "--socket", ":99999")]
    [InlineData("invalid value 'mod:' for option 'module' in the command line: invalid module 'mod:': expected module or module:callable", "-w", "mod:")]
    [InlineData("unrecognized argument 'stray'", "stray")]
    public void BadCommandLinesFailNamingTheProblem(string message, params string[] args)
    {
        var error = Assert.Throws<OptionException>(() => Load(args));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void IniFileReadsUwsgiSectionWithRepeatsBareKeysAndComments()
    {
        var ini = File("app.ini", """
            [other]
            processes = 9
            ; a comment
            [uwsgi]
            # another comment
            socket = :3031
            socket = :3032
            processes = 4
            master
            disable-logging = false
            """);
        var options = Load("--ini", ini);
        Assert.Equal([":3031", ":3032"], options.List("socket"));
        Assert.Equal(4, options.Int("processes"));
        Assert.True(options.Flag("master"));
        Assert.False(options.Flag("disable-logging"));
    }

    [Fact]
    public void IniSectionIsChosenWithColonSuffixAndBareFileByExtension()
    {
        var ini = File("app.ini", "[uwsgi]\nprocesses = 2\n[prod]\nprocesses = 8\n");
        Assert.Equal(8, Load("--ini", ini + ":prod").Int("processes"));
        Assert.Equal(2, Load(ini).Int("processes"));
    }

    [Fact]
    public void XmlFileReadsUwsgiRootStanzasAndEmptyElementsAsTrue()
    {
        var xml = File("app.xml", """
            <uwsgi>
              <socket>:3031</socket>
              <socket>:3032</socket>
              <processes>3</processes>
              <master/>
            </uwsgi>
            """);
        var options = Load("--xml", xml);
        Assert.Equal([":3031", ":3032"], options.List("socket"));
        Assert.Equal(3, options.Int("processes"));
        Assert.True(options.Flag("master"));

        var stanzas = File("many.xml", """
            <all>
              <uwsgi id="dev"><processes>1</processes></uwsgi>
              <uwsgi id="prod"><processes>6</processes><http-socket>:8080</http-socket></uwsgi>
            </all>
            """);
        var prod = Load("-x", stanzas + ":prod");
        Assert.Equal(6, prod.Int("processes"));
        Assert.Equal([":8080"], prod.List("http-socket"));
    }

    [Fact]
    public void JsonFileReadsArraysBooleansAndNumbers()
    {
        var json = File("app.json", """
            {"uwsgi": {"socket": [":3031", ":3032"], "processes": 5, "master": true, "disable-logging": false},
             "other": {"threads": 7}}
            """);
        var options = Load("--json", json);
        Assert.Equal([":3031", ":3032"], options.List("socket"));
        Assert.Equal(5, options.Int("processes"));
        Assert.True(options.Flag("master"));
        Assert.False(options.Flag("disable-logging"));
        Assert.Equal(7, Load("--json", json + ":other").Int("threads"));
    }

    [Fact]
    public void EnvironmentVariablesMapUnderscoresToDashes()
    {
        var env = new Hashtable { ["UWSGI_HTTP_SOCKET"] = ":9090", ["UWSGI_PROCESSES"] = "3", ["UWSGI_MASTER"] = "1", ["UWSGI_RELOADS"] = "2", ["OTHER"] = "x" };
        var options = LoadWithEnv(env);
        Assert.Equal([":9090"], options.List("http-socket"));
        Assert.Equal(3, options.Int("processes"));
        Assert.True(options.Flag("master"));
    }

    [Fact]
    public void CommandLineOverridesEnvironment()
    {
        var env = new Hashtable { ["UWSGI_PROCESSES"] = "3", ["UWSGI_SOCKET"] = ":1" };
        var options = LoadWithEnv(env, "-p", "5", "-s", ":2");
        Assert.Equal(5, options.Int("processes"));
        Assert.Equal([":1", ":2"], options.List("socket"));
    }

    [Fact]
    public void LaterSourcesWinInCommandLineOrder()
    {
        var ini = File("app.ini", "[uwsgi]\nprocesses = 4\nsocket = :3031\n");
        Assert.Equal(6, Load("--ini", ini, "-p", "6").Int("processes"));
        Assert.Equal(4, Load("-p", "6", "--ini", ini).Int("processes"));
        Assert.Equal([":1", ":3031", ":2"], Load("-s", ":1", "--ini", ini, "-s", ":2").List("socket"));
    }

    [Fact]
    public void EnvironmentCanNameAConfigFile()
    {
        var ini = File("env.ini", "[uwsgi]\nthreads = 3\n");
        Assert.Equal(3, LoadWithEnv(new Hashtable { ["UWSGI_INI"] = ini }).Int("threads"));
    }

    [Fact]
    public void FilesIncludeOtherFilesAndSections()
    {
        var json = File("base.json", """{"uwsgi": {"threads": 2}}""");
        var ini = File("main.ini", $"[uwsgi]\nprocesses = 3\njson = {json}\nini = :extra\n[extra]\nlisten = 64\n");
        var options = Load("--ini", ini);
        Assert.Equal(3, options.Int("processes"));
        Assert.Equal(2, options.Int("threads"));
        Assert.Equal(64, options.Int("listen"));
    }

    [Fact]
    public void UnknownKeyInFileFailsNamingKeyAndFile()
    {
        var ini = File("bad.ini", "[uwsgi]\nsockett = :3031\n");
        var error = Assert.Throws<OptionException>(() => Load("--ini", ini));
        Assert.Equal($"unrecognized option 'sockett' in {ini}", error.Message);
    }

    [Fact]
    public void BadValueInFileFailsNamingFile()
    {
        var json = File("bad.json", """{"uwsgi": {"processes": "many"}}""");
        var error = Assert.Throws<OptionException>(() => Load("--json", json));
        Assert.Equal($"invalid value 'many' for option 'processes' in {json}: expected an integer from 1 to 1024", error.Message);
    }

    [Fact]
    public void MissingFilesSectionsAndBrokenSyntaxFailClearly()
    {
        var missing = Path.Combine(_dir, "none.ini");
        Assert.StartsWith($"unable to read ini file {missing}:", Assert.Throws<OptionException>(() => Load("--ini", missing)).Message);
        var ini = File("s.ini", "[uwsgi]\nprocesses = 1\n");
        Assert.Equal($"section [nope] not found in {ini}", Assert.Throws<OptionException>(() => Load("--ini", ini + ":nope")).Message);
        var xml = File("broken.xml", "<uwsgi><socket>");
        Assert.StartsWith($"invalid xml in {xml}:", Assert.Throws<OptionException>(() => Load("--xml", xml)).Message);
        var json = File("broken.json", "{\"uwsgi\": ");
        Assert.StartsWith($"invalid json in {json}:", Assert.Throws<OptionException>(() => Load("--json", json)).Message);
        var noStanza = File("nostanza.xml", "<config><processes>1</processes></config>");
        Assert.Equal($"no <uwsgi> element in {noStanza}", Assert.Throws<OptionException>(() => Load("--xml", noStanza)).Message);
    }

    [Fact]
    public void ModuleAndWsgiFileTogetherAreRejected()
    {
        var error = Assert.Throws<OptionException>(() => ServerSettings.From(Load("-w", "a", "--wsgi-file", "b.py")));
        Assert.Contains("'module' and 'wsgi-file'", error.Message);
    }
}
