using System.Diagnostics;
using Xunit;

namespace Flow.Actors.TestKit;

/// <summary>
/// Base class of actor tests for xunit: an actor system per test (<see cref="Sys"/>), a default probe
/// (<see cref="TestActor"/>) whose expectations are exposed directly, <c>AwaitAssert</c> and <c>Within</c>.
/// The system is terminated after the test; a system that does not stop within 10 s fails the test.
/// </summary>
public abstract class TestKit : IAsyncLifetime
{
    private readonly TestProbe _probe;

    /// <summary>Creates the system (named after the test class) and the default probe.</summary>
    /// <param name="setup">Settings, logging and clock; pass a <see cref="ManualTimeProvider"/> to drive time.</param>
    /// <param name="systemName">The system's name; the test class name by default.</param>
    protected TestKit(ActorSystemSetup? setup = null, string? systemName = null)
    {
        Sys = ActorSystem.Create(systemName ?? SystemName(GetType()), setup);
        Clock = setup?.TimeProvider as ManualTimeProvider;
        _probe = new TestProbe(Sys, "testActor");
    }

    /// <summary>The actor system under test.</summary>
    public ActorSystem Sys { get; }

    /// <summary>The manual clock, when the setup gave one.</summary>
    public ManualTimeProvider? Clock { get; }

    /// <summary>The default probe's actor: use it as the sender of messages under test.</summary>
    public IActorRef TestActor => _probe.Ref;

    /// <summary>The default probe.</summary>
    public TestProbe Probe => _probe;

    /// <summary>The sender of the last message the default probe received.</summary>
    public IActorRef? LastSender => _probe.LastSender;

    /// <summary>Creates another probe.</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name);

    /// <summary>Expects the next message to be a <typeparamref name="T"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null) => _probe.ExpectMsgAsync<T>(timeout);

    /// <summary>Expects the next message to equal <paramref name="expected"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null)
        where T : notnull => _probe.ExpectMsgAsync(expected, timeout);

    /// <summary>Expects the next message to be a <typeparamref name="T"/> that satisfies <paramref name="predicate"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null, string? hint = null) =>
        _probe.ExpectMsgAsync(predicate, timeout, hint);

    /// <summary>Expects no message for the duration.</summary>
    public Task ExpectNoMsgAsync(TimeSpan? duration = null) => _probe.ExpectNoMsgAsync(duration);

    /// <summary>Expects the <see cref="Terminated"/> of <paramref name="target"/> (call <see cref="Watch"/> first).</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null) => _probe.ExpectTerminatedAsync(target, timeout);

    /// <summary>Skips messages until one matches.</summary>
    public Task<T> FishForMessageAsync<T>(Func<T, bool> isTheOne, TimeSpan? timeout = null) => _probe.FishForMessageAsync(isTheOne, timeout);

    /// <summary>Receives exactly <paramref name="count"/> messages, in order.</summary>
    public Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null) => _probe.ReceiveNAsync(count, timeout);

    /// <summary>Makes the default probe watch <paramref name="subject"/>.</summary>
    public IActorRef Watch(IActorRef subject) => _probe.Watch(subject);

    /// <summary>Makes the default probe watch <paramref name="subject"/>; completes once the watch is registered.</summary>
    public Task<IActorRef> WatchAsync(IActorRef subject, TimeSpan? timeout = null) => _probe.WatchAsync(subject, timeout);

    /// <summary>Makes the default probe stop watching <paramref name="subject"/>.</summary>
    public IActorRef Unwatch(IActorRef subject) => _probe.Unwatch(subject);

    /// <summary>Retries <paramref name="assertion"/> every <paramref name="interval"/> until it passes or <paramref name="duration"/> is over; then rethrows its last failure.</summary>
    public static Task AwaitAssertAsync(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null) =>
        AwaitAssertAsync(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, duration, interval);

    /// <summary>Retries an async assertion until it passes or the duration is over.</summary>
    public static async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Within.Remaining(duration).TotalSeconds * Stopwatch.Frequency);
        var pause = interval ?? TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(pause).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after the duration.</summary>
    public static Task AwaitConditionAsync(Func<bool> condition, TimeSpan? duration = null, string? message = null) =>
        AwaitAssertAsync(() =>
        {
            if (!condition())
            {
                throw new TestKitAssertionException(message ?? "The awaited condition did not become true.");
            }
        }, duration);

    /// <summary>Runs <paramref name="body"/>, whose expectations share the time left until <paramref name="max"/>, and checks it took at most that.</summary>
    public static Task WithinAsync(TimeSpan max, Func<Task> body) => WithinAsync(TimeSpan.Zero, max, body);

    /// <summary>Runs <paramref name="body"/> and checks that it took between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static async Task WithinAsync(TimeSpan min, TimeSpan max, Func<Task> body)
    {
        var start = Stopwatch.GetTimestamp();
        var outer = Flow.Actors.TestKit.Within.Deadline;
        var deadline = DateTime.UtcNow + TestKitSettings.Dilated(max);
        Flow.Actors.TestKit.Within.Deadline = outer is { } o && o < deadline ? o : deadline;
        try
        {
            await body().ConfigureAwait(false);
        }
        finally
        {
            Flow.Actors.TestKit.Within.Deadline = outer;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        if (elapsed < min)
        {
            throw new TestKitAssertionException($"Within: the block took {elapsed.TotalMilliseconds:0} ms, less than the minimum {min.TotalMilliseconds:0} ms.");
        }

        if (elapsed > TestKitSettings.Dilated(max))
        {
            throw new TestKitAssertionException($"Within: the block took {elapsed.TotalMilliseconds:0} ms, more than the maximum {max.TotalMilliseconds:0} ms.");
        }
    }

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        var terminated = Sys.Terminate();
        var finished = await Task.WhenAny(terminated, Task.Delay(TestKitSettings.Dilated(TimeSpan.FromSeconds(10)))).ConfigureAwait(false);
        if (finished != terminated)
        {
            throw new TestKitAssertionException($"Actor system {Sys.Name} did not terminate within 10 s.");
        }
    }

    private static string SystemName(Type type)
    {
        var chars = type.Name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_').ToArray();
        return chars.Length == 0 || !char.IsAsciiLetterOrDigit(chars[0]) ? "test" : new string(chars);
    }
}
