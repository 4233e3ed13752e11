using Akka.Configuration;

namespace Flow.Bench.RawAkka;

/// <summary>
/// Raw Akka.NET's one-node cluster settings, parsed by Akka's own parser (no Flow code on the path): the baseline
/// Flow is compared with. <see cref="Tuned"/> mirrors <c>src/Flow.Actors/Configuration/embedded.conf</c> and the Akka
/// settings of <c>hocon/reference.conf</c> that matter on one node (cluster provider, ddata, no passivation).
/// </summary>
internal static class RawAkkaConfig
{
    /// <summary>Akka's defaults, except what a one-node sharded cluster needs at all.</summary>
    public const string Default = """
        akka {
          loglevel = WARNING
          stdout-loglevel = WARNING
          actor.provider = cluster
          remote.dot-netty.tcp { hostname = "127.0.0.1", port = 0 }
          cluster {
            seed-nodes = []
            sharding {
              state-store-mode = ddata
              passivate-idle-entity-after = off
            }
          }
        }
        """;

    /// <summary>The tuned one-node cluster: the same shorter intervals as Flow's embedded.conf.</summary>
    public const string Tuned = """
        akka {
          cluster {
            periodic-tasks-initial-delay = 10ms
            gossip-interval = 100ms
            leader-actions-interval = 100ms
            unreachable-nodes-reaper-interval = 250ms
            singleton.hand-over-retry-interval = 100ms
            sharding {
              retry-interval = 100ms
              coordinator-failure-backoff = 100ms
              waiting-for-state-timeout = 500ms
              updating-state-timeout = 1s
            }
          }
          coordinated-shutdown.phases {
            cluster-sharding-shutdown-region.timeout = 2s
            cluster-exiting.timeout = 2s
          }
        }
        """;

    /// <summary><paramref name="overrides"/> (HOCON, may be empty) over <see cref="Tuned"/> (or not) over <see cref="Default"/>.</summary>
    public static Config Create(bool tuned, string? overrides = null)
    {
        var config = ConfigurationFactory.ParseString(Default);
        if (tuned)
        {
            config = ConfigurationFactory.ParseString(Tuned).WithFallback(config);
        }

        if (!string.IsNullOrWhiteSpace(overrides))
        {
            config = ConfigurationFactory.ParseString(overrides).WithFallback(config);
        }

        return config;
    }
}
