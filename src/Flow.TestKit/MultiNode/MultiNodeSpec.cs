using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Remote;
using Akka.Remote.Transport;
using Akka.TestKit;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;
using Xunit;
using Xunit.Abstractions;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.TestKit.MultiNode;

/// <summary>
/// A multi-node spec in one process: one ActorSystem per role, each on its own loopback address, forming a cluster
/// through the seed role(s). Reads like Akka's multi-node specs — <see cref="RunOnAsync"/> on roles,
/// <see cref="EnterBarrierAsync"/>, <see cref="BlackholeAsync"/> / <see cref="PassThroughAsync"/> between two roles —
/// plus the node lifecycle: <see cref="LeaveAsync"/> (graceful), <see cref="AbortAsync"/> (the node vanishes without
/// a word), <see cref="RestartAsync"/> (a new incarnation at the same address). For a node killed with SIGKILL, run
/// it in its own process with <see cref="NodeProcess"/>.
/// </summary>
/// <remarks>
/// Every ActorSystem of the spec shares the process's thread pool: the harness loosens the failure detector (a
/// member is unreachable after about 5 s of silence) so that a busy 2-core machine does not lose members by mistake,
/// and sets the split-brain resolver's <c>stable-after</c> to 5 s.
/// </remarks>
public abstract class MultiNodeSpec : IAsyncLifetime
{
    private const string Defaults = """
        akka {
          loglevel = WARNING
          coordinated-shutdown.run-by-actor-system-terminate = off
          coordinated-shutdown.terminate-actor-system = on
          cluster {
            failure-detector {
              heartbeat-interval = 1s
              acceptable-heartbeat-pause = 5s
            }
            split-brain-resolver.stable-after = 5s
            down-removal-margin = 1s
            periodic-tasks-initial-delay = 100ms
            gossip-interval = 300ms
            leader-actions-interval = 300ms
            sharding {
              retry-interval = 200ms
              coordinator-failure-backoff = 500ms
            }
            singleton.hand-over-retry-interval = 200ms
          }
        }
        """;

    private readonly Dictionary<RoleName, ActorSystem> _nodes = [];
    private readonly Dictionary<RoleName, int> _ports = [];
    private readonly Dictionary<RoleName, TestKitBase> _kits = [];
    private readonly List<Task> _running = [];
    private readonly ITestOutputHelper? _output;

    /// <summary>Declares the spec's nodes.</summary>
    protected MultiNodeSpec(MultiNodeConfig config, ITestOutputHelper? output = null)
    {
        Config = config;
        _output = output;
        foreach (var role in config.Roles)
        {
            _ports[role] = LoopbackPort.Free(config.HostOf(role));
        }
    }

    /// <summary>The nodes and their configuration.</summary>
    protected MultiNodeConfig Config { get; }

    /// <summary>The ActorSystem name every node shares (a cluster's members have one name).</summary>
    protected virtual string SystemName => "flow";

    /// <summary>The node of <paramref name="role"/> (started).</summary>
    protected ActorSystem Node(RoleName role) =>
        _nodes.TryGetValue(role, out var system) ? system : throw new InvalidOperationException($"The node '{role}' is not running.");

    /// <summary>The address of <paramref name="role"/>'s node (the same across restarts).</summary>
    protected Address AddressOf(RoleName role) => new("akka.tcp", SystemName, Config.HostOf(role), _ports[role]);

    /// <summary>A TestKit on <paramref name="role"/>'s node, for probes, <c>AwaitAssertAsync</c> and <c>ExpectMsgAsync</c> there.</summary>
    protected TestKitBase Kit(RoleName role)
    {
        if (!_kits.TryGetValue(role, out var kit) || !ReferenceEquals(kit.Sys, Node(role)))
        {
            kit = new Akka.TestKit.Xunit2.TestKit(Node(role), _output);
            _kits[role] = kit;
        }

        return kit;
    }

    /// <summary>Starts the nodes of <paramref name="roles"/> (every role when none is given), seeds first, and waits until each is an Up member.</summary>
    protected async Task StartClusterAsync(params RoleName[] roles)
    {
        var start = roles.Length == 0 ? Config.Roles : roles;
        foreach (var seed in Seeds().Where(start.Contains))
        {
            await StartNodeAsync(seed).ConfigureAwait(false);
        }

        await Task.WhenAll(start.Except(Seeds()).Select(StartNodeAsync)).ConfigureAwait(false);
    }

