using Flow.Actors.Dispatch;
using Flow.Actors.Supervision;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flow.Actors;

/// <summary>
/// A hierarchy of actors with its dispatchers, scheduler, event stream and dead letters. Top-level actors live under
/// <c>/user</c>. Create it once per process (or per node), and call <see cref="Terminate"/> (or dispose it) to stop it.
/// </summary>
public sealed class ActorSystem : IAsyncDisposable
{
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorCell _rootCell;
    private readonly ActorCell _userCell;
    private readonly ActorCell _systemCell;
    private int _finalTerminateStarted;

    private ActorSystem(string name, ActorSystemSetup setup)
    {
        Name = name;
        Settings = setup.Settings;
        TimeProvider = setup.TimeProvider;
        LoggerFactory = setup.LoggerFactory ?? NullLoggerFactory.Instance;
        Log = new LevelFilteredLogger(LoggerFactory.CreateLogger("Flow.Actors.ActorSystem"), Settings.LogLevel);
        RemoteHook = Settings.Remote is { } remote ? Remote.RemoteTransportHook.Create(name, remote, LoggerFactory, TimeProvider) : null;
        Address = RemoteHook?.Address ?? new Address("flow", name);
        Dispatchers = new Dispatchers(Settings.Dispatchers);
        EventStream = new EventStream { Log = Log };
        Scheduler = new Scheduler(TimeProvider, Log);
        Provider = new LocalActorRefProvider(this);
        var root = ActorPath.Root(Address);
        DeadLettersRef = new DeadLetterActorRef(this, root.Child("deadLetters"));
        var rootParent = new RootParentRef(this, root.Child("bubble-walker"));
        _rootCell = new ActorCell(this, root.WithUid(1), Props.Create(() => new GuardianActor(SupervisorStrategy.StoppingStrategy)), Dispatchers.DefaultDispatcher, MailboxSettings.Unbounded, rootParent);
        TempContainer = new TempContainer(this, root.Child("temp"));
        _rootCell.Start();
        _userCell = ((LocalActorRef)_rootCell.CreateChild(Props.Create(() => new GuardianActor(Settings.GuardianStrategy)).WithRouter(Routing.NoRouter.Instance), "user")).Cell;
        _systemCell = ((LocalActorRef)_rootCell.CreateChild(Props.Create(() => new GuardianActor(SupervisorStrategy.DefaultStrategy)).WithRouter(Routing.NoRouter.Instance), "system")).Cell;
        _userCell.OnTerminated = () => _systemCell.Self.Stop();
        _systemCell.OnTerminated = () => _rootCell.Self.Stop();
        _rootCell.OnTerminated = () => _terminated.TrySetResult();
        CoordinatedShutdown = new CoordinatedShutdown(this, Settings.ShutdownPhases);
        RemoteHook?.Start(this);
    }

    /// <summary>The system's name (part of every actor path).</summary>
    public string Name { get; }

    /// <summary>The system's address; local systems have no host or port.</summary>
    public Address Address { get; }

    /// <summary>The settings the system was created with.</summary>
    public ActorSystemSettings Settings { get; }

    /// <summary>The clock behind timers, the scheduler and timeouts.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Where the runtime and the actors log.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The dispatchers, by name.</summary>
    public Dispatchers Dispatchers { get; }

    /// <summary>The publish/subscribe bus (dead letters, unhandled messages, ...).</summary>
    public EventStream EventStream { get; }

    /// <summary>Timers that tell actors (or run actions) later or repeatedly.</summary>
    public IScheduler Scheduler { get; }

    /// <summary>The ordered shutdown that <see cref="Terminate"/> runs.</summary>
    public CoordinatedShutdown CoordinatedShutdown { get; }

    /// <summary>The dead-letter ref: what is sent to it is published as <see cref="DeadLetter"/>.</summary>
    public IActorRef DeadLetters => DeadLettersRef;

    /// <summary>How many messages went to dead letters since the system started.</summary>
    public long DeadLetterCount => DeadLettersRef.Count;

