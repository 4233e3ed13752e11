using Akka.Actor;

namespace Flow.Actors.Executors;

/// <summary>One call a shard entity is running on its replicas: who asked, how often it was tried and where.</summary>
internal sealed class InFlightWork(long id, ShardCall call, IActorRef replyTo)
{
    public long Id { get; } = id;

    public ShardCall Call { get; } = call;

    /// <summary>Who receives the <see cref="Flow.Core.Runs.CallResult"/> (the gateway).</summary>
    public IActorRef ReplyTo { get; } = replyTo;

    /// <summary>How many times it was sent to a replica.</summary>
    public int Attempts { get; set; }

    /// <summary>The replica running it, or -1 while parked.</summary>
    public int Replica { get; set; } = -1;

    /// <summary>The runtime names of the replicas that failed it, in order; null until one did.</summary>
    public List<string>? Failed { get; set; }
}
