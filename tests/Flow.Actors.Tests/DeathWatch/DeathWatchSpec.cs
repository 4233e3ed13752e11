using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.DeathWatch;

public sealed class DeathWatchSpec : TestKit.TestKit
{
    [Fact]
    public async Task Watch_SubjectStops_TerminatedExactlyOnce()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)));
        watcher.Tell(new WatchIt(subject), TestActor);
        watcher.Tell(new WatchIt(subject), TestActor);
        await ExpectMsgAsync<Watched>();
        await ExpectMsgAsync<Watched>();
        Sys.Stop(subject);
        var terminated = await ExpectMsgAsync<Terminated>();
        Assert.Equal(subject, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Watch_AlreadyDeadSubject_StillTerminated()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        Watch(subject);
        Sys.Stop(subject);
        await ExpectTerminatedAsync(subject);

        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)));
        watcher.Tell(new WatchIt(subject), TestActor);
        await ExpectMsgAsync<Watched>();
        Assert.Equal(subject, (await ExpectMsgAsync<Terminated>()).ActorRef);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Unwatch_BeforeDeath_NothingDelivered()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)));
        watcher.Tell(new WatchIt(subject), TestActor);
        watcher.Tell(new UnwatchIt(subject), TestActor);
        await ExpectMsgAsync<Watched>();
        await ExpectMsgAsync<Unwatched>();
        var other = CreateTestProbe();
        other.Watch(subject);
        Sys.Stop(subject);
        await other.ExpectTerminatedAsync(subject);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Unwatch_AfterDeathBeforeTerminatedProcessed_TerminatedDropped()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>());
        var subject = await parent.Ask<IActorRef>("child");
        var release = new TaskCompletionSource();
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor, release.Task)));
        watcher.Tell(new WatchIt(subject), TestActor);
        await ExpectMsgAsync<Watched>();
        watcher.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");

        Sys.Stop(subject);

        // The parent forgets its child only after the child told its watchers: the notification is queued at the watcher.
        var parentCell = ((LocalActorRef)parent).Cell;
        await AwaitConditionAsync(() => parentCell.ChildEntriesSnapshot().Count == 0);
        watcher.Tell(new UnwatchIt(subject), TestActor);
        release.SetResult();
        await ExpectMsgAsync<Unwatched>();
        watcher.Tell("ping", TestActor);
        await ExpectMsgAsync("ping");
    }

    [Fact]
    public async Task WatchWith_SubjectStops_CustomMessageInsteadOfTerminated()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)));
        watcher.Tell(new WatchItWith(subject, new Gone("subject is gone")), TestActor);
        await ExpectMsgAsync<Watched>();
        Sys.Stop(subject);
        Assert.Equal(new Gone("subject is gone"), await ExpectMsgAsync<Gone>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Terminated_NotHandled_DeathPactExceptionStopsWatcher()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var pact = Sys.ActorOf(Props.Create(() => new PactWatcher(subject)));
        Watch(pact);
        await pact.Ask<string>("ready");
        Sys.Stop(subject);
        await ExpectTerminatedAsync(pact);
    }

    [Fact]
    public async Task Watch_ParentAndChild_ChildTerminatedBeforeParentTerminated()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>(), "parent");
        var child = await parent.Ask<IActorRef>("child");
        // WatchAsync, not Watch: with a watch still in flight the child may be dead when it arrives, and its
        // Terminated (answered at once) can then come after the parent's.
        await WatchAsync(parent);
        await WatchAsync(child);
        Sys.Stop(parent);
        Assert.Equal(child, (await ExpectMsgAsync<Terminated>()).ActorRef);
        Assert.Equal(parent, (await ExpectMsgAsync<Terminated>()).ActorRef);
    }

    [Fact]
    public async Task Watch_ByParentOfChild_OneTerminatedAndChildForgotten()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Parent(TestActor)));
        var child = await parent.Ask<IActorRef>("child");
        parent.Tell("watch-child", TestActor);
        await ExpectMsgAsync("watching");
        parent.Tell("stop-child", TestActor);
        Assert.Equal(child, (await ExpectMsgAsync<Terminated>()).ActorRef);
        parent.Tell("children?", TestActor);
        Assert.Equal(0, await ExpectMsgAsync<int>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Watch_SubjectRestarts_NoTerminatedUntilItStops()
    {
        var subject = Sys.ActorOf(Props.Create<Crasher>());
        Watch(subject);
        subject.Tell("crash", TestActor);
        subject.Tell("ping", TestActor);
        Assert.Equal("ping", await ExpectMsgAsync<string>());
        Assert.Equal(subject, LastSender);
        Sys.Stop(subject);
        await ExpectTerminatedAsync(subject);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Watch_ManyWatchers_EachTerminatedOnce()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var probes = Enumerable.Range(0, 5).Select(_ => CreateTestProbe()).ToArray();
        foreach (var p in probes)
        {
            p.Watch(subject);
        }

        await subject.Ask<string>("sync");
        Sys.Stop(subject);
        foreach (var p in probes)
        {
            await p.ExpectTerminatedAsync(subject);
        }

        foreach (var p in probes)
        {
            await p.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        }
    }

    [Fact]
    public async Task Watch_WatcherStopsFirst_SubjectDeathCausesNoDeadLetter()
    {
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)));
        watcher.Tell(new WatchIt(subject), TestActor);
        await ExpectMsgAsync<Watched>();
        Watch(watcher);
        Sys.Stop(watcher);
        await ExpectTerminatedAsync(watcher);
        var before = Sys.DeadLetterCount;
        Watch(subject);
        Sys.Stop(subject);
        await ExpectTerminatedAsync(subject);
        Assert.Equal(before, Sys.DeadLetterCount);
    }

    internal sealed record WatchIt(IActorRef Subject);

    internal sealed record WatchItWith(IActorRef Subject, object Message);

    internal sealed record UnwatchIt(IActorRef Subject);

    internal sealed record Watched;

    internal sealed record Gone(string Why);

    internal sealed record Unwatched;

    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe, Task? release = null)
        {
            Receive<WatchIt>(w =>
            {
                Context.Watch(w.Subject);
                Sender.Tell(new Watched(), Self);
            });
            Receive<WatchItWith>(w =>
            {
                Context.WatchWith(w.Subject, w.Message);
                Sender.Tell(new Watched(), Self);
            });
            Receive<UnwatchIt>(w =>
            {
                Context.Unwatch(w.Subject);
                Sender.Tell(new Unwatched(), Self);
            });
            Receive<string>(s => s == "block", _ =>
            {
                Sender.Tell("blocked", Self);
                release!.Wait();
            });
            Receive<Terminated>(t => probe.Tell(t, Self));
            Receive<Gone>(g => probe.Tell(g, Self));
            ReceiveAny(m => Sender.Tell(m, Self));
        }
    }

    private sealed class Crasher : ReceiveActor
    {
        public Crasher()
        {
            Receive<string>(s => s == "crash", _ => throw new InvalidOperationException("crash"));
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }

    private sealed class PactWatcher : ReceiveActor
    {
        public PactWatcher(IActorRef subject)
        {
            Context.Watch(subject);
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent()
            : this(null)
        {
        }

        public Parent(IActorRef? probe)
        {
            var child = Context.ActorOf(Props.Create<EchoActor>(), "child");
            Receive<string>(s => s == "child", _ => Sender.Tell(child, Self));
            Receive<string>(s => s == "watch-child", _ =>
            {
                Context.Watch(child);
                Sender.Tell("watching", Self);
            });
            Receive<string>(s => s == "stop-child", _ => Context.Stop(child));
            Receive<string>(s => s == "children?", _ => Sender.Tell(Context.Children.Count, Self));
            Receive<Terminated>(t => probe?.Tell(t, Self));
        }
    }
}