    /// <summary>Completes when every actor has stopped after <see cref="Terminate"/>.</summary>
    public Task WhenTerminated => _terminated.Task;

    internal ILogger Log { get; }

    internal LocalActorRefProvider Provider { get; }

    /// <summary>Remoting, when the system was configured with remote settings.</summary>
    internal Remote.IRemoteTransportHook? RemoteHook { get; }

    internal DeadLetterActorRef DeadLettersRef { get; }

    internal TempContainer TempContainer { get; }

    internal IInternalActorRef RootGuardian => _rootCell.Self;

    internal IInternalActorRef UserGuardian => _userCell.Self;

    internal IInternalActorRef SystemGuardian => _systemCell.Self;

    /// <summary>Creates an actor system.</summary>
    /// <param name="name">Letters, digits, '-' and '_', starting with a letter or digit.</param>
    /// <param name="setup">Settings, logging and clock; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The name is invalid (the message quotes it).</exception>
    public static ActorSystem Create(string name, ActorSystemSetup? setup = null)
    {
        ValidateName(name);
        return new ActorSystem(name, setup ?? new ActorSystemSetup());
    }

    /// <summary>
    /// Creates an actor system configured by <paramref name="config"/> (its <c>flow</c> section), with
    /// <c>hocon/reference.conf</c> as the fallback; logging and clock come from <paramref name="setup"/>.
    /// </summary>
    /// <exception cref="Flow.Hocon.ConfigException">A setting is invalid (the message names its path).</exception>
    public static ActorSystem Create(string name, Flow.Hocon.Config config, ActorSystemSetup? setup = null)
    {
        ValidateName(name);
        var settings = ActorSystemSettings.FromConfig(config);
        return new ActorSystem(name, (setup ?? new ActorSystemSetup()) with { Settings = settings });
    }

    /// <summary>Creates a top-level actor under <c>/user</c>. Thread-safe.</summary>
    /// <exception cref="InvalidActorNameException">The name is invalid or taken.</exception>
    /// <exception cref="ArgumentException">The Props cannot create an actor (the message names the type).</exception>
    public IActorRef ActorOf(Props props, string? name = null) => _userCell.CreateChild(props, name);

    /// <summary>Creates an actor under <c>/system</c> (for the runtime's own services).</summary>
    internal IActorRef SystemActorOf(Props props, string? name = null) => _systemCell.CreateChild(props, name);

    /// <summary>Selects actors by absolute path (<c>/user/a/b</c> or <c>flow://name/user/a</c>).</summary>
    public ActorSelection ActorSelection(string path) => Flow.Actors.ActorSelection.Create(this, RootGuardian, path);

    /// <summary>Stops an actor asynchronously; its watchers then receive <see cref="Terminated"/>.</summary>
    public void Stop(IActorRef actor)
    {
        if (actor is IInternalActorRef target)
        {
            target.Stop();
        }
    }

    /// <summary>Runs coordinated shutdown; completes when every actor has stopped. Idempotent.</summary>
    public Task Terminate() => CoordinatedShutdown.RunAsync("ActorSystem.Terminate");

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Terminate().ConfigureAwait(false);

    /// <summary>The last phase: stop /user, then /system, then the root; completes when the root has stopped.</summary>
    internal Task FinalTerminateAsync()
    {
        if (Interlocked.Exchange(ref _finalTerminateStarted, 1) == 0)
        {
            _userCell.Self.Stop();
        }

        return _terminated.Task;
    }

    /// <inheritdoc />
    public override string ToString() => Address.ToString();

    private static void ValidateName(string name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterOrDigit(name[0]))
        {
            throw new ArgumentException($"Invalid actor system name '{name}': it must start with a letter or digit.", nameof(name));
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                throw new ArgumentException($"Invalid actor system name '{name}': character '{c}' is not allowed (letters, digits, '-' and '_' are).", nameof(name));
            }
        }
    }
}
