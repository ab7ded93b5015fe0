using IronUwsgi.Python.Hosting;

namespace IronUwsgi.Python.Tests;

public class LanguageVersionTests
{
    [Fact]
    public void FollowsPython311() => Assert.Equal("3.11.7", LanguageVersion.Text);

    [Theory]
    [InlineData(3, 11, true)]
    [InlineData(3, 8, true)]
    [InlineData(3, 12, false)]
    [InlineData(2, 7, false)]
    public void AcceptsOlderMinorsOfPython3Only(int major, int minor, bool accepted) =>
        Assert.Equal(accepted, LanguageVersion.Accepts(major, minor));
}
