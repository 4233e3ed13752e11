using Flow.Actors.Dispatch;
using Flow.Actors.Supervision;

namespace Flow.Actors;

/// <summary>The runtime settings of an actor system (read from HOCON by <c>ActorSystem.Create(name, config)</c>).</summary>
public sealed record ActorSystemSettings
{
    /// <summary>The defaults of <c>hocon/reference.conf</c>.</summary>
    public static ActorSystemSettings Default { get; } = new();

    /// <summary>Dispatcher names and their throughput; <c>default-dispatcher</c> is always present.</summary>
    public IReadOnlyDictionary<string, int> Dispatchers { get; init; } =
        new Dictionary<string, int>(StringComparer.Ordinal) { [Dispatch.Dispatchers.DefaultId] = 30 };

    /// <summary>The mailbox of actors whose Props name none.</summary>
    public MailboxSettings DefaultMailbox { get; init; } = MailboxSettings.Unbounded;

    /// <summary>The timeout of an <c>Ask</c> that names none.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How the user guardian supervises top-level actors.</summary>
    public SupervisorStrategy GuardianStrategy { get; init; } = SupervisorStrategy.DefaultStrategy;

    /// <summary>How many dead letters are logged before the log goes quiet (they are always published and counted).</summary>
    public int LogDeadLetters { get; init; } = 10;

    /// <summary>The least severe level the runtime's own log events are written at (<c>flow.loglevel</c>).</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;

    /// <summary>The phases of coordinated shutdown, in any order (they are sorted by their dependencies).</summary>
    public IReadOnlyList<ShutdownPhase> ShutdownPhases { get; init; } = ShutdownPhase.Defaults;

    /// <summary>Routers declared by actor path (e.g. <c>/user/workers</c>), applied to Props that have no router.</summary>
    public IReadOnlyDictionary<string, Routing.RouterConfig> Deployments { get; init; } =
        new Dictionary<string, Routing.RouterConfig>(StringComparer.Ordinal);

    /// <summary>
    /// Remoting over TCP (<c>flow.actor.provider = remote</c> with <c>flow.remote</c>), or null for a system that is
    /// reachable only in its own process.
    /// </summary>
    public Remote.RemoteSettings? Remote { get; init; }

    /// <summary>
    /// Reads the settings from the <c>flow</c> section of <paramref name="config"/>, with <c>hocon/reference.conf</c>
    /// as the fallback for everything it does not set.
    /// </summary>
    /// <exception cref="Flow.Hocon.ConfigException">A setting is missing, mistyped or out of range (named by path).</exception>
    public static ActorSystemSettings FromConfig(Flow.Hocon.Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return SettingsReader.Read(config.WithFallback(Flow.Hocon.Config.Reference));
    }

    /// <summary>Returns these settings with the default dispatcher's throughput replaced.</summary>
    public ActorSystemSettings WithThroughput(int throughput)
    {
        var dispatchers = new Dictionary<string, int>(Dispatchers, StringComparer.Ordinal) { [Dispatch.Dispatchers.DefaultId] = throughput };
        return this with { Dispatchers = dispatchers };
    }
}
