using System.Text;

namespace Flow.Actors;

/// <summary>
/// The immutable, unique path of an actor: its system's <see cref="Address"/> and the names from the root
/// guardian down, e.g. <c>flow://sys/user/parent/child</c>. Two paths are equal when address and names are;
/// the <see cref="Uid"/> tells incarnations of the same path apart and is not part of equality.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private readonly string[] _elements;
    private string? _text;

    private ActorPath(Address address, string[] elements, long uid)
    {
        Address = address;
        _elements = elements;
        Uid = uid;
    }

    /// <summary>The address of the actor system the actor lives in.</summary>
    public Address Address { get; }

    /// <summary>The incarnation id of the actor at this path (0 when unknown, e.g. for a selection).</summary>
    public long Uid { get; }

    /// <summary>The names from the root guardian down; empty for the root.</summary>
    public IReadOnlyList<string> Elements => _elements;

    /// <summary>The last name of the path ("/" for the root).</summary>
    public string Name => _elements.Length == 0 ? "/" : _elements[^1];

    /// <summary>The parent path; the root is its own parent.</summary>
    public ActorPath Parent => _elements.Length == 0 ? this : new ActorPath(Address, _elements[..^1], 0);

    /// <summary>Creates the root path of a system.</summary>
    public static ActorPath Root(Address address) => new(address, [], 0);

    /// <summary>The path of a child with the given name (and optional incarnation id).</summary>
    public ActorPath Child(string name, long uid = 0)
    {
        var elements = new string[_elements.Length + 1];
        _elements.CopyTo(elements, 0);
        elements[^1] = name;
        return new ActorPath(Address, elements, uid);
    }

    /// <summary>This path with another incarnation id.</summary>
    public ActorPath WithUid(long uid) => new(Address, _elements, uid);

    /// <summary>The path without its address, e.g. <c>/user/a/b</c>.</summary>
    public string ToStringWithoutAddress() => _elements.Length == 0 ? "/" : "/" + string.Join('/', _elements);

    /// <summary>The path rendered with another address (used when a local ref is sent to a peer).</summary>
    public string ToStringWithAddress(Address address) => address + ToStringWithoutAddress();

    /// <summary>Parses <c>scheme://system[@host:port]/a/b</c>.</summary>
    /// <exception cref="FormatException">The text is not an actor path; the message quotes it.</exception>
    public static ActorPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Address.TryParse(text, out var address, out var rest))
        {
            throw new FormatException($"'{text}' is not an actor path (expected scheme://system[@host:port]/path).");
        }

        var hash = rest.IndexOf('#');
        long uid = 0;
        if (hash >= 0)
        {
            if (!long.TryParse(rest.AsSpan(hash + 1), out uid))
            {
                throw new FormatException($"'{text}' has an invalid actor uid after '#'.");
            }

            rest = rest[..hash];
        }

        var elements = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return new ActorPath(address, elements, uid);
    }

    /// <inheritdoc />
    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._elements.Length != _elements.Length || !Address.Equals(other.Address))
        {
            return false;
        }

        for (var i = _elements.Length - 1; i >= 0; i--)
        {
            if (!string.Equals(_elements[i], other._elements[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActorPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Address);
        foreach (var e in _elements)
        {
            hash.Add(e, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Renders the path as <c>address/a/b</c>.</summary>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        var sb = new StringBuilder(Address.ToString());
        if (_elements.Length == 0)
        {
            sb.Append('/');
        }

        foreach (var e in _elements)
        {
            sb.Append('/').Append(e);
        }

        return _text = sb.ToString();
    }
}
