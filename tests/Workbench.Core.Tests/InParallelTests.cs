namespace Workbench.Core.Tests;

public sealed class InParallelTests
{
    [Fact]
    public void Both_results_come_back_in_order() =>
        Assert.Equal((1, "two"), InParallel.Both(() => 1, () => "two"));

    [Fact]
    public void A_failure_of_the_first_is_reported_before_one_of_the_second()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => InParallel.Both<int, int>(
            () => throw new WorkbenchInputException("first"),
            () => throw new WorkbenchInputException("second")));

        Assert.Equal("first", error.Message);
    }

    [Fact]
    public void A_failure_of_the_second_alone_is_reported()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => InParallel.Both<int, int>(() => 1, () => throw new WorkbenchInputException("second")));

        Assert.Equal("second", error.Message);
    }

    [Fact]
    public void The_second_runs_while_the_first_does()
    {
        using var secondStarted = new ManualResetEventSlim();
        var (first, _) = InParallel.Both(() => secondStarted.Wait(TimeSpan.FromSeconds(30)), () =>
        {
            secondStarted.Set();
            return 0;
        });

        Assert.True(first);
    }
}
