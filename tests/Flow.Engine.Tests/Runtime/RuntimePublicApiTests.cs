using System.Text;
using Flow.Actors.TestKit;
using Flow.Engine.Hosting;

namespace Flow.Engine.Tests.Runtime;

/// <summary>Locks the public surface of the running part (Hosting, Client, Runtime namespaces): a change shows up as a diff.</summary>
public sealed class RuntimePublicApiTests
{
    private static readonly string[] Namespaces = ["Flow.Engine.Client.", "Flow.Engine.Hosting.", "Flow.Engine.Runtime."];

    [Fact]
    public void HostingClientRuntime_PublicSurface_MatchesApprovedSnapshot()
    {
        var actual = Filter(PublicApi.Render(typeof(FlowHost).Assembly));
        var approved = File.ReadAllText(Path.Combine(SourceDirectory(), "RuntimePublicApi.approved.txt")).ReplaceLineEndings("\n");
        if (actual != approved)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "RuntimePublicApi.received.txt"), actual);
        }

        Assert.Equal(approved, actual);
    }

    private static string Filter(string rendered)
    {
        var sb = new StringBuilder();
        var keep = false;
        foreach (var line in rendered.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith(' '))
            {
                keep = Array.Exists(Namespaces, ns => line.Contains(ns, StringComparison.Ordinal));
            }

            if (keep)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
