using Akka.Actor;
using Flow.Actors.Executors;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Runs;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// Stands for a shard entity on another node: answers a <see cref="ShardCall"/> with its documents, each text
/// suffixed "/remote"; on <c>/big</c> with a result over the frame limit — sent through the guard, as the entity does.
/// </summary>
internal sealed class FakeShardEntity : ReceiveActor
{
    public FakeShardEntity()
    {
        var guard = MessageSizeGuard.For(Context.System);
        Receive<ShardCall>(call =>
        {
            var docs = call.Input.Endpoint == "/big" ? [MessageSizeGuardTests.Big("r")] : call.Input.Docs;
            foreach (var doc in docs)
            {
                doc.Text += "/remote";
            }

            var result = new CallResult(call.Key, docs, call.Input.Parameters ?? [], null);
            Sender.Tell(guard.Reply(result, Sender, call, "enc"));
        });
    }
}
