using Flow.Actors.TestKit.MultiNode;

namespace Flow.Engine.Tests.Remote;

/// <summary>
/// A <c>flow host</c> process (src/Flow.Host, <c>dotnet flow.dll host --config ...</c>) started by a test, hosting the
/// test assembly's executors; killed by its PID (only the process this test started).
/// </summary>
internal static class FlowNodeProcess
{
    /// <summary>Fast failure detection (heartbeats every 100 ms, 1 s acceptable pause): the node is lost within about 1.5 s.</summary>
    public static string Config(string host) => $$"""
        flow {
          actor.provider = remote
          remote {
            hostname = "{{host}}"
            port = 0
            failure-detector {
              heartbeat-interval = 100ms
              acceptable-heartbeat-pause = 1s
              min-std-deviation = 50ms
            }
          }
        }
        """;

    /// <summary>Starts <c>flow host</c> with <paramref name="configFile"/>, hosting this test assembly's executors.</summary>
    public static Task<NodeProcess> StartAsync(string configFile, TimeSpan timeout) => NodeProcess.StartAsync(
        Path.Combine(AppContext.BaseDirectory, "flow.dll"),
        ["host", "--config", configFile, "--name", "exec", "--assembly", typeof(FlowNodeProcess).Assembly.Location, "--stop-on-stdin-close"],
        timeout);
}
