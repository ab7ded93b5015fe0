using IronUwsgi.Runtime.Apps;

namespace IronUwsgi.Runtime.Tests;

public class AppSpecTests
{
    [Fact]
    public void ModuleAloneUsesTheDefaultCallable()
    {
        var spec = AppSpec.FromModule("erhello");
        Assert.Equal("erhello", spec.Module);
        Assert.Equal("application", spec.Callable);
    }

    [Fact]
    public void ColonNamesTheCallable()
    {
        var spec = AppSpec.FromModule("pkg.app:wsgi", callable: "ignored");
        Assert.Equal("pkg.app", spec.Module);
        Assert.Equal("wsgi", spec.Callable);
    }

    [Fact]
    public void CallableOptionAppliesWhenNoColon() =>
        Assert.Equal("app", AppSpec.FromModule("hello", "app").Callable);

    [Theory]
    [InlineData(":app")]
    [InlineData("hello:")]
    public void RejectsEmptyParts(string value) =>
        Assert.Throws<FormatException>(() => AppSpec.FromModule(value));

    [Fact]
    public void FileSpecKeepsThePath()
    {
        var spec = AppSpec.FromFile("pyapps/hello.py");
        Assert.Null(spec.Module);
        Assert.Equal("pyapps/hello.py", spec.File);
    }
}
