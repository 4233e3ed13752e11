using Akka.Actor;
using Flow.Actors.Executors;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// Sending a moved shard's calls again. A region (or proxy) that has not yet processed the loss of the shard's
/// previous region would still forward a call there, where it is lost; so the gateway first locates the shard again
/// (a probe through the region, repeated every 250 ms until the shard's new entity answers) and only then sends
/// again the calls that wait for it, to the new entity.
/// </summary>
internal sealed partial class GatewayActor
{
    private static readonly TimeSpan RelocationInterval = TimeSpan.FromMilliseconds(250);
    private readonly HashSet<RelocateShard> _relocating = [];

    private void StartRelocation(RelocateShard shard)
    {
        if (_drainRequester is not null)
        {
            // The Flow stops on this node: its regions are shutting down and would hold a probe; the region delivers.
            ResendAll(shard.Node, shard.Stage, shard.Shard);
            return;
        }

        if (_relocating.Add(shard))
        {
            shard.Region.Tell(new ProbeShard(shard.Shard), Self);
            Timers.StartPeriodicTimer(shard, shard, RelocationInterval);
        }
    }

    private void OnRelocateTick(RelocateShard shard)
    {
        if (!_relocating.Contains(shard))
        {
            Timers.Cancel(shard);
            return;
        }

        if (_drainRequester is null)
        {
            shard.Region.Tell(new ProbeShard(shard.Shard), Self);
            return;
        }

        // The Flow began to stop meanwhile: no more probes; the region delivers.
        _relocating.Remove(shard);
        Timers.Cancel(shard);
        ResendAll(shard.Node, shard.Stage, shard.Shard);
    }

    private void OnRelocated(string executor, int shard)
    {
        if (_relocating.Count == 0 || _targets.Locate(executor, shard) is not var (node, stage, index))
        {
            return;
        }

        foreach (var relocating in _relocating)
        {
            if (relocating.Node == node && relocating.Stage == stage && relocating.Shard == index)
            {
                _relocating.Remove(relocating);
                Timers.Cancel(relocating);
                ResendAll(node, stage, index);
                return;
            }
        }
    }
}

/// <summary>Gateway → itself (a timer, and the timer's key): locate shard <paramref name="Shard"/> of step <paramref name="Stage"/> of plan node <paramref name="Node"/> again through <paramref name="Region"/>.</summary>
internal sealed record RelocateShard(int Node, CallStage Stage, int Shard, IActorRef Region) : INoSerializationVerificationNeeded;
