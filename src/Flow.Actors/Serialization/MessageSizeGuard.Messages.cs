using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Actors.Executors;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Serialization;

/// <summary>The guard at each place Flow sends to another node: what to send instead of a message over the limit.</summary>
internal sealed partial class MessageSizeGuard
{
    /// <summary>
    /// Null when <paramref name="call"/> may go to <paramref name="target"/> (<paramref name="outgoing"/>: what to send);
    /// else the error result to answer the run with at once.
    /// </summary>
    public CallResult? RefuseCall(ShardCall call, IActorRef target, string executor, out object outgoing)
    {
        var problem = Problem(call, target, out outgoing);
        return problem is null ? null : Failed(call.Key, call.Input.Docs, call.Input.Parameters, executor, $"The call to executor '{executor}' ({Describe(call.Key)})" + problem);
    }

    /// <summary>What to send for <paramref name="result"/> (see <see cref="Problem"/>), or an error result in its place when it cannot be sent back to <paramref name="replyTo"/>.</summary>
    public object Reply(CallResult result, IActorRef replyTo, ShardCall call, string executor)
    {
        var problem = Problem(result, replyTo, out var outgoing);
        return problem is null ? outgoing : Failed(result.Key, call.Input.Docs, call.Input.Parameters, executor, $"The result of executor '{executor}' ({Describe(result.Key)})" + problem);
    }

    /// <summary>What to send for <paramref name="done"/> (see <see cref="Problem"/>), or an error in its place when it cannot be sent to the shard entity <paramref name="entity"/>.</summary>
    public object Reply(ReplicaDone done, IActorRef entity, ReplicaWork work, string executor)
    {
        var problem = Problem(done, entity, out var outgoing);
        return problem is null
            ? outgoing
            : done with { Docs = work.Input.Docs, Parameters = work.Input.Parameters ?? [], Error = new FlowError(executor, ExceptionType, $"The result of replica {done.Replica} of executor '{executor}'" + problem, null) };
    }

    /// <summary>Null when <paramref name="work"/> may go to whichever replica runs it; else why not (some replica is on another node and it is over the limit).</summary>
    public string? RefuseWork(ReplicaWork work, ReplicaSet replicas, string executor)
    {
        if (_cluster is { State.Members.Count: <= 1 })
        {
            // Every replica is on this node.
            return null;
        }

        foreach (var index in replicas.Indices())
        {
            if (replicas.RefOf(index) is { } replica && MayCross(replica))
            {
                // A router: whichever replica gets it, the message itself is sent (its bytes kept beside it).
                return Problem(work, replica, out _, wrap: false) is { } problem ? $"The request to a replica of executor '{executor}'" + problem : null;
            }
        }

        return null;
    }

    /// <summary>What to send for <paramref name="response"/> (see <see cref="Problem"/>), or an error response in its place when it cannot be sent to <paramref name="replyTo"/>.</summary>
    public object Respond(FlowResponse response, IActorRef replyTo)
    {
        var problem = Problem(response, replyTo, out var outgoing);
        if (problem is null)
        {
            return outgoing;
        }

        var why = $"The response to request '{response.RequestId}'" + problem;

        var refused = new FlowResponse(response.RequestId, [], response.Parameters) { Error = new FlowError(RequestRun.GatewayRoute, ExceptionType, why, null) };
        foreach (var route in response.Routes)
        {
            refused.Routes.Add(route);
        }

        return refused;
    }

    /// <summary>
    /// Null when <paramref name="post"/> may be posted to <paramref name="gateway"/>; else the error response to return at once.
    /// <paramref name="crossesNodes"/>: the target is a local router (cluster client, pub-sub mediator) that sends it to another node.
    /// </summary>
    public FlowResponse? RefusePost(Gateway.PostRequest post, IActorRef gateway, bool crossesNodes = false)
    {
        var request = post.Request;
        // The post itself is sent (an Ask, or through a router): its bytes are kept beside it.
        var problem = Problem(post, gateway, out _, crossesNodes, wrap: false);
        return problem is null
            ? null
            : new FlowResponse(request.RequestId, request.Docs, request.Parameters) { Error = new FlowError(RequestRun.GatewayRoute, ExceptionType, $"The request '{request.RequestId}' to {request.Endpoint}" + problem, null) };
    }

    private static CallResult Failed(in CallKey key, Core.Documents.DocumentArray docs, JsonObject? parameters, string executor, string why) =>
        new(key, docs, parameters ?? [], new FlowError(executor, ExceptionType, why, null));

    private static string Describe(in CallKey key) => key.Stage switch
    {
        CallStage.UsesBefore => "uses_before",
        CallStage.UsesAfter => "uses_after",
        _ => "shard " + key.Shard,
    };
}
