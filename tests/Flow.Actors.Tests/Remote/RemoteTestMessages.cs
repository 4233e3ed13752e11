namespace Flow.Actors.Tests.Remote;

/// <summary>A user record registered for JSON on the wire.</summary>
public sealed record Greeting(string Text);

/// <summary>A record that carries a ref: it must keep working on the receiving node.</summary>
public sealed record Carrier(IActorRef ReplyTo, string Text);

/// <summary>Counts order across the wire.</summary>
public sealed record Numbered(int N);

/// <summary>Not registered anywhere.</summary>
public sealed record Unregistered(int N);
