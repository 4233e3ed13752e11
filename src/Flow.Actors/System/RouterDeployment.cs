using Flow.Hocon;
using Flow.Actors.Routing;

namespace Flow.Actors;

/// <summary>Turns one deployment section (<c>router</c>, <c>nr-of-instances</c>, <c>routees.paths</c>, <c>resizer</c>, ...) into a router.</summary>
internal static class RouterDeployment
{
    /// <exception cref="ConfigException">The section is invalid; the message names <paramref name="path"/> and the setting.</exception>
    public static RouterConfig Create(Config section, string path)
    {
        var router = section.GetString("router");
        try
        {
            ResizerSettings? resizer = null;
            if (section.GetBoolean("resizer.enabled", false))
            {
                resizer = new ResizerSettings
                {
                    LowerBound = section.GetInt("resizer.lower-bound"),
                    UpperBound = section.GetInt("resizer.upper-bound"),
                    PressureThreshold = section.GetInt("resizer.pressure-threshold"),
                    RampupRate = section.GetDouble("resizer.rampup-rate"),
                    BackoffThreshold = section.GetDouble("resizer.backoff-threshold"),
                    BackoffRate = section.GetDouble("resizer.backoff-rate"),
                    MessagesPerResize = section.GetInt("resizer.messages-per-resize"),
                };
            }

            return RouterConfigFactory.Create(
                router,
                section.GetInt("nr-of-instances"),
                section.HasPath("routees.paths") ? section.GetStringList("routees.paths") : [],
                resizer,
                section.GetTimeSpan("within"),
                section.GetTimeSpan("tail-chopping-router.interval"),
                section.GetInt("virtual-nodes-factor"));
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"{path}: {e.Message}", e);
        }
    }
}
