using System.Runtime.Serialization;
using Akka.Actor;
using Flow.Actors.Configuration;
using Flow.Actors.Serialization;

namespace Flow.Actors.Tests.Wire;

/// <summary>Flow's configuration binds every wire message to <see cref="FlowSerializer"/>, and refuses what nobody registered.</summary>
public sealed class WireBindingTests : IAsyncLifetime
{
    private readonly ActorSystem _system = ActorSystem.Create("wire-binding", FlowConfig.ToAkka(FlowConfig.ParseString("akka.actor.provider = local")));

    [Fact]
    public void EveryWireMessageType_HasAFixedSample()
    {
        var wireTypes = typeof(FlowSerializer).Assembly.GetTypes()
            .Where(t => typeof(IFlowWireMessage).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.FullName!)
            .Order();
        var sampled = WireSamples.All().Select(s => s.Message.GetType())
            .Where(t => t.Assembly == typeof(FlowSerializer).Assembly)
            .Select(t => t.FullName!)
            .Order();

        Assert.Equal(wireTypes, sampled);
    }

    [Fact]
    public void Manifests_AreUnique()
    {
        var manifests = WireSamples.All().Select(s => s.Manifest).ToArray();
        Assert.Equal(manifests.Length, manifests.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void FlowConfiguration_BindsEveryWireMessageToFlowSerializer()
    {
        foreach (var (_, message) in WireSamples.All())
        {
            var serializer = _system.Serialization.FindSerializerFor(message);
            Assert.IsType<FlowSerializer>(serializer);
            Assert.Equal(1071, serializer.Identifier);
        }
    }

    [Fact]
    public void FlowConfiguration_UnregisteredType_FailsNamingIt()
    {
        var e = Assert.Throws<SerializationException>(() =>
        {
            var message = new UnregisteredMessage("x");
            _system.Serialization.FindSerializerFor(message).ToBinary(message);
        });
        Assert.Equal(
            "No serializer binding found for type UnregisteredMessage. Configure a binding in 'akka.actor.serialization-bindings' or set 'akka.actor.serialization-settings.allow-unregistered-types = true' to use the default fallback.",
            e.Message);
    }

    [Fact]
    public void UnregisteredTypeSerializer_WhenReached_RefusesNamingTheFullTypeName()
    {
        var refusal = new UnregisteredTypeSerializer((ExtendedActorSystem)_system);
        var e = Assert.Throws<SerializationException>(() => refusal.ToBinary(new UnregisteredMessage("x")));
        Assert.StartsWith($"No serializer is bound to message type {typeof(UnregisteredMessage).FullName}: it cannot be sent to another node.", e.Message);
    }

    [Fact]
    public void FlowConfiguration_HyperionRefusesUnsafeTypes()
    {
        Assert.True(_system.Settings.Config.GetBoolean("akka.actor.serialization-settings.hyperion.disallow-unsafe-type"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _system.Terminate();

    public sealed record UnregisteredMessage(string Text);
}
