using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Flow.Actors.Serialization;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

/// <summary>
/// A node's remoting: the TCP listener, one <see cref="Association"/> per peer address, the incarnation uid of this
/// system start, the quarantine list, the remote watch table and the heartbeat timer. Created (and bound) before the
/// actor system's paths exist; started once the guardians do; stops when the system has terminated.
/// </summary>
internal sealed partial class RemoteTransport : IRemoteTransportHook, IActorRefResolver
{
    private readonly Socket _listener;
    private readonly ConcurrentDictionary<Address, Association> _associations = new();
    private readonly HashSet<(Address, ulong)> _quarantined = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILoggerFactory _loggerFactory;
    private readonly Transport.HandshakeLimiter _handshakes;
    private ActorSystem? _system;
    private ITimer? _heartbeat;

    public RemoteTransport(string systemName, RemoteSettings settings, ILoggerFactory loggerFactory, TimeProvider clock)
    {
        Settings = settings;
        Clock = clock;
        _loggerFactory = loggerFactory;
        Log = loggerFactory.CreateLogger("Flow.Actors.Remote");
        Uid = NewUid();
        _handshakes = new Transport.HandshakeLimiter(settings.MaximumPendingHandshakes);
        var bindHost = settings.BindHostname ?? settings.Hostname;
        var ip = IPAddress.TryParse(bindHost, out var parsed) ? parsed : Dns.GetHostAddresses(bindHost)[0];
        _listener = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(new IPEndPoint(ip, settings.Port));
            _listener.Listen(512);
        }
        catch (SocketException e)
        {
            _listener.Dispose();
            throw new InvalidOperationException($"Remoting of actor system '{systemName}' cannot listen on {ip}:{settings.Port} (flow.remote.hostname / bind-hostname / port): {e.Message}", e);
        }

