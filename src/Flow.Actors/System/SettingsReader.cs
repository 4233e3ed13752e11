using Flow.Hocon;
using Flow.Actors.Dispatch;
using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>Reads <see cref="ActorSystemSettings"/> from the <c>flow</c> section of a resolved configuration.</summary>
internal static class SettingsReader
{
    /// <exception cref="ConfigException">A setting is missing, mistyped or out of range (the message names its path).</exception>
    public static ActorSystemSettings Read(Config config)
    {
        var dispatchers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Dispatchers.DefaultId] = Positive(config, "flow.actor.default-dispatcher.throughput"),
        };
        foreach (var name in config.GetConfig("flow.actor.dispatchers", Config.Empty).Keys)
        {
            dispatchers[name] = Positive(config, $"flow.actor.dispatchers.\"{name}\".throughput");
        }

        return new ActorSystemSettings
        {
            Dispatchers = dispatchers,
            DefaultMailbox = ReadMailbox(config.GetConfig("flow.actor.default-mailbox"), "flow.actor.default-mailbox"),
            AskTimeout = config.GetTimeSpan("flow.actor.ask-timeout", allowInfinite: true),
            LogDeadLetters = config.GetInt("flow.log-dead-letters"),
            LogLevel = ReadLogLevel(config.GetString("flow.loglevel")),
            ShutdownPhases = ReadPhases(config),
            Deployments = DeploymentReader.Read(config),
            Remote = Remote.RemoteSettingsReader.ReadIfEnabled(config),
        };
    }

    /// <summary>Reads a mailbox section (<c>type</c>, <c>capacity</c>, <c>overflow</c>, <c>push-timeout</c>).</summary>
    public static MailboxSettings ReadMailbox(Config section, string path)
    {
        var type = section.GetString("type");
        switch (type)
        {
            case "unbounded":
                return MailboxSettings.Unbounded;
            case "bounded":
                var overflow = section.GetString("overflow") switch
                {
                    "dead-letters" => OverflowStrategy.DeadLetters,
                    "back-pressure" => OverflowStrategy.BackPressure,
                    var other => throw new ConfigException($"{path}.overflow: expected dead-letters or back-pressure, got '{other}'."),
                };
                var capacity = section.GetInt("capacity");
                if (capacity <= 0)
                {
                    throw new ConfigException($"{path}.capacity: expected a positive number, got {capacity}.");
                }

                return MailboxSettings.Bounded(capacity, overflow, section.GetTimeSpan("push-timeout"));
            default:
                throw new ConfigException($"{path}.type: expected unbounded or bounded, got '{type}'.");
        }
    }

    private static LogLevel ReadLogLevel(string level) => level.ToUpperInvariant() switch
    {
        "DEBUG" => LogLevel.Debug,
        "INFO" => LogLevel.Information,
        "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "OFF" => LogLevel.None,
        _ => throw new ConfigException($"flow.loglevel: expected DEBUG, INFO, WARNING, ERROR or OFF, got '{level}'."),
    };

    private static List<ShutdownPhase> ReadPhases(Config config)
    {
        var defaultTimeout = config.GetTimeSpan("flow.coordinated-shutdown.default-phase-timeout");
        var phases = new List<ShutdownPhase>();
        var section = config.GetConfig("flow.coordinated-shutdown.phases");
        foreach (var name in section.Keys)
        {
            var phase = section.GetConfig($"\"{name}\"");
            phases.Add(new ShutdownPhase(
                name,
                phase.HasPath("depends-on") ? phase.GetStringList("depends-on") : [],
                phase.GetTimeSpan("timeout", defaultTimeout),
                phase.GetBoolean("recover", true)));
        }

        try
        {
            PhaseOrdering.Sort(phases);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"flow.coordinated-shutdown.phases: {e.Message}");
        }

        return phases;
    }

    private static int Positive(Config config, string path)
    {
        var value = config.GetInt(path);
        return value > 0 ? value : throw new ConfigException($"{path}: expected a positive number, got {value}.");
    }
}
