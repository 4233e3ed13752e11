using System.Text;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Actors.Serialization;

/// <summary>
/// Lets an application's own message types cross between nodes. Flow's messages have their own serializer and
/// nothing else is serialized unless registered: these settings bind each given type to Hyperion and list it in
/// Hyperion's <c>allowed-types</c> (with <c>disallow-unsafe-type = on</c>), so a node reads only those types.
/// </summary>
/// <remarks>
/// Give every type at once (the settings replace Hyperion's allow-list), on every node that sends or receives them.
/// A type's fields of other non-primitive types must be allowed too. A message type that is not registered fails at
/// the sender with an error naming it.
/// </remarks>
public static class FlowSerialization
{
    /// <summary>The settings that allow <paramref name="types"/>, to layer over a node's configuration.</summary>
    /// <param name="types">The application's message types.</param>
    /// <returns>A configuration holding only these settings: use it with <see cref="HoconConfig.WithFallback"/> over the node's.</returns>
    /// <exception cref="ArgumentException">No type given, or an open generic type.</exception>
    public static HoconConfig AllowUserMessages(params Type[] types) =>
        HoconConfig.ParseString(UserMessagesHocon(types), "FlowSerialization.AllowUserMessages");

    /// <summary>The same settings as HOCON text (for Akka.Hosting's <c>AddHocon</c>, or a node's file).</summary>
    /// <param name="types">The application's message types.</param>
    /// <returns>The HOCON text.</returns>
    /// <exception cref="ArgumentException">No type given, or an open generic type.</exception>
    public static string UserMessagesHocon(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        if (types.Length == 0)
        {
            throw new ArgumentException("Give at least one message type.", nameof(types));
        }

        var bindings = new StringBuilder();
        var allowed = new StringBuilder();
        foreach (var type in types)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(types));
            if (type.ContainsGenericParameters)
            {
                throw new ArgumentException($"{type} is an open generic type: give its closed types.", nameof(types));
            }

            var name = Quote($"{type.FullName}, {type.Assembly.GetName().Name}");
            bindings.Append("      ").Append(name).Append(" = hyperion\n");
            allowed.Append(allowed.Length == 0 ? string.Empty : ", ").Append(name);
        }

        return $$"""
            akka.actor {
              serialization-bindings {
            {{bindings}}  }
              serialization-settings.hyperion {
                disallow-unsafe-type = on
                allowed-types = [{{allowed}}]
              }
            }
            """;
    }

    /// <summary>
    /// The configuration of an application's own ActorSystem that talks to a Flow on a cluster by actor messaging
    /// (<see cref="Client.FlowClient.ConnectAsync"/>) without being a member: Flow's reference settings (its serializer
    /// bound to Flow's messages, the cluster's frame size, Akka's reference settings beneath) with
    /// <c>akka.actor.provider = remote</c> and remoting on <paramref name="hostname"/>:<paramref name="port"/>.
    /// </summary>
    /// <param name="hostname">The address the application listens on; the cluster's nodes must reach it (they answer there).</param>
    /// <param name="port">The port; 0: any free port.</param>
    /// <returns>What to create the ActorSystem with (<c>ActorSystem.Create("app", FlowSerialization.ClientConfig())</c>); put an application's own settings over it with <c>WithFallback</c>.</returns>
    public static Akka.Configuration.Config ClientConfig(string hostname = "127.0.0.1", int port = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostname);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        var text = $"akka.actor.provider = remote\nakka.remote.dot-netty.tcp {{ hostname = {Quote(hostname)}, port = {port} }}";
        return Configuration.FlowConfig.ToAkka(HoconConfig.ParseString(text, "FlowSerialization.ClientConfig", Configuration.FlowConfig.Reference));
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
