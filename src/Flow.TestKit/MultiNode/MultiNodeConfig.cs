namespace Flow.TestKit.MultiNode;

/// <summary>
/// The nodes of a multi-node spec and their configuration, in Akka's vocabulary: declare the roles with <see cref="Role"/>
/// (the first is the seed unless <see cref="SeedRoles"/> says otherwise), HOCON for every node
/// (<see cref="CommonConfig"/>) and per node (<see cref="NodeConfig"/>), and <see cref="TestTransport"/> to be able to
/// blackhole traffic between nodes. Each node gets its own loopback address (127.0.0.2, 127.0.0.3, ...).
/// </summary>
public class MultiNodeConfig
{
    private readonly List<RoleName> _roles = [];
    private readonly Dictionary<RoleName, string> _nodeConfig = [];

    /// <summary>The roles, in declaration order.</summary>
    public IReadOnlyList<RoleName> Roles => _roles;

    /// <summary>HOCON every node runs with (over the harness's defaults and Flow's reference settings).</summary>
    public string CommonConfig { get; set; } = string.Empty;

    /// <summary>
    /// The roles whose nodes are the seed nodes, in order; empty: the first role. A node joins through the seeds that
    /// run, so a spec that restarts a seed while the cluster runs declares at least two (Akka's lone first seed would
    /// found a new cluster).
    /// </summary>
    public IReadOnlyList<RoleName> SeedRoles { get; set; } = [];

    /// <summary>Whether traffic between nodes can be blackholed (Akka.Remote's throttler adapter, <c>trttl</c>).</summary>
    public bool TestTransport { get; set; }

    /// <summary>The first loopback address: role i runs on 127.0.0.(<see cref="FirstHost"/> + i).</summary>
    public int FirstHost { get; set; } = 2;

    /// <summary>Declares a role (and so a node).</summary>
    public RoleName Role(string name)
    {
        var role = new RoleName(name);
        if (_roles.Contains(role))
        {
            throw new ArgumentException($"The role '{name}' is declared twice.", nameof(name));
        }

        _roles.Add(role);
        return role;
    }

    /// <summary>HOCON for one node only (over <see cref="CommonConfig"/>), e.g. its cluster roles.</summary>
    public void NodeConfig(RoleName role, string hocon) => _nodeConfig[role] = hocon;

    /// <summary>The node's own HOCON, or empty.</summary>
    public string NodeConfigOf(RoleName role) => _nodeConfig.TryGetValue(role, out var hocon) ? hocon : string.Empty;

    /// <summary>The loopback address of <paramref name="role"/>'s node.</summary>
    public string HostOf(RoleName role)
    {
        var index = _roles.IndexOf(role);
        return index < 0 ? throw new ArgumentException($"The role '{role}' is not declared.", nameof(role)) : "127.0.0." + (FirstHost + index);
    }
}
