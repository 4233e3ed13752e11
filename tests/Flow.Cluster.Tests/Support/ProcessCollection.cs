namespace Flow.Cluster.Tests.Support;

/// <summary>The process tests run one at a time: each starts several .NET processes on a machine of 2 cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
