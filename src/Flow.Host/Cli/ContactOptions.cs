using System.CommandLine;

namespace Flow.Host.Cli;

/// <summary>The options of a command that talks to a cluster from outside.</summary>
internal sealed class ContactOptions
{
    public Option<string> Contact { get; } = new("--contact") { Description = "A cluster member's address, e.g. akka.tcp://flow@127.0.0.2:4053 (the seed).", Required = true, HelpName = "address" };

    public Option<string> Hostname { get; } = new("--hostname") { Description = "The address this command listens on for the answers (reachable from the cluster).", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ip" };

    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds to wait for the cluster's answer.", DefaultValueFactory = _ => 30, HelpName = "seconds" };

    public void AddTo(Command command)
    {
        command.Add(Contact);
        command.Add(Hostname);
        command.Add(Timeout);
    }
}
