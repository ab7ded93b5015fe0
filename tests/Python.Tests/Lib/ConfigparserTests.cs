using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>configparser: parsing, interpolation and CPython's error messages. Expected values were printed by CPython 3.11.</summary>
public sealed class ConfigparserTests
{
    [Fact]
    public void BasicInterpolationReadsDefaultsAndMultilineValues()
    {
        var output = PythonRunner.Run(
            """
            import configparser
            cp = configparser.ConfigParser()
            cp.read_string("[DEFAULT]\nbase = /srv\n[s]\npath = %(base)s/app\nmulti = a\n  b\nport: 80\n")
            print(cp.get('s', 'path'), repr(cp['s']['multi']), cp.getint('s', 'port') + 1, cp.options('s'))
            print(cp.get('s', 'missing', fallback='fb'), cp.getboolean('s', 'on', fallback=True))
            """);
        Assert.Equal(
            """
            /srv/app 'a\nb' 81 ['path', 'multi', 'port', 'base']
            fb True
            """ + "\n",
            output);
    }

    [Fact]
    public void ErrorsCarryCPythonMessages()
    {
        var output = PythonRunner.Run(
            """
            import configparser
            cp = configparser.ConfigParser()
            for text in ["x = 1\n", "[a]\nx=1\nX=2\n"]:
                try:
                    configparser.ConfigParser().read_string(text)
                except configparser.Error as e:
                    print(type(e).__name__, repr(str(e)))
            try:
                cp.get('nope', 'x')
            except configparser.NoSectionError as e:
                print(e)
            """);
        Assert.Equal(
            """
            MissingSectionHeaderError "File contains no section headers.\nfile: '<string>', line: 1\n'x = 1\\n'"
            DuplicateOptionError "While reading from '<string>' [line  3]: option 'x' in section 'a' already exists"
            No section: 'nope'
            """ + "\n",
            output);
    }
}
