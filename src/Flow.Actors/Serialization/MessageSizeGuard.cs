using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using Akka.Actor;

namespace Flow.Actors.Serialization;

/// <summary>
/// Refuses a message to another node that is over the frame limit, before it is sent: Akka's remoting would log and
/// drop it, and its asker would wait out its timeout. Measures only messages that leave the node (the target is on
/// another node, or is a local shard region while the cluster has other members), by serializing them once: the bytes
/// are then what <see cref="FlowSerializer"/> gives the remoting, so a message is not serialized twice — sent with the
/// message to an actor on another node (<see cref="SerializedMessage"/>), kept beside it for a router or a region
/// (<see cref="PreSerialized"/>, a weak table). One per ActorSystem (<see cref="For"/>); thread-safe.
/// </summary>
internal sealed partial class MessageSizeGuard
{
    /// <summary>The exception type named by the errors of refused messages.</summary>
    public const string ExceptionType = "MessageTooLargeException";

    private static readonly ConditionalWeakTable<ActorSystem, MessageSizeGuard> Guards = new();

    private readonly FlowSerializer _serializer;
    private readonly Address _self;
    private readonly Akka.Cluster.Cluster? _cluster;

    private MessageSizeGuard(ExtendedActorSystem system)
    {
        _serializer = FlowSerializerOf(system);
        _self = system.Provider.DefaultAddress;
        _cluster = system.Provider is Akka.Cluster.IClusterActorRefProvider ? Akka.Cluster.Cluster.Get(system) : null;
        Limit = FlowExtension.Get(system).Settings.MaximumMessageSize;
    }

    /// <summary>The largest message sent to another node, in bytes (<see cref="FlowSettings.MaximumMessageSize"/>).</summary>
    public long Limit { get; }

    /// <summary>The guard of <paramref name="system"/>.</summary>
    public static MessageSizeGuard For(ActorSystem system) =>
        Guards.GetValue(system, static s => new MessageSizeGuard((ExtendedActorSystem)s));

    /// <summary>
    /// True when a message to <paramref name="target"/> leaves this node: the target is on another node, or is a
    /// shard region of this node (which forwards to the shard's node) while the cluster has other members.
    /// </summary>
    public bool MayCross(IActorRef target) =>
        IsOnAnotherNode(target) || (_cluster is { } cluster && IsShardRegion(target.Path) && cluster.State.Members.Count > 1);

    private bool IsOnAnotherNode(IActorRef target)
    {
        var address = target.Path.Address;
        return address.HasGlobalScope && !address.Equals(_self);
    }

    /// <summary>
    /// Null when <paramref name="message"/> may be sent to <paramref name="target"/> (it stays on this node, or fits
    /// the limit); otherwise why not, as the rest of a sentence whose subject the caller names (<c>" is 17000000 bytes
    /// serialized, over the limit..."</c>), so that nothing is written for the messages that go. <paramref name="outgoing"/>
    /// is what to send: to an actor on another node, the message with the bytes written to measure it
    /// (<see cref="SerializedMessage"/>); otherwise the message itself (its bytes kept for the remoting when it may
    /// leave the node through a router or a region).
    /// </summary>
    /// <param name="message">One of Flow's wire messages.</param>
    /// <param name="target">Where it goes.</param>
    /// <param name="outgoing">What to send in place of <paramref name="message"/> when it is not refused.</param>
    /// <param name="crossesNodes">True when the message leaves the node whatever <paramref name="target"/> is (a local router to another node).</param>
    /// <param name="wrap">False when the message itself must be sent (an Ask, a router): its bytes are then kept beside it.</param>
    public string? Problem(object message, IActorRef target, out object outgoing, bool crossesNodes = false, bool wrap = true)
    {
        outgoing = message;
        if (!crossesNodes && !MayCross(target))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = _serializer.ToBinary(message);
        }
        catch (SerializationException e)
        {
            return $" cannot be sent to {target.Path.Address}: {e.Message}";
        }

        if (bytes.LongLength > Limit)
        {
            return $" is {bytes.LongLength} bytes serialized, over the limit of {Limit} bytes for a message between nodes "
                + $"(akka.remote.dot-netty.tcp.maximum-frame-size less {FlowSettings.EnvelopeHeadroom} bytes for Akka's envelope): it was not sent to {target.Path.Address}.";
        }

        if (wrap && !crossesNodes && IsOnAnotherNode(target))
        {
            outgoing = new SerializedMessage(message, _serializer.Manifest(message), bytes);
        }
        else
        {
            PreSerialized.Keep(message, bytes);
        }

        return null;
    }

    /// <summary>The system's instance of Flow's serializer (bound to Flow's messages), or a new one.</summary>
    private static FlowSerializer FlowSerializerOf(ExtendedActorSystem system)
    {
        try
        {
            if (system.Serialization.FindSerializerForType(typeof(Executors.ShardCall)) is FlowSerializer bound)
            {
                return bound;
            }
        }
        catch (SerializationException)
        {
            // Not bound (a configuration without Flow's reference settings): measure with an instance of our own.
        }

        return new FlowSerializer(system);
    }

    /// <summary>True for <c>/system/sharding/&lt;type&gt;</c>, a shard region or proxy.</summary>
    private static bool IsShardRegion(ActorPath path)
    {
        var parent = path.Parent;
        return parent.Name == "sharding" && parent.Parent.Name == "system" && parent.Parent.Parent is RootActorPath;
    }
}
