namespace Flow.Actors;

/// <summary>
/// Tells a watcher that an actor it watches has stopped. Delivered exactly once per watch, also when the
/// actor was already dead when the watch began. An actor that does not handle it fails with
/// <see cref="DeathPactException"/>.
/// </summary>
/// <param name="ActorRef">The actor that stopped.</param>
/// <param name="ExistenceConfirmed">False when the actor was never known to exist (e.g. watched after its stop was final).</param>
/// <param name="AddressTerminated">True when the actor's node was lost rather than the actor stopped.</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed, bool AddressTerminated);
