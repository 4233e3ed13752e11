using Akka.Hosting;
using Flow.Actors.Configuration;
using Flow.Core.Flows;

namespace Flow.Actors.Hosting;

/// <summary>Akka.Hosting: add a Flow to an application's own ActorSystem (<c>services.AddAkka(..., b =&gt; b.WithClustering(...).WithFlow(flow))</c>).</summary>
public static class FlowHostingExtensions
{
    /// <summary>
    /// Starts <paramref name="definition"/> on the ActorSystem once it has started (a cluster member: configure
    /// clustering on the builder too). Flow's reference settings (its serializer, sharding in distributed data, no
    /// passivation, ...) are added under the application's own. The running Flow is found with
    /// <see cref="FlowExtension.Flow"/> (by name) and its gateway in the actor registry under <see cref="FlowGateway"/>.
    /// </summary>
    /// <param name="builder">The application's Akka builder.</param>
    /// <param name="definition">The Flow.</param>
    /// <param name="options">Name, workspace, timeouts...; <see cref="FlowHostOptions.System"/> is set to the application's system.</param>
    /// <returns>The builder.</returns>
    public static AkkaConfigurationBuilder WithFlow(this AkkaConfigurationBuilder builder, FlowDefinition definition, FlowHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(definition);
        builder.AddHocon(FlowConfig.ToAkka(FlowConfig.Reference), HoconAddMode.Append);
        builder.AddStartup(async (system, registry) =>
        {
            var host = await FlowHost.StartAsync(definition, (options ?? new FlowHostOptions()) with { System = system }).ConfigureAwait(false);
            registry.TryRegister<FlowGateway>(host.Gateway);
            FlowExtension.Get(system).StartStatusService();
        });
        return builder;
    }
}
