using Akka.Actor;
using Akka.Cluster.Tools.Client;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>
/// An outside application's way to a Flow (<see cref="FlowClient.ConnectAsync"/>): Akka's cluster client finds one of
/// the Flow's gateways (an <see cref="Identify"/> sent through a receptionist is answered with the gateway's ref), then
/// requests go to that gateway directly, and the gateway is watched. A request whose gateway stopped or whose node was
/// lost before it answered, and one a stopping gateway refused without running it, is sent again to a gateway found
/// the same way: a node that leaves or dies loses no request. A request cut off by its gateway's death may have run in
/// part before it is sent again (at least once, as Jina's client retries an unanswered request).
/// </summary>
internal sealed class ClusterClientChannel : IGatewayChannel
{
    /// <summary>How often one request is sent again (gateway lost, or refused by a stopping gateway) before that is the answer.</summary>
    internal const int MaxResends = 5;

    /// <summary>How long one <see cref="Identify"/> waits: a gateway on a node that just died is still registered until the node is removed, and never answers.</summary>
    private static readonly TimeSpan IdentifyAttempt = TimeSpan.FromSeconds(2);

    /// <summary>Finding another gateway after one was lost may take this long at least: the lost one's node is removed (and its registration with it) only after the split-brain resolver decided.</summary>
    private static readonly TimeSpan RefindAtLeast = TimeSpan.FromSeconds(30);

    /// <summary>An answer the gateway should have given by itself (the request's own timeout) may take this much longer.</summary>
    private static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(5);

    private readonly ActorSystem _system;
    private readonly IActorRef _clusterClient;
    private readonly string _flow;
    private readonly string _path;
    private readonly TimeSpan _findTimeout;
    private readonly string _contacts;
    private readonly MessageSizeGuard _sizeGuard;
    private readonly Lock _lock = new();
    private Task<Link>? _link;
    private bool _found;

    /// <param name="system">The application's ActorSystem.</param>
    /// <param name="clusterClient">A cluster client towards the contacts' receptionists.</param>
    /// <param name="flow">The Flow's name.</param>
    /// <param name="findTimeout">How long finding a gateway may take (at connect, and again after a gateway is lost).</param>
    /// <param name="contacts">The contacts, for messages.</param>
    public ClusterClientChannel(ActorSystem system, IActorRef clusterClient, string flow, TimeSpan findTimeout, string contacts)
    {
        _system = system;
        _clusterClient = clusterClient;
        _flow = flow;
        _path = "/user/" + Hosting.FlowNames.Gateway(flow);
        _findTimeout = findTimeout;
        _contacts = contacts;
        _sizeGuard = MessageSizeGuard.For(system);
    }

    /// <summary>Finds a gateway and checks that it answers directly (<see cref="DescribeFlow"/>).</summary>
    /// <exception cref="TimeoutException">No gateway answered within the find timeout.</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var link = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await link.Gateway.Ask<FlowDescription>(DescribeFlow.Instance, _findTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            Forget(link);
            throw new TimeoutException($"The gateway of Flow '{_flow}' at {link.Gateway.Path.Address} did not answer this system directly within {_findTimeout.TotalSeconds:0.#} s: is this system's address reachable from the cluster?");
        }
    }

    public async Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var post = new PostRequest(request);
        var askTimeout = request.Timeout is { } t && t != Timeout.InfiniteTimeSpan ? t + AnswerGrace : (TimeSpan?)null;
        for (var attempt = 0; ; attempt++)
        {
            Link link;
            try
            {
                link = await CurrentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                return Failed(request, "FlowUnavailableException", e.Message);
            }

            if (_sizeGuard.RefusePost(post, link.Gateway, crossesNodes: true) is { } refused)
            {
                return refused;
            }

            using var stopAsk = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var ask = link.Gateway.Ask<FlowResponse>(post, askTimeout, stopAsk.Token);
            if (await Task.WhenAny(ask, link.Lost).ConfigureAwait(false) != ask)
            {
                // The gateway stopped or its node is gone with the request unanswered: send it again elsewhere.
                await stopAsk.CancelAsync().ConfigureAwait(false);
                Forget(link);
                if (attempt < MaxResends)
                {
                    continue;
                }

                return Failed(request, "GatewayLostException", $"The gateway of Flow '{_flow}' was lost {attempt + 1} times before it answered (last: {link.Gateway.Path.Address}).");
            }

            FlowResponse response;
            try
            {
                response = await ask.ConfigureAwait(false);
            }
            catch (AskTimeoutException)
            {
                return Failed(request, "TimeoutException", $"No answer from the gateway of Flow '{_flow}' at {link.Gateway.Path.Address} within {askTimeout!.Value.TotalSeconds:0.#} s.");
            }

            if (attempt < MaxResends && response.Error is { ExceptionType: GatewayActor.RefusedWhileStopping })
            {
                // Refused unrun by a gateway that is stopping (it left the receptionist first): another one runs it.
                Forget(link);
                continue;
            }

            return response;
        }
    }

    private Task<Link> CurrentAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_link is null || _link.IsFaulted || _link.IsCanceled)
            {
                // The first search is bounded by the connect timeout; a later one, after a loss, waits for the cluster to remove the lost node.
                _link = FindAsync(_found && _findTimeout < RefindAtLeast ? RefindAtLeast : _findTimeout, cancellationToken);
                _found = true;
            }

            return _link;
        }
    }

    private void Forget(Link link)
    {
        lock (_lock)
        {
            if (_link is { IsCompletedSuccessfully: true } current && ReferenceEquals(current.Result, link))
            {
                _link = null;
            }
        }

        _system.Stop(link.Watcher);
    }

    /// <summary>Identifies a gateway of the Flow through the cluster client, trying again (each try may reach another one) until the find timeout.</summary>
    private async Task<Link> FindAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No gateway of Flow '{_flow}' answered within {timeout.TotalSeconds:0.#} s through {_contacts}: is the Flow running there, and is this system's address reachable from the cluster?");
            }

            try
            {
                var identity = await _clusterClient.Ask<ActorIdentity>(new ClusterClient.Send(_path, new Identify(null)), remaining < IdentifyAttempt ? remaining : IdentifyAttempt, cancellationToken).ConfigureAwait(false);
                // Only the gateway itself: while a node is being removed, an Identify routed towards it may come back
                // answered by another actor (seen: a node's root), which must not become the target.
                if (identity.Subject is { } gateway && gateway.Path.ToStringWithoutAddress() == _path)
                {
                    var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    var watcher = _system.ActorOf(GatewayWatcher.Props(gateway, lost));
                    return new Link(gateway, lost.Task, watcher);
                }
            }
            catch (AskTimeoutException)
            {
                // No answer (no gateway registered yet, or one on a node that is gone): ask again.
            }
        }
    }

    private static FlowResponse Failed(FlowRequest request, string type, string message) =>
        new(request.RequestId, request.Docs, request.Parameters) { Error = new FlowError(Core.Runs.RequestRun.GatewayRoute, type, message, null) };

    private sealed record Link(IActorRef Gateway, Task Lost, IActorRef Watcher);
}
