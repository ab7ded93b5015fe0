using IronUwsgi.Bridge.Workers;

namespace IronUwsgi.Bridge.Tests;

public class ErlangWorkerPlanTests
{
    [Fact]
    public void OneWorkerKeepsServingAndSaysWhy()
    {
        var plan = ErlangWorkerPlan.For(1);
        Assert.Null(plan.ManagerWorker);
        Assert.True(plan.ServesRequests(1));
        Assert.Equal("You do not have enough worker for Erlang. Please respawn with at least 2 processes.", plan.LogLine);
    }

    [Fact]
    public void HighestWorkerBecomesTheManager()
    {
        var plan = ErlangWorkerPlan.For(4);
        Assert.Equal(4, plan.ManagerWorker);
        Assert.False(plan.ServesRequests(4));
        Assert.True(plan.ServesRequests(3));
        Assert.Equal("Erlang mode enabled for worker 4.", plan.LogLine);
    }
}
