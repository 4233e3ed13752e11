using Akka.Actor;
using Flow.Actors.Executors;
using Flow.Core.Executors;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// Where the gateway's calls go after a shard entity stopped: located again through the region's answer to a probe. When
/// the entity's node was lost (not an orderly hand-off), the calls for the shard are held until the shard answers a
/// probe from its new node: the local region may learn of the loss after this gateway, and until then forwards what it
/// gets for the shard — calls and probes — to the lost node's region, where it is dropped. So the probe is repeated
/// until answered, and the held calls then go where it answered from.
/// </summary>
internal sealed partial class GatewayActor
{
    /// <summary>How often a shard whose node was lost is probed until it answers from its new node.</summary>
    private static readonly TimeSpan RelocateProbeInterval = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<(int Node, CallStage Stage, int Shard), List<(CallKey Key, ExecutorInput Input)>> _relocating = [];

    /// <summary>Starts locating a shard whose entity stopped: one probe after a hand-off, probes until answered after its node was lost.</summary>
    private void Relocate(int node, CallStage stage, int shard, IActorRef region, bool nodeLost)
    {
        if (!nodeLost)
        {
            region.Tell(new ProbeShard(shard), Self);
            return;
        }

        _relocating.TryAdd((node, stage, shard), []);
        Timers.StartPeriodicTimer((node, stage, shard), new RelocateProbe(node, stage, shard, region), TimeSpan.Zero, RelocateProbeInterval);
    }

    /// <summary>Holds a call for a shard being located again after its node was lost; false when the shard is not.</summary>
    private bool HoldWhileRelocating(in CallKey key, ExecutorInput input)
    {
        if (!_relocating.TryGetValue((key.Node, key.Stage, key.Shard), out var held))
        {
            return false;
        }

        held.Add((key, input));
        return true;
    }

    private void OnLocated(ShardProbeResult located)
    {
        if (_targets.Learn(located.Executor, located.Shard, Sender))
        {
            Context.Watch(Sender);
        }

        if (_targets.StepOf(located.Executor) is not { } step || !_relocating.Remove((step.Node, step.Stage, located.Shard), out var held))
        {
            return;
        }

        // The shard answered from its new node (its region knows where it runs): the calls held meanwhile go there.
        Timers.Cancel((step.Node, step.Stage, located.Shard));
        foreach (var (key, input) in held)
        {
            if (_runs.ContainsKey(key.RunId))
            {
                ((IRunHost)this).Call(key, input);
            }
        }
    }
}
