namespace Flow.Actors;

/// <summary>
/// Where an actor system lives: <c>scheme://system@host:port</c>, or <c>scheme://system</c> for a
/// system that is reachable only in its own process.
/// </summary>
/// <param name="Protocol">The scheme, <c>flow</c> for local systems and <c>flow.tcp</c> for remote ones.</param>
/// <param name="System">The actor system's name.</param>
/// <param name="Host">The host name peers dial, or <c>null</c> for a local-only system.</param>
/// <param name="Port">The port peers dial, or <c>null</c> for a local-only system.</param>
public sealed record Address(string Protocol, string System, string? Host = null, int? Port = null)
{
    /// <summary>True when the address names a host and port (the system is reachable remotely).</summary>
    public bool HasGlobalScope => Host is not null;

    /// <summary>Renders the address as <c>scheme://system@host:port</c> (or <c>scheme://system</c>).</summary>
    public override string ToString() =>
        Host is null ? $"{Protocol}://{System}" : $"{Protocol}://{System}@{Host}:{Port}";

    /// <summary>Parses an address such as <c>flow.tcp://sys@127.0.0.2:4053</c>.</summary>
    /// <exception cref="FormatException">The text is not an address; the message quotes it.</exception>
    public static Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var address, out var rest) || rest.Length != 0)
        {
            throw new FormatException($"'{text}' is not an actor system address (expected scheme://system[@host:port]).");
        }

        return address;
    }

    /// <summary>Parses the address at the start of <paramref name="text"/>; <paramref name="rest"/> is what follows it.</summary>
    internal static bool TryParse(string text, out Address address, out string rest)
    {
        address = null!;
        rest = string.Empty;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var start = schemeEnd + 3;
        var slash = text.IndexOf('/', start);
        var authority = slash < 0 ? text[start..] : text[start..slash];
        rest = slash < 0 ? string.Empty : text[slash..];
        var at = authority.IndexOf('@');
        if (at < 0)
        {
            if (authority.Length == 0)
            {
                return false;
            }

            address = new Address(text[..schemeEnd], authority);
            return true;
        }

        var hostPort = authority[(at + 1)..];
        var colon = hostPort.LastIndexOf(':');
        if (at == 0 || colon <= 0 || !int.TryParse(hostPort.AsSpan(colon + 1), out var port) || port < 0 || port > 65535)
        {
            return false;
        }

        address = new Address(text[..schemeEnd], authority[..at], hostPort[..colon], port);
        return true;
    }
}
