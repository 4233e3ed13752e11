using Flow.Hocon.Resolution;

namespace Flow.Hocon.Parsing;

/// <summary>
/// Finds and parses include targets: files, <c>file:</c> URLs, and class-path resources through the load's
/// <see cref="ConfigClasspath"/>. A name without extension tries <c>.conf</c>, <c>.json</c> and <c>.properties</c> and
/// merges what exists (.conf wins); a missing target is ignored unless required.
/// </summary>
internal static class IncludeLoader
{
    private static readonly string[] Extensions = [".properties", ".json", ".conf"];

    public static ConfigObject? Load(
        IncludeRequest request, string name, ConfigOrigin at, string? directory, string[] basePath, IncludeContext includes)
    {
        switch (request.Kind)
        {
            case IncludeKind.Url:
                if (!name.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                    || !Uri.TryCreate(name, UriKind.Absolute, out var uri))
                {
                    throw new ConfigParseException(at, $"expected a file: URL in include url(\"{name}\"): remote includes are not supported (no network access); use file(\"...\")");
                }

                return LoadFile(request, uri.LocalPath, at, basePath, includes);
            case IncludeKind.Classpath:
                return LoadResource(request, name, at, basePath, includes);
            case IncludeKind.Heuristic when name.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(name, UriKind.Absolute, out var fileUri):
                // The specification: a quoted name that is a URL with a known protocol is loaded as that URL.
                return LoadFile(request, fileUri.LocalPath, at, basePath, includes);
            default:
                var path = Path.IsPathRooted(name) ? name : Path.Combine(directory ?? Directory.GetCurrentDirectory(), name);
                return LoadFile(request, path, at, basePath, includes);
        }
    }

    private static ConfigObject? LoadFile(IncludeRequest request, string path, ConfigOrigin at, string[] basePath, IncludeContext includes)
    {
        ConfigObject? result = null;
        if (HasKnownExtension(path))
        {
            if (File.Exists(path))
            {
                result = ParseFile(path, at, basePath, includes);
            }
        }
        else
        {
            foreach (var extension in Extensions)
            {
                if (File.Exists(path + extension))
                {
                    result = MergeOver(ParseFile(path + extension, at, basePath, includes), result);
                }
            }

            if (result is null && File.Exists(path))
            {
                result = ParseFile(path, at, basePath, includes);
            }
        }

        if (result is null && request.Required)
        {
            throw new ConfigParseException(at, $"expected the required include '{Path.GetFullPath(path)}' to exist{(HasKnownExtension(path) ? string.Empty : " (also tried .conf, .json, .properties)")}, found no such file");
        }

        return result;
    }

    /// <summary>Parses a file as a top-level document or as an include mounted at <paramref name="basePath"/>.</summary>
    public static ConfigObject ParseFile(string path, ConfigOrigin at, string[] basePath, IncludeContext includes)
    {
        var full = Path.GetFullPath(path);
        if (!includes.TryEnter(full))
        {
            throw new ConfigParseException(at, $"expected includes without cycles (at most 50 deep), found {includes.Describe(full)}");
        }

        try
        {
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigParseException(new ConfigOrigin(full, 0, 0), $"expected a readable file, found: {e.Message}", e);
            }

            return full.EndsWith(".properties", StringComparison.OrdinalIgnoreCase)
                ? PropertiesParser.Parse(text, full)
                : Parser.Parse(text, full, Path.GetDirectoryName(full), basePath, includes);
        }
        finally
        {
            includes.Exit();
        }
    }

    /// <summary>
    /// Reads every class-path resource of that name (for a name without extension: of each of <c>.properties</c>,
    /// <c>.json</c>, <c>.conf</c>), merged: the first resource found wins over later ones, <c>.conf</c> over the others.
    /// </summary>
    private static ConfigObject? LoadResource(IncludeRequest request, string name, ConfigOrigin at, string[] basePath, IncludeContext includes)
    {
        name = name.TrimStart('/');
        var folder = name.LastIndexOf('/') is var slash and >= 0 ? name[..(slash + 1)] : string.Empty;
        string[] candidates = HasKnownExtension(name) ? [name] : [name + ".properties", name + ".json", name + ".conf"];
        ConfigObject? result = null;
        foreach (var candidate in candidates)
        {
            var resources = includes.Classpath.Find(candidate);
            for (var i = resources.Count - 1; i >= 0; i--)
            {
                var parsed = ParseResource(resources[i], candidate, folder, at, basePath, includes);
                result = MergeOver(parsed, result);
            }
        }

        if (result is null && request.Required)
        {
            throw new ConfigParseException(at, $"expected the required class-path resource '{name}'{(HasKnownExtension(name) ? string.Empty : " (also tried .conf, .json, .properties)")} to be embedded in an assembly of the class path, found none");
        }

        return result;
    }

    /// <summary>Parses one class-path resource as a document mounted at <paramref name="basePath"/>.</summary>
    public static ConfigObject ParseResource(ConfigResource resource, string name, string folder, ConfigOrigin at, string[] basePath, IncludeContext includes)
    {
        if (!includes.TryEnter(resource.Origin))
        {
            throw new ConfigParseException(at, $"expected includes without cycles (at most 50 deep), found {includes.Describe(resource.Origin)}");
        }

        try
        {
            return name.EndsWith(".properties", StringComparison.OrdinalIgnoreCase)
                ? PropertiesParser.Parse(resource.Text, resource.Origin)
                : Parser.Parse(resource.Text, resource.Origin, null, basePath, includes, folder);
        }
        finally
        {
            includes.Exit();
        }
    }

    private static ConfigObject MergeOver(ConfigObject newer, ConfigObject? older) =>
        older is null ? newer : (ConfigObject)Merger.Combine(newer, older);

    private static bool HasKnownExtension(string path) =>
        path.EndsWith(".conf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".properties", StringComparison.OrdinalIgnoreCase);
}