    /// <summary>Starts (or restarts) the node of <paramref name="role"/>, joins it to the seeds and waits until it is Up.</summary>
    protected async Task StartNodeAsync(RoleName role)
    {
        var host = Config.HostOf(role);
        var transport = Config.TestTransport ? "applied-adapters = [trttl]" : string.Empty;
        var seeds = string.Join(", ", Seeds().Select(s => "\"" + AddressOf(s) + "\""));
        var hocon = $$"""
            akka.remote.dot-netty.tcp { hostname = "{{host}}", port = {{_ports[role]}} {{transport}} }
            akka.cluster.seed-nodes = [{{seeds}}]
            """;
        var config = HoconConfig.ParseString(Config.NodeConfigOf(role), role + ".conf")
            .WithFallback(HoconConfig.ParseString(Config.CommonConfig, "common.conf"))
            .WithFallback(HoconConfig.ParseString(hocon, role + " address"))
            .WithFallback(HoconConfig.ParseString(Defaults, "multi-node defaults"))
            .WithFallback(FlowConfig.Reference);
        var setup = ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(FlowConfig.ToAkka(config)), EmbeddedCluster.QuietStartFilter);
        var system = ActorSystem.Create(SystemName, setup);
        _nodes[role] = system;
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Akka.Cluster.Cluster.Get(system).RegisterOnMemberUp(() => up.TrySetResult());
        await up.Task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="action"/> on the node of each of <paramref name="roles"/>, concurrently; <see cref="EnterBarrierAsync"/> waits for them.</summary>
    protected Task RunOnAsync(Func<ActorSystem, Task> action, params RoleName[] roles)
    {
        var runs = roles.Select(r => Task.Run(() => action(Node(r)))).ToArray();
        _running.AddRange(runs);
        return Task.WhenAll(runs);
    }

    /// <summary>Waits until everything started with <see cref="RunOnAsync"/> since the last barrier has finished (failing with the barrier's name after <paramref name="timeout"/>, 60 s by default).</summary>
    protected async Task EnterBarrierAsync(string name, TimeSpan? timeout = null)
    {
        var running = _running.ToArray();
        _running.Clear();
        try
        {
            await Task.WhenAll(running).WaitAsync(timeout ?? TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Barrier '{name}' timed out: {running.Count(t => !t.IsCompleted)} of {running.Length} node actions had not finished.");
        }
    }

    /// <summary>Drops every message between the nodes of <paramref name="a"/> and <paramref name="b"/>, both ways (needs <see cref="MultiNodeConfig.TestTransport"/>).</summary>
    protected Task BlackholeAsync(RoleName a, RoleName b) => ThrottleAsync(a, b, Blackhole.Instance);

    /// <summary>Lets messages between <paramref name="a"/> and <paramref name="b"/> through again.</summary>
    protected Task PassThroughAsync(RoleName a, RoleName b) => ThrottleAsync(a, b, Unthrottled.Instance);

    /// <summary>The node of <paramref name="role"/> leaves the cluster in order (coordinated shutdown) and terminates.</summary>
    protected async Task LeaveAsync(RoleName role)
    {
        var system = Node(role);
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance).ConfigureAwait(false);
        await system.WhenTerminated.ConfigureAwait(false);
        _nodes.Remove(role);
    }

    /// <summary>The node of <paramref name="role"/> vanishes without a word: every other node stops hearing from it, then it terminates (the others detect it as unreachable, and the split-brain resolver downs it).</summary>
    protected async Task AbortAsync(RoleName role)
    {
        foreach (var other in _nodes.Keys.Where(r => r != role).ToArray())
        {
            await BlackholeAsync(role, other).ConfigureAwait(false);
        }

        var system = Node(role);
        _nodes.Remove(role);
        await system.Terminate().ConfigureAwait(false);
    }

    /// <summary>Starts a new incarnation of <paramref name="role"/>'s node at the same address; it joins the cluster again.</summary>
    protected async Task<ActorSystem> RestartAsync(RoleName role)
    {
        if (_nodes.TryGetValue(role, out var old))
        {
            await old.Terminate().ConfigureAwait(false);
        }

        foreach (var other in _nodes.Keys.Where(r => r != role).ToArray())
        {
            if (Config.TestTransport)
            {
                // The old incarnation was blackholed by an abort: the new one must be heard.
                await SetThrottleAsync(other, role, Unthrottled.Instance).ConfigureAwait(false);
            }
        }

        await StartNodeAsync(role).ConfigureAwait(false);
        return Node(role);
    }

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Terminates every node still running.</summary>
    public virtual async Task DisposeAsync()
    {
        await Task.WhenAll(_nodes.Values.Select(s => s.Terminate())).ConfigureAwait(false);
        _nodes.Clear();
    }

    private IReadOnlyList<RoleName> Seeds() => Config.SeedRoles.Count > 0 ? Config.SeedRoles : [Config.Roles[0]];

    private async Task ThrottleAsync(RoleName a, RoleName b, ThrottleMode mode)
    {
        await SetThrottleAsync(a, b, mode).ConfigureAwait(false);
        await SetThrottleAsync(b, a, mode).ConfigureAwait(false);
    }

    private async Task SetThrottleAsync(RoleName from, RoleName to, ThrottleMode mode)
    {
        if (!Config.TestTransport)
        {
            throw new InvalidOperationException("Blackholing needs MultiNodeConfig.TestTransport = true.");
        }

        if (!_nodes.TryGetValue(from, out var system))
        {
            return;
        }

        var transport = ((IRemoteActorRefProvider)((ExtendedActorSystem)system).Provider).Transport;
        if (!await transport.ManagementCommand(new SetThrottle(AddressOf(to), ThrottleTransportAdapter.Direction.Both, mode)).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The throttler of '{from}' did not take the command for '{to}'.");
        }
    }
}
