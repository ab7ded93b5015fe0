using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Tests.Fixtures;

namespace IronUwsgi.Erlang.Tests;

[Collection(ErlangCollection.Name)]
public class EpmdClientTests(ErlangFixture fixture)
{
    private EpmdClient Epmd => new("127.0.0.1", fixture.EpmdPort);

    [Fact]
    public async Task RegistrationIsVisibleUntilTheSocketCloses()
    {
        string alive = ErlangFixture.UniqueAlive("reg");
        using (var registration = await Epmd.RegisterAsync(alive, 45678))
        {
            Assert.NotEqual(0u, registration.Creation);
            var info = await Epmd.LookupAsync(alive);
            Assert.NotNull(info);
            Assert.Equal(45678, info.Port);
            Assert.Equal(6, info.HighestVersion);
            Assert.Contains((alive, 45678), await Epmd.NamesAsync());
        }
        await WaitUntilAsync(async () => await Epmd.LookupAsync(alive) is null);
        Assert.Null(await Epmd.LookupAsync(alive));
    }

    [Fact]
    public async Task LooksUpTheErlNodesPort()
    {
        var info = await Epmd.LookupAsync(fixture.Erl.Alive);
        Assert.NotNull(info);
        Assert.Equal(fixture.Erl.Alive, info.Alive);
        Assert.True(info.Port > 0);
    }

    [Fact]
    public async Task TakenNameIsRejectedWithAClearError()
    {
        var error = await Assert.ThrowsAsync<EpmdException>(() => Epmd.RegisterAsync(fixture.Erl.Alive, 45679));
        Assert.Contains("already taken", error.Message);
    }

    [Fact]
    public async Task UnreachableEpmdIsAClearError()
    {
        var error = await Assert.ThrowsAsync<EpmdException>(() => new EpmdClient("127.0.0.1", FreePort.Next()).NamesAsync());
        Assert.Contains("is epmd running?", error.Message);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (int attempt = 0; attempt < 100 && !await condition(); attempt++)
            await Task.Delay(20);
    }
}
