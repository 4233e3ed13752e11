namespace Flow.Actors.Routing;

/// <summary>
/// Akka's default resizer: counts busy routees (the pressure), grows the pool by the ramp-up rate when all are busy,
/// shrinks it by the back-off rate when few are, and keeps it within the bounds. The decision is pure arithmetic
/// (<see cref="Capacity(int, int)"/>); only <see cref="Pressure"/> reads the routees' mailboxes.
/// </summary>
public sealed class DefaultResizer : Resizer
{
    /// <summary>A resizer with Akka's defaults (see <see cref="ResizerSettings"/>).</summary>
    public DefaultResizer()
        : this(new ResizerSettings())
    {
    }

    /// <summary>A resizer with the given bounds and Akka's other defaults.</summary>
    /// <exception cref="ArgumentException">The bounds are invalid (the message names the setting).</exception>
    public DefaultResizer(int lowerBound, int upperBound)
        : this(new ResizerSettings { LowerBound = lowerBound, UpperBound = upperBound })
    {
    }

    /// <summary>A resizer with the given settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names it).</exception>
    public DefaultResizer(ResizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Check(settings.LowerBound >= 0, "lower-bound must be 0 or more", settings.LowerBound);
        Check(settings.UpperBound >= 1, "upper-bound must be 1 or more", settings.UpperBound);
        Check(settings.UpperBound >= settings.LowerBound, "upper-bound must be at least lower-bound", settings.UpperBound);
        Check(settings.RampupRate >= 0, "rampup-rate must be 0 or more", settings.RampupRate);
        Check(settings.BackoffThreshold <= 1, "backoff-threshold must be 1 or less", settings.BackoffThreshold);
        Check(settings.BackoffRate >= 0, "backoff-rate must be 0 or more", settings.BackoffRate);
        Check(settings.MessagesPerResize >= 1, "messages-per-resize must be 1 or more", settings.MessagesPerResize);
        Settings = settings;
    }

    /// <summary>The settings in force.</summary>
    public ResizerSettings Settings { get; }

    /// <inheritdoc />
    public override bool IsTimeForResize(long messageCounter) => messageCounter % Settings.MessagesPerResize == 0;

    /// <inheritdoc />
    public override int Resize(IReadOnlyList<Routee> currentRoutees)
    {
        ArgumentNullException.ThrowIfNull(currentRoutees);
        return Capacity(Pressure(currentRoutees), currentRoutees.Count);
    }

    /// <summary>The change for a pool of <paramref name="currentSize"/> routees of which <paramref name="pressure"/> are busy: <see cref="Filter"/>, then clamped to the bounds.</summary>
    public int Capacity(int pressure, int currentSize)
    {
        var delta = Filter(pressure, currentSize);
        var proposed = currentSize + delta;
        if (proposed < Settings.LowerBound)
        {
            return delta + (Settings.LowerBound - proposed);
        }

        if (proposed > Settings.UpperBound)
        {
            return delta - (proposed - Settings.UpperBound);
        }

        return delta;
    }

    /// <summary>How many routees are busy (see <see cref="ResizerSettings.PressureThreshold"/>); routees whose mailbox is unknown are not.</summary>
    public int Pressure(IReadOnlyList<Routee> currentRoutees)
    {
        ArgumentNullException.ThrowIfNull(currentRoutees);
        var busy = 0;
        for (var i = 0; i < currentRoutees.Count; i++)
        {
            if (RouteeMailbox.CellOf(currentRoutees[i]) is not { } cell)
            {
                continue;
            }

            var waiting = cell.Mailbox.Count;
            var isBusy = Settings.PressureThreshold < 1
                ? waiting > 0 || cell.CurrentMessage is not null
                : waiting >= Settings.PressureThreshold;
            if (isBusy)
            {
                busy++;
            }
        }

        return busy;
    }

    /// <summary>The unclamped change: <see cref="Rampup"/> plus <see cref="Backoff"/>.</summary>
    public int Filter(int pressure, int capacity) => Rampup(pressure, capacity) + Backoff(pressure, capacity);

    /// <summary>Growth: ceil(rampup-rate × capacity) when every routee is busy, else 0.</summary>
    public int Rampup(int pressure, int capacity) =>
        pressure < capacity ? 0 : (int)Math.Ceiling(Settings.RampupRate * capacity);

    /// <summary>Shrink (zero or negative): floor(-backoff-rate × capacity) when pressure / capacity is below the back-off threshold, else 0.</summary>
    public int Backoff(int pressure, int capacity) =>
        Settings.BackoffThreshold > 0 && Settings.BackoffRate > 0 && capacity > 0 && (double)pressure / capacity < Settings.BackoffThreshold
            ? (int)Math.Floor(-Settings.BackoffRate * capacity)
            : 0;

    private static void Check(bool ok, string rule, object value)
    {
        if (!ok)
        {
            throw new ArgumentException($"Invalid resizer setting: {rule} (was {value}).");
        }
    }
}
