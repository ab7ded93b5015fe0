using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.Tests;

public class OptionCatalogTests
{
    [Fact]
    public void HelpListsEveryOptionWithItsShortFormAndDefault()
    {
        var help = OptionCatalog.HelpText();
        Assert.StartsWith("Usage: ironuwsgi [options...]\n", help);
        foreach (var option in OptionCatalog.All)
            Assert.Contains("--" + option.Name, help);
        Assert.Contains("-p|--processes", help);
        Assert.Contains("(default 4096)", help);
    }

    [Fact]
    public void NamesShortFormsAndAliasesAreUnique()
    {
        var names = OptionCatalog.All.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var shorts = OptionCatalog.All.Where(o => o.Short is not null).Select(o => o.Short).ToList();
        Assert.Equal(shorts.Count, shorts.Distinct().Count());
    }

    [Fact]
    public void DefaultsPassTheirOwnChecks()
    {
        foreach (var option in OptionCatalog.All.Where(o => o.Default is not null))
            Assert.Null(option.Check(option.Default!));
    }

    [Fact]
    public void VersionComesFromTheAssembly() => Assert.Matches(@"^\d+\.\d+\.\d+$", ServerVersion.Text);
}
