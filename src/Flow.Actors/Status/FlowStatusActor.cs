using Akka.Actor;
using Akka.Cluster;

namespace Flow.Actors.Status;

/// <summary>
/// A node's status service (<c>/user/flow-status</c>, registered with the cluster-client receptionist): answers
/// <see cref="GetClusterStatus"/> with the members as this node sees them and the Flows of every member (it asks each
/// member's status service for its local Flows and waits a bounded time), and <see cref="GetLocalFlows"/> with the
/// Flows running here.
/// </summary>
internal sealed class FlowStatusActor : ReceiveActor
{
    /// <summary>The actor's name under <c>/user</c>.</summary>
    public const string Name = "flow-status";

    private static readonly TimeSpan MemberTimeout = TimeSpan.FromSeconds(3);

    public FlowStatusActor()
    {
        Receive<GetLocalFlows>(_ => DescribeLocalFlowsAsync().PipeTo(Sender, Self));
        Receive<GetClusterStatus>(_ => DescribeClusterAsync().PipeTo(Sender, Self));
    }

    /// <summary>The props of a node's status service.</summary>
    public static Props Props() => Akka.Actor.Props.Create(() => new FlowStatusActor());

    private async Task<LocalFlows> DescribeLocalFlowsAsync()
    {
        var extension = FlowExtension.Get(Context.System);
        var flows = new List<FlowStatusEntry>();
        foreach (var name in extension.Flows.Order(StringComparer.Ordinal))
        {
            if (extension.Flow(name) is { } host)
            {
                flows.Add(await host.DescribeAsync().ConfigureAwait(false));
            }
        }

        return new LocalFlows(flows);
    }

    private async Task<ClusterStatusReport> DescribeClusterAsync()
    {
        var cluster = Akka.Cluster.Cluster.Get(Context.System);
        var state = cluster.State;
        var members = new List<MemberStatusEntry>();
        var asks = new List<Task<LocalFlows>>();
        foreach (var member in state.Members.OrderBy(m => m.Address.ToString(), StringComparer.Ordinal))
        {
            var reachable = !state.Unreachable.Contains(member);
            members.Add(new MemberStatusEntry(member.Address.ToString(), [.. member.Roles.Order(StringComparer.Ordinal)], member.Status.ToString(), reachable));
            if (reachable && member.Status == MemberStatus.Up)
            {
                var service = Context.ActorSelection(new RootActorPath(member.Address) / "user" / Name);
                asks.Add(service.Ask<LocalFlows>(GetLocalFlows.Instance, MemberTimeout));
            }
        }

        var flows = new SortedDictionary<string, FlowStatusEntry>(StringComparer.Ordinal);
        foreach (var ask in asks)
        {
            try
            {
                foreach (var flow in (await ask.ConfigureAwait(false)).Flows)
                {
                    flows.TryAdd(flow.Flow, flow);
                }
            }
            catch (AskTimeoutException)
            {
                // A member without a status service (or too busy): its Flows are seen from the others.
            }
        }

        return new ClusterStatusReport(members, [.. flows.Values]);
    }
}
