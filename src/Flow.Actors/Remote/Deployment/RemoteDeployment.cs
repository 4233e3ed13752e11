namespace Flow.Actors.Remote.Deployment;

/// <summary>Starting actors on another node (remote deployment), limited to the types that node registered.</summary>
public static class RemoteDeployment
{
    /// <summary>
    /// Starts the actor type registered under <paramref name="actorKey"/> on <paramref name="node"/> as
    /// <c>/user/<paramref name="name"/></c> there and returns a ref to it (watch it to learn of its end; it is
    /// supervised on its own node). <paramref name="argument"/> must be null or of a type registered for the wire.
    /// </summary>
    /// <exception cref="RemoteFailureException">The node refused: unknown key, name taken, or the actor could not be made.</exception>
    /// <exception cref="AskTimeoutException">No answer within <paramref name="timeout"/> (the system's ask timeout by default).</exception>
    /// <exception cref="InvalidOperationException">This system has no remoting.</exception>
    public static async Task<IActorRef> DeployAsync(this ActorSystem system, Address node, string actorKey, string name, object? argument = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(node);
        if (system.RemoteHook is null)
        {
            throw new InvalidOperationException($"Actor system '{system.Name}' has no remoting (flow.actor.provider = remote) to deploy to {node}.");
        }

        var deployer = system.RemoteHook.ResolveRemote(ActorPath.Root(node).Child("system").Child(RemoteDeployer.Name));
        var identity = await deployer.Ask<ActorIdentity>(new DeployRequest(actorKey, name, argument), timeout).ConfigureAwait(false);
        return identity.Subject ?? throw new RemoteFailureException(typeof(ActorNotFoundException).FullName!, $"{node} started no actor for '{actorKey}'.");
    }
}
