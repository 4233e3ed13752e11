namespace Flow.Host.Tests;

/// <summary>The repository's root directory (the one holding Actors.sln), found from the test assembly's directory.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> LazyPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Actors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Actors.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => LazyPath.Value;
}
