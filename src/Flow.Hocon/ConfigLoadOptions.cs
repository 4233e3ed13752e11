namespace Flow.Hocon;

/// <summary>How <see cref="Config.Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/> reads its layers and resolves them.</summary>
public sealed record ConfigLoadOptions
{
    /// <summary>The defaults: the process's environment variables and <see cref="ConfigClasspath.LoadedAssemblies"/>.</summary>
    public static ConfigLoadOptions Default { get; } = new();

    /// <summary>
    /// The environment variables a substitution falls back on when its path is not in the configuration
    /// (<c>${?FLOW_PORT}</c>): given a variable name, its value, or null when it is not set. It is called during the load,
    /// on the loading thread. Null: the process's variables (<see cref="System.Environment.GetEnvironmentVariable(string)"/>).
    /// </summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>Where <c>include classpath("...")</c> and <see cref="ConfigSource.FromClasspath"/> look; null: <see cref="ConfigClasspath.LoadedAssemblies"/>.</summary>
    public ConfigClasspath? Classpath { get; init; }
}
