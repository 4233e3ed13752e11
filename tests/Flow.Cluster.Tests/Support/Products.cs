using System.Reflection;

namespace Flow.Cluster.Tests.Support;

/// <summary>Where the repository and the programs under test are: each program in its own project's output folder, built in this test assembly's configuration.</summary>
internal static class Products
{
    private static readonly Lazy<string> LazyRoot = new(() =>
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

    /// <summary>The repository's root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Release or Debug: the configuration this test assembly (and so the programs) was built in.</summary>
    public static string Configuration { get; } =
        typeof(Products).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary><c>flow</c>.</summary>
    public static string Flow => Program("src/Flow.Host", "flow.dll");

    /// <summary><c>flow-seed</c>.</summary>
    public static string Seed => Program("src/Flow.Seed", "flow-seed.dll");

    /// <summary>The executors of the test Flow (<c>Flows/spec.yml</c>).</summary>
    public static string TestExecutors => Path.Combine(AppContext.BaseDirectory, "Flow.Cluster.TestExecutors.dll");

    /// <summary>The test Flow.</summary>
    public static string SpecFlow => Path.Combine(AppContext.BaseDirectory, "Flows", "spec.yml");

    /// <summary><c>hocon/&lt;name&gt;</c>.</summary>
    public static string Hocon(string name) => Path.Combine(Root, "hocon", name);

    /// <summary>A program's dll in its project's output folder (e.g. <c>src/Flow.Host/bin/Release/net10.0/flow.dll</c>).</summary>
    public static string Program(string project, string dll) =>
        Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
}
