using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Scheduling;

public sealed class SchedulerSpec : TestKit.TestKit
{
    public SchedulerSpec()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
    }

    [Fact]
    public async Task ScheduleTellOnce_ClockReachesDelay_DeliveredOnceWithSender()
    {
        var sender = CreateTestProbe();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(5), TestActor, "once", sender.Ref);
        Clock!.Advance(TimeSpan.FromSeconds(4.999));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("once", await ExpectMsgAsync<string>());
        Assert.Equal(sender.Ref, LastSender);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Assert.Equal(0, Clock.ActiveTimers);
    }

    [Fact]
    public async Task ScheduleTellRepeatedly_AdvanceOverSeveralIntervals_ExactCount()
    {
        var job = Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TestActor, "tick", null);
        Clock!.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("tick", await ExpectMsgAsync<string>());
        Clock.Advance(TimeSpan.FromSeconds(6.5));
        Assert.Equal(["tick", "tick", "tick"], await ReceiveNAsync(3));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        job.Cancel();
        Assert.True(job.IsCancellationRequested);
        Clock.Advance(TimeSpan.FromSeconds(10));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Assert.Equal(0, Clock.ActiveTimers);
    }

    [Fact]
    public async Task ScheduleTellOnce_CanceledBeforeDue_NeverDelivered()
    {
        var job = Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(1), TestActor, "never", null);
        job.Cancel();
        job.Cancel();
        Clock!.Advance(TimeSpan.FromSeconds(2));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Assert.Equal(0, Clock.ActiveTimers);
    }

    [Fact]
    public void ScheduleRepeatedly_Action_RunsExactCount()
    {
        var runs = 0;
        var job = Sys.Scheduler.ScheduleRepeatedly(TimeSpan.Zero, TimeSpan.FromMilliseconds(100), () => runs++);
        Clock!.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(11, runs);
        job.Cancel();
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(11, runs);
    }

    [Fact]
    public void ScheduleOnce_NegativeDelay_RunsAtOnceOnNextAdvance()
    {
        var runs = 0;
        Sys.Scheduler.ScheduleOnce(TimeSpan.FromSeconds(-1), () => runs++);
        Clock!.Advance(TimeSpan.Zero);
        Assert.Equal(1, runs);
    }

    [Fact]
    public void ScheduleRepeatedly_NonPositiveInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.ScheduleRepeatedly(TimeSpan.Zero, TimeSpan.Zero, () => { }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.Zero, TimeSpan.FromSeconds(-1), TestActor, "x", null));
    }

    [Fact]
    public void ScheduleRepeatedly_CancelInsideAction_StopsAfterThatRun()
    {
        var runs = 0;
        ICancelable? job = null;
        job = Sys.Scheduler.ScheduleRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), () =>
        {
            if (++runs == 3)
            {
                job!.Cancel();
            }
        });
        Clock!.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task ScheduleTellOnce_ToStoppedActor_DeadLettered()
    {
        var probe = CreateTestProbe();
        Watch(probe.Ref);
        Sys.Stop(probe.Ref);
        await ExpectTerminatedAsync(probe.Ref);
        var before = Sys.DeadLetterCount;
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(1), probe.Ref, "late", null);
        Clock!.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(before + 1, Sys.DeadLetterCount);
    }

    [Fact]
    public void ScheduleOnce_ActionThrows_OtherJobsStillRun()
    {
        var runs = 0;
        Sys.Scheduler.ScheduleOnce(TimeSpan.FromSeconds(1), () => throw new InvalidOperationException("job failed"));
        Sys.Scheduler.ScheduleOnce(TimeSpan.FromSeconds(2), () => runs++);
        Clock!.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, runs);
    }
}
