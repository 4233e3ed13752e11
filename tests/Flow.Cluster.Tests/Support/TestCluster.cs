using Flow.TestKit.MultiNode;

namespace Flow.Cluster.Tests.Support;

/// <summary>
/// A cluster of real processes on loopback: <c>flow-seed</c> on 127.0.0.2 (a free port, fixed for its life) and
/// <c>flow host</c> nodes on 127.0.0.3, .4, ... running one Flow, all with <c>hocon/seed.conf</c> / <c>hocon/host.conf</c>
/// and the FLOW_* environment variables a user sets. Disposing kills every process it started, by PID.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    /// <summary>How long a node may take to print READY (a .NET start, joining, a Flow's shards constructed) on a loaded machine.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly List<NodeProcess> _processes = [];

    private TestCluster(string flowFile, string? assembly, string workspace)
    {
        FlowFile = flowFile;
        Assembly = assembly;
        Workspace = workspace;
        SeedPort = Loopback.FreePort("127.0.0.2");
    }

    public string FlowFile { get; }

    public string? Assembly { get; }

    /// <summary>The workspace root every host shares (one machine), so a shard that moves reloads its files.</summary>
    public string Workspace { get; }

    public int SeedPort { get; }

    /// <summary>The seed's address, the contact of every command.</summary>
    public string Contact => $"akka.tcp://flow@127.0.0.2:{SeedPort}";

    public NodeProcess Seed { get; private set; } = null!;

    /// <summary>The hosts by loopback address (127.0.0.3, ...).</summary>
    public Dictionary<string, NodeProcess> Hosts { get; } = [];

    /// <summary>Starts the seed, then <paramref name="hosts"/> hosts at once, and waits until each printed READY.</summary>
    public static async Task<TestCluster> StartAsync(string flowFile, string? assembly, string workspace, int hosts = 2)
    {
        var cluster = new TestCluster(flowFile, assembly, workspace);
        try
        {
            cluster.Seed = cluster.Track(NodeProcess.Start(Products.Seed, ["--config", Products.Hocon("seed.conf")], cluster.Environment("127.0.0.2", cluster.SeedPort.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var starting = new List<Task>();
            for (var i = 0; i < hosts; i++)
            {
                starting.Add(cluster.StartHostAsync($"127.0.0.{3 + i}"));
            }

            await cluster.Seed.WaitReadyAsync(StartTimeout);
            await Task.WhenAll(starting);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a host on <paramref name="hostname"/> (with <paramref name="configFile"/>, or <c>hocon/host.conf</c>) and waits for its READY line.</summary>
    public async Task<NodeProcess> StartHostAsync(string hostname, string? configFile = null)
    {
        var arguments = new List<string> { "host", "--config", configFile ?? Products.Hocon("host.conf"), "--flow", FlowFile, "--workspace", Workspace };
        if (Assembly is not null)
        {
            arguments.AddRange(["--assembly", Assembly]);
        }

        var host = Track(NodeProcess.Start(Products.Flow, arguments, Environment(hostname, null)));
        Hosts[hostname] = host;
        await host.WaitReadyAsync(StartTimeout);
        return host;
    }

    /// <summary><c>flow status --contact &lt;seed&gt;</c>.</summary>
    public Task<CliResult> StatusAsync() => Cli.FlowAsync("status", "--contact", Contact);

    /// <summary><c>flow post --contact &lt;seed&gt; --flow &lt;flow&gt; &lt;arguments&gt;</c>.</summary>
    public Task<CliResult> PostAsync(string flow, params string[] arguments) => Cli.FlowAsync(["post", "--contact", Contact, "--flow", flow, .. arguments]);

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        await Task.CompletedTask;
    }

    private NodeProcess Track(NodeProcess process)
    {
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>What a user sets per node: its address, the seed, and nothing inherited that would change the test (roles, log level).</summary>
    private Dictionary<string, string?> Environment(string hostname, string? port) => new()
    {
        ["FLOW_HOSTNAME"] = hostname,
        ["FLOW_PORT"] = port,
        ["FLOW_SEEDS"] = Contact,
        ["FLOW_ROLES"] = null,
        ["FLOW_LOGLEVEL"] = null,
    };
}
