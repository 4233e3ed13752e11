namespace Flow.Hocon;

/// <summary>One class-path resource found by a <see cref="ConfigClasspath"/>: where it comes from and its text.</summary>
/// <param name="Origin">How errors and include-cycle messages name it, e.g. <c>Flow.Actors/Flow.Actors.reference.conf</c>.</param>
/// <param name="Text">Its HOCON, JSON or properties text (the kind is told by the name looked up).</param>
public sealed record ConfigResource(string Origin, string Text);
