using Akka.Hosting;
using Flow.Actors.Configuration;
using Flow.Actors.Serialization;

namespace Flow.Actors.Hosting;

/// <summary>Akka.Hosting's form of <see cref="FlowSerialization.AllowUserMessages"/>.</summary>
public static class FlowSerializationHostingExtensions
{
    /// <summary>Allows the application's message types <paramref name="types"/> between nodes (Hyperion, behind an allow-list); see <see cref="FlowSerialization"/>.</summary>
    /// <param name="builder">The ActorSystem's builder.</param>
    /// <param name="types">Every application message type that crosses nodes (once: the list replaces the allow-list).</param>
    /// <returns>The builder.</returns>
    public static AkkaConfigurationBuilder WithFlowUserMessages(this AkkaConfigurationBuilder builder, params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddHocon(FlowConfig.ToAkka(FlowSerialization.AllowUserMessages(types)), HoconAddMode.Prepend);
    }
}
