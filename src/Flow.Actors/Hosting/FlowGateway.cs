namespace Flow.Actors.Hosting;

/// <summary>The key of a Flow's gateway actor in Akka.Hosting's actor registry (the first Flow an application starts with <see cref="FlowHostingExtensions.WithFlow"/>).</summary>
public sealed class FlowGateway
{
    private FlowGateway()
    {
    }
}
