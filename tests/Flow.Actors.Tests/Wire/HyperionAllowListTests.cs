using Akka.Actor;
using Flow.Actors.Configuration;
using Flow.Actors.Serialization;

namespace Flow.Actors.Tests.Wire;

/// <summary>An application's message types cross nodes only when allowed (Hyperion behind an allow-list); anything else fails at the sender, naming the type.</summary>
public sealed class HyperionAllowListTests : IAsyncLifetime
{
    private TwoNodes _nodes = null!;

    public Task InitializeAsync()
    {
        _nodes = TwoNodes.Start("hyperion", FlowSerialization.AllowUserMessages(typeof(UserPing)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _nodes.DisposeAsync();

    [Fact]
    public void UserMessagesHocon_BindsToHyperionAndAllowsOnlyThem()
    {
        var name = "Flow.Actors.Tests.Wire.HyperionAllowListTests+UserPing, Flow.Actors.Tests";
        var config = FlowConfig.ToAkka(FlowSerialization.AllowUserMessages(typeof(UserPing)).WithFallback(FlowConfig.Reference));

        Assert.Equal("hyperion", config.GetConfig("akka.actor.serialization-bindings").GetString($"\"{name}\""));
        Assert.Equal([name], config.GetStringList("akka.actor.serialization-settings.hyperion.allowed-types"));
        Assert.True(config.GetBoolean("akka.actor.serialization-settings.hyperion.disallow-unsafe-type"));
        Assert.Throws<ArgumentException>(() => FlowSerialization.UserMessagesHocon());
        Assert.Throws<ArgumentException>(() => FlowSerialization.UserMessagesHocon(typeof(List<>)));
    }

    [Fact]
    public async Task AllowedUserType_RoundTripsBetweenNodes()
    {
        Assert.IsType<FlowHyperionSerializer>(_nodes.A.Serialization.FindSerializerFor(new UserPing("x", 1)));
        var echo = await _nodes.RemoteRefOnAAsync(_nodes.B.ActorOf(Props.Create(() => new EchoActor())));

        var back = await echo.Ask<UserPing>(new UserPing("hello", 42), TimeSpan.FromSeconds(10));

        Assert.Equal(new UserPing("hello", 42), back);
    }

    [Fact]
    public async Task UnregisteredUserType_FailsAtTheSender_NamingIt_ConnectionStays()
    {
        var log = ErrorLog.Start(_nodes.A);
        var echo = await _nodes.RemoteRefOnAAsync(_nodes.B.ActorOf(Props.Create(() => new EchoActor())));
        var refused = log.NextAsync(e => e.Contains(nameof(UserSecret), StringComparison.Ordinal));

        echo.Tell(new UserSecret("s"));

        var error = await refused.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("No serializer binding found for type UserSecret", error);
        Assert.Contains("Serialization failed for message [Flow.Actors.Tests.Wire.HyperionAllowListTests+UserSecret]", error);
        Assert.Equal(new UserPing("after", 1), await echo.Ask<UserPing>(new UserPing("after", 1), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void FlowHyperion_TypeNotAllowed_NeitherWrittenNorRead()
    {
        var hyperion = (FlowHyperionSerializer)_nodes.A.Serialization.FindSerializerFor(new UserPing("x", 1));
        var bytes = hyperion.ToBinary(new UserPing("x", 1));

        Assert.Equal(new UserPing("x", 1), hyperion.FromBinary(bytes, typeof(UserPing)));
        Assert.ThrowsAny<Exception>(() => hyperion.ToBinary(new UserSecret("s")));
        var stock = new Akka.Serialization.HyperionSerializer((ExtendedActorSystem)_nodes.A, Akka.Serialization.HyperionSerializerSettings.Default);
        Assert.Equal(stock.Identifier, hyperion.Identifier);
        Assert.Equal(stock.ToBinary(new UserPing("x", 1)), bytes);
        Assert.ThrowsAny<Exception>(() => hyperion.FromBinary(stock.ToBinary(new UserSecret("s")), typeof(UserSecret)));
    }

    [Fact]
    public void AllowedTypeThatCannotBeLoaded_SystemRefusesToStartNamingIt()
    {
        var config = FlowConfig.ParseString("""
            akka.remote.dot-netty.tcp { hostname = "127.0.0.2", port = 0 }
            akka.actor.serialization-settings.hyperion.allowed-types = ["No.Such.Type, Nowhere"]
            """);

        var e = Assert.ThrowsAny<Exception>(() => ActorSystem.Create("hyperion-bad", FlowConfig.ToAkka(config)));

        var messages = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            messages.Add(x.Message);
        }

        Assert.Contains("The allowed Hyperion type 'No.Such.Type, Nowhere' cannot be loaded (akka.actor.serialization-settings.hyperion.allowed-types).", messages);
    }

    public sealed record UserPing(string Text, int Count);

    public sealed record UserSecret(string Text);
}
