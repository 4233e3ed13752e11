namespace Flow.Actors.Remote.Deployment;

/// <summary>
/// The actor types other nodes may start on this node, by key (the allow-list of remote deployment: a request names a
/// key, never a type). Register before the system starts; lookups are safe from any thread afterwards.
/// </summary>
public sealed class DeployableActors
{
    private readonly Dictionary<string, Func<object?, Props>> _factories = new(StringComparer.Ordinal);

    /// <summary>Allows <typeparamref name="TActor"/> (parameterless constructor) under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key is taken.</exception>
    public DeployableActors Register<TActor>(string key)
        where TActor : ActorBase, new() => Register(key, static _ => Props.Create<TActor>());

    /// <summary>
    /// Allows an actor made by <paramref name="factory"/> from the request's argument (null, or an instance of a type
    /// registered for the wire) under <paramref name="key"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The key is taken.</exception>
    public DeployableActors Register(string key, Func<object?, Props> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(key, factory))
        {
            throw new ArgumentException($"An actor type is already registered for remote deployment under '{key}'.", nameof(key));
        }

        return this;
    }

    /// <summary>The factory registered under <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out Func<object?, Props> factory) => _factories.TryGetValue(key, out factory!);
}
