using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Event;
using Akka.Hosting.Logging;
using Flow.Actors.Configuration;
using Microsoft.Extensions.Logging;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Actors.Cluster;

/// <summary>
/// The ActorSystem of an embedded Flow: a one-node cluster on 127.0.0.1 (port 0) that joins itself — the same code
/// path as a cluster of many nodes, with nothing to install or start.
/// </summary>
internal static class EmbeddedCluster
{
    private static readonly TimeSpan UpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The embedded node polls its shard coordinators every 100 ms (embedded.conf) so that a Flow starts fast; while a
    /// coordinator is still starting, a region warns after five polls that it has messages waiting. On one node that
    /// is start-up, not trouble: those two warnings are left out of an embedded node's log (every other one shows).
    /// </summary>
    internal static LogFilterSetup QuietStartFilter { get; } = new LogFilterBuilder()
        .ExcludeMessageContaining("Trying to register to coordinator at")
        .ExcludeMessageContaining("Requested shard homes")
        .Build();

    /// <summary>Creates the system and completes once it is an Up member of its own cluster.</summary>
    /// <param name="name">The ActorSystem's name.</param>
    /// <param name="loggerFactory">Where Akka's log goes; null: warnings and errors to the console.</param>
    /// <param name="config">Settings layered over <see cref="FlowConfig.Embedded"/>, or null.</param>
    /// <param name="cancellationToken">Stops waiting (the system is terminated).</param>
    /// <exception cref="TimeoutException">The node did not become Up within 30 s.</exception>
    public static async Task<ActorSystem> StartAsync(string name, ILoggerFactory? loggerFactory, HoconConfig? config, CancellationToken cancellationToken)
    {
        var system = Create(name, loggerFactory, config);
        try
        {
            await JoinSelfAsync(system, cancellationToken).ConfigureAwait(false);
            return system;
        }
        catch
        {
            await system.Terminate().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the system, not yet a member: <see cref="JoinSelfAsync"/> makes it one.</summary>
    /// <param name="name">The ActorSystem's name.</param>
    /// <param name="loggerFactory">Where Akka's log goes; null: warnings and errors to the console.</param>
    /// <param name="config">Settings layered over <see cref="FlowConfig.Embedded"/>, or null.</param>
    /// <returns>The system.</returns>
    public static ActorSystem Create(string name, ILoggerFactory? loggerFactory, HoconConfig? config)
    {
        var settings = config is null ? FlowConfig.Embedded : config.WithFallback(FlowConfig.Embedded);
        if (loggerFactory is not null)
        {
            settings = HoconConfig.ParseString("akka.loggers = [\"Akka.Hosting.Logging.LoggerFactoryLogger, Akka.Hosting\"]").WithFallback(settings);
        }

        var setup = ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(FlowConfig.ToAkka(settings)), QuietStartFilter);
        if (loggerFactory is not null)
        {
            setup = setup.And(new LoggerFactorySetup(loggerFactory));
        }

        return ActorSystem.Create(name, setup);
    }

    /// <summary>Joins <paramref name="system"/> to itself and waits until it is Up.</summary>
    public static async Task JoinSelfAsync(ActorSystem system, CancellationToken cancellationToken)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        cluster.Join(cluster.SelfAddress);
        try
        {
            await up.Task.WaitAsync(UpTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The embedded cluster node {cluster.SelfAddress} did not become Up within {UpTimeout.TotalSeconds:0} s.");
        }
    }
}
