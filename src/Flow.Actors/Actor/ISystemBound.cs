namespace Flow.Actors;

/// <summary>A ref that knows its actor system (routers, remote refs), so that Ask can use the system's clock and settings.</summary>
internal interface ISystemBound
{
    ActorSystem System { get; }
}
