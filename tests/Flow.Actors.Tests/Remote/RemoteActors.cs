namespace Flow.Actors.Tests.Remote;

/// <summary>Replies every message to its sender.</summary>
internal sealed class RemoteEcho : ReceiveActor
{
    public RemoteEcho() => ReceiveAny(m => Sender.Tell(m, Self));
}

/// <summary>Answers a <see cref="Carrier"/> by telling its ReplyTo (a ref that crossed the wire).</summary>
internal sealed class CarrierReplier : ReceiveActor
{
    public CarrierReplier() => Receive<Carrier>(c => c.ReplyTo.Tell(new Greeting("re: " + c.Text), Self));
}

/// <summary>Fails asks with a Status.Failure describing an exception.</summary>
internal sealed class Failer : ReceiveActor
{
    public Failer() => Receive<string>(s => Sender.Tell(new Status.Failure(new InvalidOperationException("no " + s)), Self));
}
