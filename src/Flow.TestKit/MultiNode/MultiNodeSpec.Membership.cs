using Akka.Cluster;

namespace Flow.TestKit.MultiNode;

/// <summary>Waiting for the cluster's membership as each node sees it.</summary>
public abstract partial class MultiNodeSpec
{
    private static readonly TimeSpan MembershipPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Waits until every node of <paramref name="roles"/> sees exactly those nodes (their current incarnations) as Up
    /// members, none unreachable: one cluster, converged on them. Fails after <paramref name="timeout"/> (30 s by
    /// default) with what each node sees.
    /// </summary>
    /// <exception cref="TimeoutException">The nodes did not agree in time; the message lists each node's view.</exception>
    protected async Task AwaitMembersUpAsync(IReadOnlyCollection<RoleName> roles, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var bound = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + bound;
        while (true)
        {
            var expected = roles.Where(IsRunning).Select(r => Cluster.Get(Node(r)).SelfUniqueAddress).ToHashSet();
            if (expected.Count == roles.Count && roles.All(r => Sees(r, expected)))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var views = roles.Select(r => r + ": " + (IsRunning(r) ? View(r) : "not running"));
                throw new TimeoutException($"The nodes {string.Join(", ", roles)} did not all see each other Up within {bound.TotalSeconds:0.#} s: {string.Join("; ", views)}.");
            }

            await Task.Delay(MembershipPoll).ConfigureAwait(false);
        }
    }

    private bool Sees(RoleName role, HashSet<UniqueAddress> expected)
    {
        var state = Cluster.Get(Node(role)).State;
        return state.Unreachable.Count == 0
            && state.Members.Count == expected.Count
            && state.Members.All(m => m.Status == MemberStatus.Up && expected.Contains(m.UniqueAddress));
    }

    private string View(RoleName role)
    {
        var state = Cluster.Get(Node(role)).State;
        var members = state.Members.Select(m => m.Address + " " + m.Status + (state.Unreachable.Contains(m) ? " unreachable" : string.Empty));
        return "[" + string.Join(", ", members) + "]";
    }
}
