using Akka.Actor;
using Flow.Actors.Configuration;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// Two ActorSystems in this process talking over real remoting on loopback: A on 127.0.0.2, B on 127.0.0.3, both with
/// Flow's configuration (a small frame limit, a lenient failure detector: several systems share two cores).
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    /// <summary>The frame limit of both nodes; Flow's message limit is 64 KiB less.</summary>
    public const int FrameSize = 256 * 1024;

    private TwoNodes(ActorSystem a, ActorSystem b)
    {
        A = a;
        B = b;
    }

    public ActorSystem A { get; }

    public ActorSystem B { get; }

    /// <summary>Starts both nodes, with <paramref name="extra"/> settings (e.g. allowed user types) over Flow's on each.</summary>
    public static TwoNodes Start(string name, Hocon.Config? extra = null) =>
        new(Create(name + "-a", "127.0.0.2", extra), Create(name + "-b", "127.0.0.3", extra));

    /// <summary>A ref on A to <paramref name="actor"/> of B, resolved over the wire (its address is B's).</summary>
    public async Task<IActorRef> RemoteRefOnAAsync(IActorRef actor)
    {
        var address = ((ExtendedActorSystem)B).Provider.DefaultAddress;
        return await A.ActorSelection(actor.Path.ToStringWithAddress(address)).ResolveOne(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(A.Terminate(), B.Terminate());
    }

    private static ActorSystem Create(string name, string host, Hocon.Config? extra)
    {
        var hocon = $$"""
            akka.actor.provider = cluster
            akka.remote.dot-netty.tcp { hostname = "{{host}}", port = 0, maximum-frame-size = {{FrameSize}}b }
            akka.remote.watch-failure-detector.acceptable-heartbeat-pause = 30s
            akka.remote.transport-failure-detector.acceptable-heartbeat-pause = 60s
            akka.loglevel = ERROR
            """;
        var config = FlowConfig.ParseString(hocon);
        if (extra is not null)
        {
            config = extra.WithFallback(config);
        }

        return ActorSystem.Create(name, FlowConfig.ToAkka(config));
    }
}