        var port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        Address = new Address("flow.tcp", systemName, settings.PublicHostname ?? settings.Hostname, port);
    }

    public Address Address { get; }

    /// <summary>This system start's incarnation (never 0).</summary>
    public ulong Uid { get; }

    public RemoteSettings Settings { get; }

    public TimeProvider Clock { get; }

    public ILogger Log { get; private set; }

    public RemoteWatcher Watcher { get; } = new();

    /// <summary>Inbound connections still in their handshake (tests and diagnostics).</summary>
    public int PendingHandshakes => _handshakes.Pending;

    public ActorSystem System => _system ?? throw new InvalidOperationException("Remoting has not started.");

    public bool IsStopped => _stopping.IsCancellationRequested;

    /// <summary>Completes when the listener and every connection are closed.</summary>
    public Task WhenStopped => _stopped.Task;

    public void Start(ActorSystem system)
    {
        _system = system;
        Log = new LevelFilteredLogger(_loggerFactory.CreateLogger("Flow.Actors.Remote"), system.Settings.LogLevel);
        _ = Task.Run(AcceptLoopAsync);
        system.SystemActorOf(Props.Create(() => new Deployment.RemoteDeployer(Settings.Deployables)), Deployment.RemoteDeployer.Name);
        _heartbeat = Clock.CreateTimer(static s => ((RemoteTransport)s!).Tick(), this, Settings.HeartbeatInterval, Settings.HeartbeatInterval);
        system.WhenTerminated.ContinueWith(static (_, s) => ((RemoteTransport)s!).StopAfterFlushAsync(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        Log.LogInformation("Remoting started on {Address} (incarnation {Uid})", Address, Uid);
    }

    public IInternalActorRef ResolveRemote(ActorPath path) => new RemoteActorRef(this, GetAssociation(path.Address), path);

    public Association GetAssociation(Address address) =>
        _associations.GetOrAdd(address, static (a, t) => new Association(t, a), this);

    /// <summary>The association with a peer, if one exists (tests and diagnostics).</summary>
    public Association? FindAssociation(Address address) => _associations.GetValueOrDefault(address);

    IActorRef IActorRefResolver.Resolve(string path) => ResolveInbound(path);

    /// <summary>Resolves a wire path: a local actor (checked against its uid), a remote ref, or a missing-actor ref.</summary>
    public IInternalActorRef ResolveInbound(string wirePath)
    {
        var path = ActorPath.Parse(wirePath);
        if (path.Address.Equals(Address))
        {
            var local = System.Provider.ResolveLocal(path.Elements);
            return local is null || (path.Uid != 0 && local.Path.Uid != path.Uid && local.Path.Uid != 0)
                ? new MissingActorRef(System, path)
                : local;
        }

        return path.Address.HasGlobalScope && path.Address.Protocol == Address.Protocol
            ? ResolveRemote(path)
            : new MissingActorRef(System, path);
    }

    public void DeliverSystem(IInternalActorRef recipient, SystemMessage message)
    {
        if (message is DeathWatchNotification { Actor: RemoteActorRef watchee })
        {
            Watcher.Remove(watchee, recipient);
        }

        recipient.SendSystemMessage(message);
    }

    public void DeliverSelection(ActorSelectionMessage selection, IActorRef? sender)
    {
        var matches = SelectionWalker.Resolve(System.RootGuardian, selection.Elements);
        if (matches.Count == 0)
        {
            if (selection.Message is Identify identify)
            {
                sender?.Tell(new ActorIdentity(identify.MessageId, null), System.DeadLetters);
            }
            else
            {
                DeadLetter(selection.Message, sender, System.DeadLetters, $"no actor at /{string.Join('/', selection.Elements)}");
            }

            return;
        }

        foreach (var target in matches)
        {
            target.Tell(selection.Message, sender);
        }
    }

    public void DeadLetter(object message, IActorRef? sender, IActorRef recipient, string reason) =>
        System.DeadLettersRef.Deliver(message, sender, recipient, reason);

    public void Quarantine(Address address, ulong uid)
    {
        lock (_quarantined)
        {
            _quarantined.Add((address, uid));
        }
    }

    public bool IsQuarantined(Address address, ulong uid)
    {
        lock (_quarantined)
        {
            return _quarantined.Contains((address, uid));
        }
    }

    /// <summary>
    /// After the system terminated: gives queued messages and the last death notifications up to
    /// <see cref="RemoteSettings.ShutdownFlushTimeout"/> to reach peers (so their watchers learn of an orderly stop
    /// rather than wait for the failure detector), then stops.
    /// </summary>
    private async Task StopAfterFlushAsync()
    {
        // Real time, not the system's clock: a manual test clock must not hold the shutdown forever.
        var started = global::System.Diagnostics.Stopwatch.StartNew();
        while (!IsStopped && started.Elapsed < Settings.ShutdownFlushTimeout && !AllDrained())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5)).ConfigureAwait(false);
        }

        Stop();
    }

    private bool AllDrained()
    {
        foreach (var association in _associations.Values)
        {
            if (!association.IsDrained)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Closes the listener and every connection. Idempotent.</summary>
    public void Stop()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        _heartbeat?.Dispose();
        _listener.Dispose();
        foreach (var association in _associations.Values)
        {
            association.Stop();
        }

        _stopped.TrySetResult();
    }

    private void Tick()
    {
        if (IsStopped)
        {
            return;
        }

        foreach (var association in _associations.Values)
        {
            try
            {
                association.Tick();
            }
            catch (Exception e)
            {
                Log.LogError(e, "Heartbeat tick for {Peer} failed", association.RemoteAddress);
            }
        }
    }

    internal static bool CookieMatches(string? expected, ReadOnlySpan<byte> presented)
    {
        var bytes = global::System.Text.Encoding.UTF8.GetBytes(expected ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(bytes, presented);
    }

    private static ulong NewUid()
    {
        Span<byte> bytes = stackalloc byte[8];
        ulong uid;
        do
        {
            RandomNumberGenerator.Fill(bytes);
            uid = BitConverter.ToUInt64(bytes);
        }
        while (uid == 0);
        return uid;
    }
}
