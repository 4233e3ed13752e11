using System.CommandLine;
using Akka.Actor;
using Akka.Cluster.Tools.Client;
using Flow.Actors.Status;

namespace Flow.Host.Cli;

/// <summary>
/// <c>flow status --contact &lt;address&gt;</c>: the cluster's members (address, roles, status, reachability) and, per
/// executor of each Flow, the node each shard runs on and the nodes of its replicas.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var contact = new ContactOptions();
        var command = new Command("status", "Print a cluster's members and where each Flow's shards and replicas run.");
        contact.AddTo(command);
        command.SetAction((result, _) => RunAsync(result.GetValue(contact.Contact)!, result.GetValue(contact.Hostname)!, TimeSpan.FromSeconds(result.GetValue(contact.Timeout)), stdout, stderr));
        return command;
    }

    private static async Task<int> RunAsync(string contact, string hostname, TimeSpan timeout, TextWriter stdout, TextWriter stderr)
    {
        ContactSystem cluster;
        try
        {
            cluster = ContactSystem.Start(contact, hostname);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"flow status: {e.Message}");
            return CommandLine.Usage;
        }

        await using (cluster.ConfigureAwait(false))
        {
            ClusterStatusReport report;
            try
            {
                report = await cluster.Client.Ask<ClusterStatusReport>(new ClusterClient.Send("/user/" + FlowStatusActor.Name, GetClusterStatus.Instance), timeout).ConfigureAwait(false);
            }
            catch (AskTimeoutException)
            {
                stderr.WriteLine($"flow status: no answer from {contact} within {timeout.TotalSeconds:0.#} s (is it a Flow node, and is {hostname} reachable from it?)");
                return CommandLine.Failed;
            }

            StatusTable.Write(report, stdout);
            return CommandLine.Ok;
        }
    }
}
