using Akka.Actor;
using Akka.Cluster;

namespace Flow.Actors.Gateway;

/// <summary>
/// Which cluster members can run executors, as a gateway sees membership: Up (or WeaklyUp) and reachable members
/// with their roles. Answers whether an executor of a given role has a node left, so that a request needing a shard
/// with no node fails at once, naming it, instead of waiting in a region's buffer. Gateway thread only.
/// </summary>
internal sealed class ClusterAvailability
{
    private readonly Dictionary<Address, Member> _members = [];
    private readonly HashSet<Address> _unreachable = [];

    /// <summary>Takes the membership snapshot a subscription starts with.</summary>
    public void Apply(ClusterEvent.CurrentClusterState state)
    {
        _members.Clear();
        _unreachable.Clear();
        foreach (var member in state.Members)
        {
            Apply(member);
        }

        foreach (var member in state.Unreachable)
        {
            _unreachable.Add(member.Address);
        }
    }

    /// <summary>Takes a membership or reachability change.</summary>
    public void Apply(ClusterEvent.IClusterDomainEvent change)
    {
        switch (change)
        {
            case ClusterEvent.UnreachableMember u:
                _unreachable.Add(u.Member.Address);
                break;
            case ClusterEvent.ReachableMember r:
                _unreachable.Remove(r.Member.Address);
                break;
            case ClusterEvent.IMemberEvent m:
                Apply(m.Member);
                break;
        }
    }

    /// <summary>True when a reachable Up member has <paramref name="role"/> (any member when null), not counting <paramref name="excluding"/>.</summary>
    public bool HasNodeFor(string? role, Address? excluding = null)
    {
        foreach (var (address, member) in _members)
        {
            if (!address.Equals(excluding) && !_unreachable.Contains(address) && (role is null || member.HasRole(role)))
            {
                return true;
            }
        }

        return false;
    }

    private void Apply(Member member)
    {
        if (member.Status is MemberStatus.Up or MemberStatus.WeaklyUp)
        {
            _members[member.Address] = member;
        }
        else
        {
            _members.Remove(member.Address);
            if (member.Status == MemberStatus.Removed)
            {
                _unreachable.Remove(member.Address);
            }
        }
    }
}
