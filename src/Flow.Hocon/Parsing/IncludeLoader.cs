using Flow.Hocon.Resolution;

namespace Flow.Hocon.Parsing;

/// <summary>
/// Finds and parses include targets. A name without extension tries <c>.conf</c>, <c>.json</c> and
/// <c>.properties</c> and merges what exists (.conf wins); a missing target is ignored unless required.
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

    private static ConfigObject? LoadResource(IncludeRequest request, string name, ConfigOrigin at, string[] basePath, IncludeContext includes)
    {
        var assembly = typeof(IncludeLoader).Assembly;
        var resource = "Flow.Actors." + name.TrimStart('/').Replace('/', '.');
        ConfigObject? result = null;
        string[] candidates = HasKnownExtension(name) ? [resource] : [resource + ".properties", resource + ".json", resource + ".conf"];
        foreach (var candidate in candidates)
        {
            using var stream = assembly.GetManifestResourceStream(candidate);
            if (stream is null)
            {
                continue;
            }

            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            var origin = "classpath:" + candidate["Flow.Actors.".Length..];
            if (!includes.TryEnter(origin))
            {
                throw new ConfigParseException(at, $"expected includes without cycles, found {includes.Describe(origin)}");
            }

            try
            {
                var parsed = candidate.EndsWith(".properties", StringComparison.Ordinal)
                    ? PropertiesParser.Parse(text, origin)
                    : Parser.Parse(text, origin, null, basePath, includes, fromClasspath: true);
                result = MergeOver(parsed, result);
            }
            finally
            {
                includes.Exit();
            }
        }

        if (result is null && request.Required)
        {
            throw new ConfigParseException(at, $"expected the required classpath resource '{name}' to be embedded in Flow.Actors, found none");
        }

        return result;
    }

    private static ConfigObject MergeOver(ConfigObject newer, ConfigObject? older) =>
        older is null ? newer : (ConfigObject)Merger.Combine(newer, older);

    private static bool HasKnownExtension(string path) =>
        path.EndsWith(".conf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".properties", StringComparison.OrdinalIgnoreCase);
}
