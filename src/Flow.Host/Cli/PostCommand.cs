using System.CommandLine;
using System.Text.Json.Nodes;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Host.Cli;

/// <summary>
/// <c>flow post --contact &lt;address&gt; --flow &lt;name&gt; &lt;endpoint&gt; [--text "..."]... [--json file] [--parameters json]</c>:
/// posts documents to a Flow running on a cluster (through the cluster client) and prints the resulting documents, one
/// JSON object per line. Exit 0 on success; an error response is printed on standard error (executor, exception,
/// message) with exit 1.
/// </summary>
internal static class PostCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var contact = new ContactOptions();
        var flow = new Option<string>("--flow") { Description = "The Flow's name.", Required = true, HelpName = "name" };
        var endpoint = new Argument<string>("endpoint") { Description = "The endpoint, e.g. /search." };
        var texts = new Option<string[]>("--text") { Description = "A document with this text (repeatable).", HelpName = "text" };
        var json = new Option<FileInfo>("--json") { Description = "A JSON file with a list of documents (docarray field names: id, text, tags, ...).", HelpName = "file" };
        var parameters = new Option<string>("--parameters") { Description = "The request's parameters, a JSON object.", HelpName = "json" };
        var command = new Command("post", "Post documents to a Flow on a cluster and print the results.") { flow, endpoint, texts, json, parameters };
        contact.AddTo(command);
        command.SetAction((result, _) => RunAsync(
            result.GetValue(contact.Contact)!,
            result.GetValue(contact.Hostname)!,
            TimeSpan.FromSeconds(result.GetValue(contact.Timeout)),
            result.GetValue(flow)!,
            result.GetValue(endpoint)!,
            result.GetValue(texts) ?? [],
            result.GetValue(json),
            result.GetValue(parameters),
            stdout,
            stderr));
        return command;
    }

    private static async Task<int> RunAsync(string contact, string hostname, TimeSpan timeout, string flow, string endpoint, string[] texts, FileInfo? json, string? parameters, TextWriter stdout, TextWriter stderr)
    {
        DocumentArray docs;
        JsonObject? parsedParameters;
        try
        {
            docs = PostInputs.Documents(texts, json);
            parsedParameters = PostInputs.Parameters(parameters);
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"flow post: {e.Message}");
            return CommandLine.Usage;
        }

        ContactSystem cluster;
        try
        {
            cluster = ContactSystem.Start(contact, hostname);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"flow post: {e.Message}");
            return CommandLine.Usage;
        }

        await using (cluster.ConfigureAwait(false))
        {
            try
            {
                var client = await FlowClient.ConnectAsync(cluster.System, [contact], flow, timeout).ConfigureAwait(false);
                var response = await client.SendAsync(new FlowRequest(endpoint, docs, parsedParameters) { Timeout = timeout }).ConfigureAwait(false);
                if (response.Error is { } error)
                {
                    stderr.WriteLine($"flow post: {error.Description}");
                    return CommandLine.Failed;
                }

                foreach (var doc in response.Docs)
                {
                    stdout.WriteLine(PostInputs.ToJson(doc));
                }

                return CommandLine.Ok;
            }
            catch (TimeoutException e)
            {
                stderr.WriteLine($"flow post: {e.Message}");
                return CommandLine.Failed;
            }
        }
    }
}
