namespace Flow.Actors.Remote.Deployment;

/// <summary>Asks a node's deployer to start the actor registered under <see cref="ActorKey"/> as <c>/user/Name</c>.</summary>
internal sealed record DeployRequest(string ActorKey, string Name, object? Argument);
