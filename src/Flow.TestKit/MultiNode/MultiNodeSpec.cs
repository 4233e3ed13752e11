using Akka.Actor;
using Akka.Actor.Setup;
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
/// a word), <see cref="RestartAsync"/> (a new incarnation at the same address), and <see cref="AwaitMembersUpAsync"/>
/// to wait until the nodes agree on who is in the cluster. For a node killed with SIGKILL, run it in its own process
/// with <see cref="NodeProcess"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every ActorSystem of the spec shares the process's thread pool, so the harness loosens the failure detector for a
/// busy machine (heartbeats every second, a member is unreachable after about 8 s of silence instead of Akka's 3 s: with
/// several nodes on 2 cores and other work beside them, 5 s was seen to mark a live node unreachable) and sets the split-brain resolver's <c>stable-after</c> to 5 s (Flow's reference: 7 s). Shards and singletons of a
/// downed node start elsewhere <c>stable-after</c> after its removal (Akka's <c>down-removal-margin</c> left to the
/// resolver), so that in a partition the minority has stopped its shards before the majority starts them.
/// </para>
/// <para>
/// Nodes join through the seeds that run (Akka's <c>JoinSeedNodes</c>): the first seed founds the cluster when no
/// node runs, and a restarted seed rejoins through another seed — declare at least two in
/// <see cref="MultiNodeConfig.SeedRoles"/> for a spec that restarts a seed.
/// </para>
/// </remarks>
public abstract partial class MultiNodeSpec : IAsyncLifetime
{
    private const string Defaults = """
        akka {
          loglevel = WARNING
          coordinated-shutdown.run-by-actor-system-terminate = off
          coordinated-shutdown.terminate-actor-system = on
          cluster {
            failure-detector {
              heartbeat-interval = 1s
              acceptable-heartbeat-pause = 8s
            }
            split-brain-resolver.stable-after = 5s
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

    private static readonly TimeSpan UpTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan TeardownTimeout = TimeSpan.FromSeconds(20);

    private readonly Dictionary<RoleName, ActorSystem> _nodes = [];
    private readonly Dictionary<RoleName, int> _ports = [];
    private readonly Dictionary<RoleName, TestKitBase> _kits = [];
    private readonly List<Task> _running = [];
    private readonly List<Task> _terminating = [];
    private readonly ITestOutputHelper? _output;

    /// <summary>Declares the spec's nodes.</summary>
    protected MultiNodeSpec(MultiNodeConfig config, ITestOutputHelper? output = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Roles.Count == 0)
        {
            throw new ArgumentException("Declare at least one role (MultiNodeConfig.Role).", nameof(config));
        }

        foreach (var seed in config.SeedRoles)
        {
            _ = config.HostOf(seed);
        }

        Config = config;
        _output = output;
        foreach (var role in config.Roles)
        {
            _ports[role] = LoopbackPort.Free(config.HostOf(role));
        }
    }

    /// <summary>The nodes and their configuration.</summary>
    protected MultiNodeConfig Config { get; }

    /// <summary>xunit's output of the spec (where the TestKits of <see cref="Kit"/> log), or null.</summary>
    protected ITestOutputHelper? Output => _output;

    /// <summary>The ActorSystem name every node shares (a cluster's members have one name).</summary>
    protected virtual string SystemName => "flow";

    /// <summary>The node of <paramref name="role"/> (started; it may have terminated since, see <see cref="IsRunning"/>).</summary>
    /// <exception cref="InvalidOperationException">The node was never started, or was aborted or left.</exception>
    protected ActorSystem Node(RoleName role) =>
        _nodes.TryGetValue(role, out var system) ? system : throw new InvalidOperationException($"The node '{role}' is not running.");

    /// <summary>Whether the node of <paramref name="role"/> is started and its ActorSystem has not terminated (a downed node terminates itself).</summary>
    protected bool IsRunning(RoleName role) => _nodes.TryGetValue(role, out var system) && !system.WhenTerminated.IsCompleted;

    /// <summary>The address of <paramref name="role"/>'s node (the same across restarts; its protocol is <c>akka.trttl.tcp</c> with <see cref="MultiNodeConfig.TestTransport"/>).</summary>
    protected Address AddressOf(RoleName role) => new(Config.TestTransport ? "akka.trttl.tcp" : "akka.tcp", SystemName, Config.HostOf(role), _ports[role]);

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

    /// <summary>
    /// Starts (or restarts) the node of <paramref name="role"/>, joins it through the seeds that run (the first seed
    /// founds the cluster when no node runs) and waits until it is Up (60 s at most).
    /// </summary>
    /// <exception cref="InvalidOperationException">No seed runs to join through, or the node terminated before it was Up.</exception>
    /// <exception cref="TimeoutException">The node was not Up within 60 s.</exception>
    protected async Task StartNodeAsync(RoleName role)
    {
        if (IsRunning(role))
        {
            throw new InvalidOperationException($"The node '{role}' is already running: restart it with RestartAsync.");
        }

        var seeds = SeedsToJoin(role);
        var host = Config.HostOf(role);
        var transport = Config.TestTransport ? "akka.remote.dot-netty.tcp.applied-adapters = [trttl]" : string.Empty;
        var hocon = $$"""
            akka.remote.dot-netty.tcp { hostname = "{{host}}", port = {{_ports[role]}} }
            {{transport}}
            """;
        var config = HoconConfig.ParseString(Config.NodeConfigOf(role), role + ".conf")
            .WithFallback(HoconConfig.ParseString(Config.CommonConfig, "common.conf"))
            .WithFallback(HoconConfig.ParseString(hocon, role + " address"))
            .WithFallback(HoconConfig.ParseString(Defaults, "multi-node defaults"))
            .WithFallback(FlowConfig.Reference);
        var setup = ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(FlowConfig.ToAkka(config)), EmbeddedCluster.QuietStartFilter);
        var system = ActorSystem.Create(SystemName, setup);
        _nodes[role] = system;
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        cluster.JoinSeedNodes(seeds);
        var first = await Task.WhenAny(up.Task, system.WhenTerminated).WaitAsync(UpTimeout).ConfigureAwait(false);
        if (first != up.Task)
        {
            throw new InvalidOperationException($"The node '{role}' ({AddressOf(role)}) terminated before it became an Up member (see its log).");
        }
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

    /// <summary>The node of <paramref name="role"/> leaves the cluster in order (coordinated shutdown) and terminates.</summary>
    protected async Task LeaveAsync(RoleName role)
    {
        var system = Node(role);
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance).ConfigureAwait(false);
        await system.WhenTerminated.ConfigureAwait(false);
        _nodes.Remove(role);
    }

    /// <summary>
    /// The node of <paramref name="role"/> vanishes without a word: every other node stops hearing from it (needs
    /// <see cref="MultiNodeConfig.TestTransport"/>), then its termination starts (the spec's teardown waits for it). The others detect it
    /// as unreachable, and the split-brain resolver downs it.
    /// </summary>
    protected async Task AbortAsync(RoleName role)
    {
        foreach (var other in _nodes.Keys.Where(r => r != role).ToArray())
        {
            await BlackholeAsync(role, other).ConfigureAwait(false);
        }

        var system = Node(role);
        _nodes.Remove(role);

        // Cut off, the node may not finish terminating (an actor waiting for its remotely deployed children to
        // confirm that they stopped) before the spec's end; to the cluster it is gone either way.
        _terminating.Add(system.Terminate());
    }

    /// <summary>
    /// Starts a new incarnation of <paramref name="role"/>'s node at the same address (terminating the running one
    /// first, without leaving: as a process that crashed and was started again); it joins the cluster again.
    /// </summary>
    protected async Task<ActorSystem> RestartAsync(RoleName role)
    {
        if (_nodes.TryGetValue(role, out var old))
        {
            await old.Terminate().ConfigureAwait(false);
            _nodes.Remove(role);
        }

        if (Config.TestTransport)
        {
            foreach (var other in _nodes.Keys.Where(r => r != role && IsRunning(r)).ToArray())
            {
                // The old incarnation may have been blackholed (an abort, a partition): the new one must be heard.
                await SetThrottleAsync(other, role, Akka.Remote.Transport.Unthrottled.Instance).ConfigureAwait(false);
            }
        }

        await StartNodeAsync(role).ConfigureAwait(false);
        return Node(role);
    }

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Terminates every node still running, waiting at most 20 s (as Akka's TestKit shuts a system down without
    /// verifying it): when every node of a cluster terminates at once, an actor with remotely deployed children (a
    /// Flow shard's replica pool) can wait for ever for their node to confirm that they stopped.
    /// </summary>
    public virtual async Task DisposeAsync()
    {
        var terminations = _nodes.Values.Select(s => s.Terminate()).Concat(_terminating).ToArray();
        _nodes.Clear();
        var all = Task.WhenAll(terminations);
        if (await Task.WhenAny(all, Task.Delay(TeardownTimeout)).ConfigureAwait(false) != all)
        {
            _output?.WriteLine($"{terminations.Count(t => !t.IsCompleted)} node(s) had not terminated {TeardownTimeout.TotalSeconds:0} s after the spec; left behind.");
        }
    }

    private IReadOnlyList<RoleName> Seeds() => Config.SeedRoles.Count > 0 ? Config.SeedRoles : [Config.Roles[0]];

    /// <summary>The seeds <paramref name="role"/>'s node joins through: the running ones, or itself when it founds the cluster.</summary>
    private List<Address> SeedsToJoin(RoleName role)
    {
        var running = Seeds().Where(s => s != role && IsRunning(s)).Select(AddressOf).ToList();
        if (running.Count > 0)
        {
            return running;
        }

        var others = Config.Roles.Where(r => r != role && IsRunning(r)).ToList();
        if (others.Count == 0 && Seeds().Contains(role))
        {
            return [AddressOf(role)];
        }

        throw new InvalidOperationException(others.Count == 0
            ? $"The node '{role}' cannot join: no seed ({string.Join(", ", Seeds())}) runs. Start a seed first."
            : $"The node '{role}' cannot join: no other seed ({string.Join(", ", Seeds())}) runs, and a seed that joined itself would found a second cluster beside the running nodes ({string.Join(", ", others)}). Declare more than one seed in MultiNodeConfig.SeedRoles.");
    }
}
