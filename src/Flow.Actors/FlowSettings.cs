using Flow.Actors.Configuration;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors;

/// <summary>Flow's settings on one node, read from its ActorSystem's configuration (<c>flow.*</c>, and the Akka frame limit).</summary>
public sealed record FlowSettings
{
    /// <summary>Headroom left in a frame for Akka's envelope around a message.</summary>
    internal const long EnvelopeHeadroom = 64 * 1024;

    /// <summary><c>flow.gateway.default-timeout</c>: the time limit of a request that gives none; null: none.</summary>
    public TimeSpan? DefaultTimeout { get; init; }

    /// <summary><c>flow.gateway.cache-entity-refs</c>.</summary>
    public bool CacheEntityRefs { get; init; } = true;

    /// <summary><c>flow.executor.retries</c>: negative means <c>max(3, replicas)</c>.</summary>
    public int Retries { get; init; } = -1;

    /// <summary><c>flow.executor.start-timeout</c>.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary><c>flow.executor.readiness-timeout</c>.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>flow.executor.default-role</c>: the role of the nodes that run an executor that names none; null: any member.</summary>
    public string? DefaultRole { get; init; }

    /// <summary><c>flow.executor.max-replicas-per-node</c> (0: no limit).</summary>
    public int MaxReplicasPerNode { get; init; }

    /// <summary><c>flow.shutdown.drain-timeout</c> (<see cref="Timeout.InfiniteTimeSpan"/>: wait forever).</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>flow.shutdown.close-timeout</c>.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest message Flow sends to another node: <c>akka.remote.dot-netty.tcp.maximum-frame-size</c> less the envelope's headroom.</summary>
    public long MaximumMessageSize { get; init; } = (16 * 1024 * 1024) - EnvelopeHeadroom;

    /// <summary>Reads the settings from <paramref name="config"/>, with Flow's reference settings for what it lacks.</summary>
    public static FlowSettings From(AkkaConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var c = config.WithFallback(FlowConfig.AkkaReference);
        var timeout = c.GetTimeSpan("flow.gateway.default-timeout", null, allowInfinite: true);
        return new FlowSettings
        {
            DefaultTimeout = timeout == Timeout.InfiniteTimeSpan ? null : timeout,
            CacheEntityRefs = c.GetBoolean("flow.gateway.cache-entity-refs"),
            Retries = c.GetInt("flow.executor.retries"),
            StartTimeout = c.GetTimeSpan("flow.executor.start-timeout", null, allowInfinite: false),
            ReadinessTimeout = c.GetTimeSpan("flow.executor.readiness-timeout", null, allowInfinite: false),
            MaxReplicasPerNode = c.GetInt("flow.executor.max-replicas-per-node"),
            DefaultRole = c.GetString("flow.executor.default-role", string.Empty) is { Length: > 0 } role ? role : null,
            DrainTimeout = c.GetTimeSpan("flow.shutdown.drain-timeout", null, allowInfinite: true),
            CloseTimeout = c.GetTimeSpan("flow.shutdown.close-timeout", null, allowInfinite: true),
            MaximumMessageSize = (c.GetByteSize("akka.remote.dot-netty.tcp.maximum-frame-size") ?? (16 * 1024 * 1024)) - EnvelopeHeadroom,
        };
    }
}
