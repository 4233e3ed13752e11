using Flow.Actors.Remote;
using Flow.Actors.Serialization;

namespace Flow.Actors.Tests.Remote;

/// <summary>Actor systems with remoting on distinct 127.0.0.x loopback addresses (port 0), terminated together.</summary>
internal sealed class RemoteNodes : IAsyncDisposable
{
    private readonly List<ActorSystem> _systems = [];

    /// <summary>Fast failure detection for tests: lost within about a second.</summary>
    public static RemoteSettings Settings(string host, Func<RemoteSettings, RemoteSettings>? configure = null)
    {
        var settings = new RemoteSettings
        {
            Hostname = host,
            HeartbeatInterval = TimeSpan.FromMilliseconds(100),
            AcceptableHeartbeatPause = TimeSpan.FromSeconds(1),
            MinStdDeviation = TimeSpan.FromMilliseconds(50),
            ConnectionTimeout = TimeSpan.FromSeconds(3),
            SystemMessageResendInterval = TimeSpan.FromMilliseconds(300),
            Serialization = Registry(),
        };
        return configure is null ? settings : configure(settings);
    }

    public static SerializationRegistry Registry() => new SerializationRegistry()
        .RegisterJson<Greeting>(1000)
        .RegisterJson<Carrier>(1001)
        .RegisterJson<Numbered>(1002);

    public ActorSystem Start(string name, string host, Func<RemoteSettings, RemoteSettings>? configure = null)
    {
        var settings = ActorSystemSettings.Default with { Remote = Settings(host, configure), LogLevel = Microsoft.Extensions.Logging.LogLevel.Debug };
        var system = ActorSystem.Create(name, new ActorSystemSetup { Settings = settings, LoggerFactory = FileLoggerFactory.FromEnvironment(name + "@" + host) });
        _systems.Add(system);
        return system;
    }

    public static RemoteTransport Transport(ActorSystem system) => (RemoteTransport)system.RemoteHook!;

    public async ValueTask DisposeAsync()
    {
        foreach (var system in _systems)
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
            await Transport(system).WhenStopped.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
