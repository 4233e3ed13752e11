namespace Flow.Actors.Remote.Deployment;

/// <summary>
/// <c>/system/remote-deployer</c>: starts registered actor types for other nodes. Replies an
/// <see cref="ActorIdentity"/> with the new actor, or a <see cref="Status.Failure"/> naming the unknown key or the
/// creation error. The actor lives under <c>/user</c> here and is supervised by this node's user guardian.
/// </summary>
internal sealed class RemoteDeployer : ReceiveActor
{
    public const string Name = "remote-deployer";

    public RemoteDeployer(DeployableActors deployables)
    {
        Receive<DeployRequest>(request =>
        {
            if (!deployables.TryGet(request.ActorKey, out var factory))
            {
                Sender.Tell(new Status.Failure(new InvalidOperationException(
                    $"No actor type is registered for remote deployment under '{request.ActorKey}' on {Context.System.Address}.")), Self);
                return;
            }

            try
            {
                Sender.Tell(new ActorIdentity(request.Name, Context.System.ActorOf(factory(request.Argument), request.Name)), Self);
            }
            catch (Exception e) when (e is ArgumentException or InvalidActorNameException or InvalidOperationException)
            {
                Sender.Tell(new Status.Failure(e), Self);
            }
        });
    }
}
