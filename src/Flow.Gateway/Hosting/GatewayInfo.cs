using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Flow.Gateway.Hosting;

/// <summary>What <c>_status</c> and <c>GET /status</c> report: versions, and the <c>JINA_*</c> / <c>FLOW_*</c> environment variables.</summary>
internal static class GatewayInfo
{
    /// <summary>The Jina version whose client API the front doors speak.</summary>
    public const string JinaApiVersion = "3";

    public static Dictionary<string, string> Versions() => new(StringComparer.Ordinal)
    {
        ["jina"] = JinaApiVersion,
        ["docarray"] = "0 (v1 wire)",
        ["flow"] = typeof(GatewayInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["platform"] = RuntimeInformation.OSDescription,
        ["architecture"] = RuntimeInformation.ProcessArchitecture.ToString(),
        ["protocols"] = "grpc,http",
    };

    public static Dictionary<string, string> Environment()
    {
        var envs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in System.Environment.GetEnvironmentVariables())
        {
            if (e.Key is string key && (key.StartsWith("JINA_", StringComparison.Ordinal) || key.StartsWith("FLOW_", StringComparison.Ordinal)))
            {
                envs[key] = e.Value as string ?? string.Empty;
            }
        }

        return envs;
    }
}
