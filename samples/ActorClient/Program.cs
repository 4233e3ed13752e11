// An outside .NET application that talks to a Flow by actor messaging: its own ActorSystem (remoting on 127.0.0.1, not
// a cluster member, Flow's serializer registered by FlowSerialization.ClientConfig), Akka's cluster client towards a
// member of the cluster, and FlowClient on top. It posts one query to the TextSearch Flow and prints the top matches.
using System.Globalization;
using Akka.Actor;
using Flow.Actors.Client;
using Flow.Actors.Serialization;
using Flow.Core.Documents;

var contact = "akka.tcp://flow@127.0.0.2:4053";
var query = "read all lines of a text file";
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--contact": contact = args[i + 1]; break;
        case "--query": query = args[i + 1]; break;
        default:
            Console.Error.WriteLine($"ActorClient: unknown argument '{args[i]}' (usage: ActorClient [--contact <address>] [--query <text>])");
            return 2;
    }
}

if (args.Length % 2 != 0)
{
    Console.Error.WriteLine($"ActorClient: {args[^1]} needs a value (usage: ActorClient [--contact <address>] [--query <text>])");
    return 2;
}

var system = ActorSystem.Create("actor-client", FlowSerialization.ClientConfig(hostname: "127.0.0.1"));
try
{
    var client = await FlowClient.ConnectAsync(system, [contact], "textsearch", TimeSpan.FromSeconds(30));
    var answer = await client.PostAsync("/search", [new Document(query)]);
    var rank = 0;
    foreach (var match in answer[0].Matches)
    {
        var name = match.Tags["name"]?.GetValue<string>() ?? match.Id;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++rank}. {name}  {match.Scores["cosine"].Value:F4}"));
    }

    if (rank == 0)
    {
        Console.WriteLine("No results (is the Flow's index empty?).");
    }

    return 0;
}
catch (Exception e) when (e is TimeoutException or ArgumentException or FlowException)
{
    Console.Error.WriteLine($"ActorClient: {e.Message}");
    return 1;
}
finally
{
    await system.Terminate();
}
