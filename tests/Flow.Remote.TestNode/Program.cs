using Flow.Actors;
using Flow.Actors.Remote;

namespace Flow.Remote.TestNode;

/// <summary>
/// A node in its own process for kill/restart specs: <c>Flow.Remote.TestNode &lt;system&gt; &lt;host&gt; &lt;port&gt;</c>
/// starts a remote actor system with an echo at <c>/user/echo</c>, prints <c>READY &lt;address&gt;</c>, and runs until
/// its standard input closes (or it is killed).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Flow.Remote.TestNode <system> <host> <port>");
            return 2;
        }

        var settings = new RemoteSettings
        {
            Hostname = args[1],
            Port = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            HeartbeatInterval = TimeSpan.FromMilliseconds(100),
            AcceptableHeartbeatPause = TimeSpan.FromSeconds(1),
            MinStdDeviation = TimeSpan.FromMilliseconds(50),
        };
        await using var system = ActorSystem.Create(args[0], new ActorSystemSetup { Settings = ActorSystemSettings.Default with { Remote = settings } });
        system.ActorOf(Props.Create<Echo>(), "echo");
        Console.WriteLine($"READY {system.Address}");
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }
}
