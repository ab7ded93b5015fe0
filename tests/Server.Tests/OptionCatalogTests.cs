using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.Tests;

public class OptionCatalogTests
{
    [Fact]
    public void HelpListsEveryOption()
    {
        var help = OptionCatalog.HelpText();
        Assert.StartsWith("Usage: ironuwsgi [options...]\n", help);
        foreach (var option in OptionCatalog.All)
            Assert.Contains("--" + option.Name, help);
    }

    [Fact]
    public void VersionComesFromTheAssembly() => Assert.Matches(@"^\d+\.\d+\.\d+$", ServerVersion.Text);
}
