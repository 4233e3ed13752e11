using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

/// <summary>A seed that runs no executor (the client's node) and two hosts of role index, with blackholing for aborts.</summary>
public sealed class SeedAndTwoHostsConfig : MultiNodeConfig
{
    public SeedAndTwoHostsConfig()
    {
        Seed = Role("seed");
        First = Role("first");
        Second = Role("second");
        TestTransport = true;
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        NodeConfig(First, "akka.cluster.roles = [index]");
        NodeConfig(Second, "akka.cluster.roles = [index]");
        CommonConfig = """
            flow.executor.default-role = index
            flow.executor.max-replicas-per-node = 1
            """;
    }

    public RoleName Seed { get; }

    public RoleName First { get; }

    public RoleName Second { get; }

    public RoleName[] Hosts => [First, Second];

    public RoleName[] All => [Seed, First, Second];
}
