using Flow.Actors.Serialization;

namespace Flow.Actors.Remote;

/// <summary>
/// How an actor system talks to other nodes over TCP (<c>flow.remote</c> in HOCON, used when
/// <c>flow.actor.provider = remote</c>). Every duration and size has the default of <c>hocon/reference.conf</c>.
/// </summary>
public sealed record RemoteSettings
{
    /// <summary>The host name or IP this node listens on and, unless <see cref="PublicHostname"/> is set, that peers dial.</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>The port to listen on; 0 picks a free one (the system's address shows which).</summary>
    public int Port { get; init; }

    /// <summary>The host name peers dial (behind NAT or in containers); <see cref="Hostname"/> when null.</summary>
    public string? PublicHostname { get; init; }

    /// <summary>The local IP to bind to; <see cref="Hostname"/> when null.</summary>
    public string? BindHostname { get; init; }

    /// <summary>The largest frame on the wire; bigger messages travel in chunks of this size.</summary>
    public int MaximumFrameSize { get; init; } = 256 * 1024;

    /// <summary>The largest message (after serialization); a bigger one goes to dead letters with an error naming both sizes.</summary>
    public long MaximumMessageSize { get; init; } = 128L * 1024 * 1024;

    /// <summary>The socket send buffer size.</summary>
    public int SendBufferSize { get; init; } = 256 * 1024;

    /// <summary>The socket receive buffer size.</summary>
    public int ReceiveBufferSize { get; init; } = 256 * 1024;

    /// <summary>Whether writes are batched while more messages are queued (flushed at once when the queue is empty).</summary>
    public bool Batching { get; init; } = true;

    /// <summary>The bytes written before a flush while the queue still has messages.</summary>
    public int BatchMaxBytes { get; init; } = 64 * 1024;

    /// <summary>How many messages may wait for one peer; more go to dead letters.</summary>
    public int OutboundQueueSize { get; init; } = 200_000;

    /// <summary>How long a connect plus handshake may take.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many inbound connections may be in their handshake at once; further ones are closed at once (and logged, rate-limited) until some complete or time out (<see cref="ConnectionTimeout"/>).</summary>
    public int MaximumPendingHandshakes { get; init; } = 256;

    /// <summary>The shared secret a peer must present in the handshake; null or empty for none.</summary>
    public string? Cookie { get; init; }

    /// <summary>How often each node sends a heartbeat to each connected peer.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The phi value above which a peer is considered lost.</summary>
    public double FailureDetectorThreshold { get; init; } = 10.0;

    /// <summary>A pause in heartbeats that is still acceptable (GC, load) before phi rises steeply.</summary>
    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The smallest standard deviation assumed for heartbeat intervals.</summary>
    public TimeSpan MinStdDeviation { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How many heartbeat intervals the detector remembers.</summary>
    public int MaxSampleSize { get; init; } = 200;

    /// <summary>Unacknowledged system messages are sent again after this long.</summary>
    public TimeSpan SystemMessageResendInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many system messages may wait for the peer's acknowledgement; one more quarantines the peer (an error names it and this bound) and its actors' watchers get Terminated.</summary>
    public int SystemMessageBufferSize { get; init; } = 20_000;

    /// <summary>When the system terminates, how long remoting waits for queued messages to be written and system messages (death notifications) to be acknowledged before it closes its connections.</summary>
    public TimeSpan ShutdownFlushTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// An association with no message either way for this long, nothing queued or unacknowledged and no watch in either
    /// direction is closed on this side (without quarantine: a later message associates again); null disables it.
    /// </summary>
    public TimeSpan? IdleAssociationTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>TLS for every connection, or null for plain TCP.</summary>
    public TlsSettings? Tls { get; init; }

    /// <summary>The actor types other nodes may start on this node (remote deployment), by key.</summary>
    public Deployment.DeployableActors Deployables { get; init; } = new();

    /// <summary>The message types allowed on the wire (built-ins included); register user types before sending.</summary>
    public SerializationRegistry Serialization { get; init; } = new();
}
