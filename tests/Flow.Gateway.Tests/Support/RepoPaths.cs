namespace Flow.Gateway.Tests.Support;

/// <summary>Where the repository's files are, found from the test assembly's folder (the first parent holding Actors.sln).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Actors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Actors.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string Protos => Path.Combine(Root, "src", "Flow.Gateway", "Protos");

    public static string NodeClient => Path.Combine(Root, "tests", "Flow.Gateway.Tests", "node");

    public static string FlowDll => Path.Combine(AppContext.BaseDirectory, "flow.dll");
}
