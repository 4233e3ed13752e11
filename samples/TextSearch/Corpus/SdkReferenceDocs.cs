using System.Runtime.InteropServices;

namespace Flow.Samples.TextSearch.Corpus;

/// <summary>
/// Finds the .NET API reference that ships with the SDK: the XML documentation files beside the
/// reference assemblies, <c>&lt;dotnet root&gt;/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major&gt;.&lt;minor&gt;/</c>.
/// The dotnet root is found from the running runtime (<c>shared/Microsoft.NETCore.App/&lt;version&gt;/</c>
/// → three levels up), then from <c>DOTNET_ROOT</c>; no machine path is assumed.
/// </summary>
internal static class SdkReferenceDocs
{
    /// <summary>The corpus name that means "the SDK's reference docs" in <c>uses_with</c> and on the command line.</summary>
    public const string Name = "sdk";

    /// <summary>Resolves a corpus argument: <see cref="Name"/> (or null) → <see cref="Locate"/>, else the directory itself.</summary>
    /// <param name="corpus"><c>sdk</c>, null or a directory.</param>
    /// <returns>The directory of XML documentation files.</returns>
    /// <exception cref="DirectoryNotFoundException">The SDK's docs or the directory cannot be found.</exception>
    public static string Resolve(string? corpus)
    {
        if (string.IsNullOrEmpty(corpus) || corpus == Name)
        {
            return Locate() ?? throw new DirectoryNotFoundException(
                "Cannot find the SDK's reference docs (packs/Microsoft.NETCore.App.Ref/<version>/ref/<tfm>/*.xml) from the running runtime or DOTNET_ROOT; pass a directory of XML doc files.");
        }

        return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : throw new DirectoryNotFoundException($"Corpus directory '{corpus}' does not exist.");
    }

    /// <summary>The directory of the reference docs, or null when none is found.</summary>
    /// <returns>The directory, preferring the running runtime's version, then the highest.</returns>
    public static string? Locate()
    {
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        var fromRuntime = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        return FindIn(fromRuntime) ?? (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root ? FindIn(root) : null);
    }

    private static string? FindIn(string dotnetRoot)
    {
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var tfm = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var versions = Directory.GetDirectories(packs)
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0)))
            .OrderByDescending(v => Path.GetFileName(v.Dir) == Environment.Version.ToString())
            .ThenByDescending(v => v.Version)
            .ToList();
        foreach (var (dir, _) in versions)
        {
            var refDir = Path.Combine(dir, "ref", tfm);
            if (Directory.Exists(refDir) && Directory.EnumerateFiles(refDir, "*.xml").Any())
            {
                return refDir;
            }
        }

        return null;
    }
}
