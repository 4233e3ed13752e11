using Flow.Actors;

namespace Flow.Engine.Runtime;

/// <summary>
/// The local stand-in for a cluster shard region of one executor: owns one <see cref="ShardEntityActor"/> per
/// shard id <c>0..S-1</c>, and answers <see cref="StartRegion"/> with the entities' refs once every replica of
/// every shard has constructed its executor (or with the first construction failure). The gateway then talks
/// to the entities directly, as a cluster region's callers do once the shard's location is known.
/// </summary>
internal sealed class ExecutorRegionActor : ReceiveActor
{
    private readonly RegionSpec _spec;
    private readonly IActorRef[] _shards;
    private readonly List<IActorRef> _waiting = [];
    private int _started;
    private Exception? _failure;

    public ExecutorRegionActor(RegionSpec spec)
    {
        _spec = spec;
        _shards = new IActorRef[spec.Shards.Count];
        Receive<StartRegion>(_ => OnStart());
        Receive<ShardStarted>(OnShardStarted);
    }

    protected override void PreStart()
    {
        for (var s = 0; s < _shards.Length; s++)
        {
            var shard = _spec.Shards[s];
            _shards[s] = Context.ActorOf(Props.Create(() => new ShardEntityActor(shard)), "shard-" + s);
        }
    }

    private void OnStart()
    {
        _waiting.Add(Sender);
        TryAnswer();
    }

    private void OnShardStarted(ShardStarted started)
    {
        _started++;
        _failure ??= started.Failure;
        TryAnswer();
    }

    private void TryAnswer()
    {
        if (_started < _shards.Length)
        {
            return;
        }

        var answer = new RegionStarted(_shards, _failure);
        foreach (var w in _waiting)
        {
            w.Tell(answer, Self);
        }

        _waiting.Clear();
    }
}
