using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>What an actor system is built from besides its name: settings, logging and time.</summary>
public sealed record ActorSystemSetup
{
    /// <summary>Runtime settings; <see cref="ActorSystemSettings.Default"/> when not given.</summary>
    public ActorSystemSettings Settings { get; init; } = ActorSystemSettings.Default;

    /// <summary>Where the runtime and the actors log; nothing is logged by default.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The clock for timers, the scheduler and timeouts (tests pass a manual one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
