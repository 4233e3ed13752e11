using Hyperion;

namespace Flow.Actors.Serialization;

/// <summary>
/// Hyperion's type filter for Flow: only the allowed types, whichever form of their name Hyperion asks with (0.12.2
/// asks with the full assembly-qualified name when writing and the short one when reading, while its own filter
/// built from <c>allowed-types</c> knows only the short one, so it refuses to write any allowed type). No allowed
/// type: nothing is allowed.
/// </summary>
internal sealed class AllowedTypesFilter : ITypeFilter
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <param name="types">The allowed types.</param>
    public AllowedTypesFilter(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            _names.Add($"{type.FullName}, {type.Assembly.GetName().Name}");
            _names.Add(type.AssemblyQualifiedName!);
        }
    }

    /// <inheritdoc />
    public bool IsAllowed(string typeName) => _names.Contains(typeName);
}
