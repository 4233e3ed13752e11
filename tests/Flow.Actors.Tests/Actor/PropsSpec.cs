using Flow.Actors.Dispatch;

namespace Flow.Actors.Tests.Actor;

public sealed class PropsSpec : TestKit.TestKit
{
    [Fact]
    public void ActorOf_NonActorType_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(string))));
        Assert.Contains("System.String", error.Message);
        Assert.Contains("ActorBase", error.Message);
    }

    [Fact]
    public void ActorOf_AbstractActorType_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(AbstractActor)), "abstract"));
        Assert.Contains(typeof(AbstractActor).FullName!, error.Message);
        Assert.Contains("abstract", error.Message);
    }

    [Fact]
    public void ActorOf_OpenGenericType_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(GenericActor<>))));
        Assert.Contains("open generic", error.Message);
    }

    [Fact]
    public void ActorOf_MissingConstructor_ThrowsNamingTypeAndArguments()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(WithArgs), 1, 2)));
        Assert.Contains(typeof(WithArgs).FullName!, error.Message);
        Assert.Contains("Int32, Int32", error.Message);
    }

    [Fact]
    public async Task ActorOf_TypeWithMatchingArguments_CreatesActor()
    {
        var actor = Sys.ActorOf(Props.Create(typeof(WithArgs), "prefix", 3));
        actor.Tell("x", TestActor);
        Assert.Equal("prefix-x-3", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ActorOf_NullArgumentForReferenceParameter_CreatesActor()
    {
        var actor = Sys.ActorOf(Props.Create(typeof(WithArgs), null, 1));
        actor.Tell("x", TestActor);
        Assert.Equal("-x-1", await ExpectMsgAsync<string>());
    }

    [Fact]
    public void ActorOf_InvalidProps_NoChildRegistered()
    {
        Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(AbstractActor)), "taken"));
        Sys.ActorOf(Props.Create<EchoActor>(), "taken");
    }

    [Fact]
    public void ActorOf_UnknownDispatcher_ThrowsListingConfigured()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create<EchoActor>().WithDispatcher("nope"), "d"));
        Assert.Contains("'nope'", error.Message);
        Assert.Contains(Dispatchers.DefaultId, error.Message);
        Sys.ActorOf(Props.Create<EchoActor>(), "d");
    }

    [Fact]
    public void ActorBase_ConstructedWithNew_Throws()
    {
        var error = Assert.Throws<ActorInitializationException>(() => new EchoActor());
        Assert.Contains(typeof(EchoActor).FullName!, error.Message);
    }

    [Fact]
    public void Props_With_ReturnsNewPropsKeepingOriginal()
    {
        var props = Props.Create<EchoActor>();
        var bounded = props.WithMailbox(MailboxSettings.Bounded(5)).WithDispatcher("other");
        Assert.Null(props.Mailbox);
        Assert.Equal(Dispatchers.DefaultId, props.Dispatcher);
        Assert.Equal(5, bounded.Mailbox!.Capacity);
        Assert.Equal("other", bounded.Dispatcher);
        Assert.Equal(typeof(EchoActor), bounded.ActorType);
    }

    [Fact]
    public void MailboxSettings_BoundedZeroCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MailboxSettings.Bounded(0));

    public abstract class AbstractActor : ReceiveActor;

    public sealed class GenericActor<T> : ReceiveActor;

    public sealed class WithArgs : ReceiveActor
    {
        public WithArgs(string? prefix, int n) => Receive<string>(s => Sender.Tell($"{prefix}-{s}-{n}", Self));
    }
}
