namespace Flow.Host.Nodes;

/// <summary>What every Flow node process is started with (<c>flow host</c>, <c>flow-seed</c>).</summary>
/// <param name="ConfigFile">The node's HOCON file.</param>
/// <param name="SystemName">The ActorSystem's name (every member of a cluster shares it).</param>
/// <param name="Roles">Roles added to <c>akka.cluster.roles</c>.</param>
/// <param name="StopOnStdinClose">Stop (leave the cluster in order) when standard input closes.</param>
internal sealed record NodeOptions(string ConfigFile, string SystemName, IReadOnlyList<string> Roles, bool StopOnStdinClose);
