using Flow.Actors;
using Flow.Actors.Remote;
using Flow.Engine.Remote;

namespace Flow.Engine.Tests.Remote;

/// <summary>Actor systems with remoting and the engine's wire types on 127.0.0.x loopback (port 0), terminated together.</summary>
internal sealed class EngineNodes : IAsyncDisposable
{
    private readonly List<ActorSystem> _systems = [];

    /// <summary>Fast failure detection for tests (heartbeats every 100 ms, 1 s acceptable pause): a node is lost within about 1.5 s.</summary>
    public static RemoteSettings Settings(string host, int port = 0) => FlowRemoting.Enable(new RemoteSettings
    {
        Hostname = host,
        Port = port,
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
        AcceptableHeartbeatPause = TimeSpan.FromSeconds(1),
        MinStdDeviation = TimeSpan.FromMilliseconds(50),
        ConnectionTimeout = TimeSpan.FromSeconds(3),
        SystemMessageResendInterval = TimeSpan.FromMilliseconds(300),
    });

    public ActorSystem Start(string name, string host)
    {
        var system = ActorSystem.Create(name, new ActorSystemSetup { Settings = ActorSystemSettings.Default with { Remote = Settings(host) } });
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
