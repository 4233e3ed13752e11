using Akka.Actor;
using Flow.Core.Reduce;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// Reduces the parts of one executor's join (in <c>needs</c> order) or of its shards (in shard order) with
/// <see cref="DocumentReducer"/>, off the gateway's thread, and answers the gateway with a <see cref="CallResult"/>.
/// A child of the gateway, on its node: the parts are never serialized.
/// </summary>
internal sealed class AggregatorActor : ReceiveActor
{
    public AggregatorActor(string executor)
    {
        Receive<ReduceCall>(call =>
        {
            CallResult result;
            try
            {
                result = new CallResult(call.Key, DocumentReducer.ReduceAll(call.Parts), call.Parameters, null);
            }
            catch (Exception e)
            {
                result = new CallResult(call.Key, call.Parts.Length > 0 ? call.Parts[0] : new(), call.Parameters, FlowError.FromException(executor, e));
            }

            Sender.Tell(result, Self);
        });
    }

    /// <summary>The props of the aggregator of executor <paramref name="executor"/>.</summary>
    public static Props Props(string executor) => Akka.Actor.Props.Create(() => new AggregatorActor(executor));
}
