using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Wire;

/// <summary>Answers a <see cref="PostRequest"/> with a response holding its documents (a gateway on another node); echoes anything else.</summary>
internal sealed class EchoActor : ReceiveActor
{
    public EchoActor()
    {
        Receive<PostRequest>(post => Sender.Tell(new FlowResponse(post.Request.RequestId, post.Request.Docs, post.Request.Parameters)));
        ReceiveAny(message => Sender.Tell(message));
    }
}
