namespace Flow.Actors.Supervision;

/// <summary>
/// How a back-off supervisor restarts its child: after <see cref="MinBackoff"/>, doubling per restart up to
/// <see cref="MaxBackoff"/>, each delay stretched by up to <see cref="RandomFactor"/> (so that many children do not
/// restart in step). The restart count resets once the child has run for <see cref="ResetBackoff"/>.
/// </summary>
public sealed record BackoffOptions
{
    private BackoffOptions(BackoffMode mode, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        ArgumentNullException.ThrowIfNull(childProps);
        ActorName.Validate(childName);
        if (minBackoff <= TimeSpan.Zero || maxBackoff < minBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(minBackoff), $"Back-off needs 0 < minBackoff ({minBackoff}) <= maxBackoff ({maxBackoff}).");
        }

        if (randomFactor is < 0 or > 1 || double.IsNaN(randomFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(randomFactor), randomFactor, "The random factor must be between 0 and 1.");
        }

        Mode = mode;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
        ResetBackoff = minBackoff;
    }

    /// <summary>What triggers a restart.</summary>
    public BackoffMode Mode { get; }

    /// <summary>The child's Props.</summary>
    public Props ChildProps { get; }

    /// <summary>The child's name.</summary>
    public string ChildName { get; }

    /// <summary>The first delay.</summary>
    public TimeSpan MinBackoff { get; }

    /// <summary>The longest delay.</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Up to this fraction is added to each delay at random (0 for exact delays).</summary>
    public double RandomFactor { get; }

    /// <summary>How long the child must run before the restart count resets (MinBackoff by default).</summary>
    public TimeSpan ResetBackoff { get; init; }

    /// <summary>Restarts allowed before the supervisor gives up and stops (-1: no limit).</summary>
    public int MaxNrOfRetries { get; init; } = -1;

    /// <summary>Restart the child whenever it stops.</summary>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffMode.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor);

    /// <summary>Restart the child whenever it fails.</summary>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffMode.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor);

    /// <summary>These options with a restart limit.</summary>
    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries) => this with { MaxNrOfRetries = maxNrOfRetries };

    /// <summary>These options with another reset period.</summary>
    public BackoffOptions WithAutoReset(TimeSpan resetBackoff) => this with { ResetBackoff = resetBackoff };
}
