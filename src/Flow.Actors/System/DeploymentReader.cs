using Flow.Hocon;
using Flow.Actors.Routing;

namespace Flow.Actors;

/// <summary>Reads router deployments (<c>flow.actor.deployment."/user/path" { router = ..., ... }</c>).</summary>
internal static class DeploymentReader
{
    public static IReadOnlyDictionary<string, RouterConfig> Read(Config config)
    {
        var deployments = new Dictionary<string, RouterConfig>(StringComparer.Ordinal);
        var section = config.GetConfig("flow.actor.deployment", Config.Empty);
        var defaults = config.GetConfig("flow.actor.default-router-settings", Config.Empty);
        foreach (var path in section.Keys)
        {
            var deployment = section.GetConfig($"\"{path}\"").WithFallback(defaults);
            if (deployment.GetString("router", "from-code") == "from-code")
            {
                continue;
            }

            deployments[path] = RouterDeployment.Create(deployment, $"flow.actor.deployment.\"{path}\"");
        }

        return deployments;
    }
}
