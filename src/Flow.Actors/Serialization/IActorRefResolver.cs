namespace Flow.Actors.Serialization;

/// <summary>Resolves a wire path (with <c>#uid</c>) to a ref on this node.</summary>
internal interface IActorRefResolver
{
    IActorRef Resolve(string path);
}
