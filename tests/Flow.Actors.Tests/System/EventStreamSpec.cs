namespace Flow.Actors.Tests.Systems;

public sealed class EventStreamSpec : TestKit.TestKit
{
    [Fact]
    public async Task Publish_SubscribedActor_ReceivesEvent()
    {
        Assert.True(Sys.EventStream.Subscribe(TestActor, typeof(Ping)));
        Sys.EventStream.Publish(new Ping(1));
        Assert.Equal(new Ping(1), await ExpectMsgAsync<Ping>());
    }

    [Fact]
    public async Task Publish_SubscribedToBaseType_ReceivesSubclassesOnly()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(Animal));
        Sys.EventStream.Publish(new Dog("rex"));
        Sys.EventStream.Publish(new Ping(2));
        Sys.EventStream.Publish(new Cat("tom"));
        Assert.Equal(new Dog("rex"), await ExpectMsgAsync<Dog>());
        Assert.Equal(new Cat("tom"), await ExpectMsgAsync<Cat>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Publish_SubscribedToInterface_ReceivesImplementations()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(INoisy));
        Sys.EventStream.Publish(new Cat("tom"));
        Sys.EventStream.Publish(new Dog("rex"));
        Assert.Equal(new Dog("rex"), await ExpectMsgAsync<Dog>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Subscribe_Twice_ReturnsFalseAndDeliversOnce()
    {
        Assert.True(Sys.EventStream.Subscribe(TestActor, typeof(Ping)));
        Assert.False(Sys.EventStream.Subscribe(TestActor, typeof(Ping)));
        Sys.EventStream.Publish(new Ping(3));
        await ExpectMsgAsync(new Ping(3));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Unsubscribe_OneChannel_StopsThatChannelOnly()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(Ping));
        Sys.EventStream.Subscribe(TestActor, typeof(Dog));
        Assert.True(Sys.EventStream.Unsubscribe(TestActor, typeof(Ping)));
        Assert.False(Sys.EventStream.Unsubscribe(TestActor, typeof(Ping)));
        Sys.EventStream.Publish(new Ping(4));
        Sys.EventStream.Publish(new Dog("d"));
        Assert.Equal(new Dog("d"), await ExpectMsgAsync<Dog>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Unsubscribe_AllChannels_NothingDelivered()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(Ping));
        Sys.EventStream.Subscribe(TestActor, typeof(Dog));
        Assert.True(Sys.EventStream.Unsubscribe(TestActor));
        Sys.EventStream.Publish(new Ping(5));
        Sys.EventStream.Publish(new Dog("d"));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public void SubscribeCallback_Disposed_NoMoreEvents()
    {
        var seen = new List<int>();
        var subscription = Sys.EventStream.Subscribe<Ping>(p => seen.Add(p.N));
        Sys.EventStream.Publish(new Ping(1));
        Sys.EventStream.Publish(new Dog("ignored"));
        subscription.Dispose();
        Sys.EventStream.Publish(new Ping(2));
        Assert.Equal([1], seen);
    }

    [Fact]
    public async Task Publish_CallbackThrows_PublisherAndOtherSubscribersUnaffected()
    {
        var seen = 0;
        using var failing = Sys.EventStream.Subscribe<Ping>(_ => throw new InvalidOperationException("subscriber bug"));
        using var counting = Sys.EventStream.Subscribe<Ping>(_ => Interlocked.Increment(ref seen));
        Sys.EventStream.Subscribe(TestActor, typeof(Ping));
        Sys.EventStream.Publish(new Ping(7));
        Assert.Equal(new Ping(7), await ExpectMsgAsync<Ping>());
        Assert.Equal(1, Volatile.Read(ref seen));
    }

    [Fact]
    public async Task Stop_DeadLetterCallbackThrows_ActorStillTerminates()
    {
        using var failing = Sys.EventStream.Subscribe<DeadLetter>(_ => throw new InvalidOperationException("subscriber bug"));
        var actor = Sys.ActorOf(Props.Create<Stasher>());
        Watch(actor);
        actor.Tell("stashed", TestActor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor);
        actor.Tell("after", TestActor);
    }

    [Fact]
    public async Task Publish_DeadSubscriber_IsDroppedAndNotDeadLettered()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(Ping));
        Watch(probe.Ref);
        Sys.Stop(probe.Ref);
        await ExpectTerminatedAsync(probe.Ref);
        var before = Sys.DeadLetterCount;
        Sys.EventStream.Publish(new Ping(6));
        Assert.False(Sys.EventStream.Unsubscribe(probe.Ref));
        Assert.Equal(before, Sys.DeadLetterCount);
    }

    internal sealed record Ping(int N);

    private sealed class Stasher : ReceiveActor
    {
        public Stasher() => ReceiveAny(_ => Stash.Stash());
    }

    internal interface INoisy;

    internal abstract record Animal(string Name);

    internal sealed record Dog(string Name) : Animal(Name), INoisy;

    internal sealed record Cat(string Name) : Animal(Name);
}
