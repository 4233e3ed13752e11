using System.CommandLine;
using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Host.Cli;

/// <summary>
/// <c>flow config &lt;file.conf|-&gt; [--with-reference]</c>: parses and resolves a HOCON file (<c>-</c>: standard input) and
/// prints the tree as JSON; with <c>--with-reference</c>, over Flow's and Akka's reference settings — exactly the tree a
/// node's ActorSystem runs with. A configuration error goes to standard error as <c>file:line:column: ...</c> (exit 1).
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(TextReader stdin)
    {
        var file = new Argument<string>("file") { Description = "The HOCON file, or - for standard input." };
        var withReference = new Option<bool>("--with-reference") { Description = "Resolve over Flow's reference.conf and Akka's reference settings (what a node runs with)." };
        var command = new Command("config", "Print a configuration file resolved, as JSON.") { file, withReference };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var output = result.InvocationConfiguration.Output;
            try
            {
                var fallback = result.GetValue(withReference) ? FlowConfig.Reference : null;
                var config = path == "-" ? Config.ParseString(stdin.ReadToEnd(), "<stdin>", fallback) : Config.ParseFile(path, fallback);
                output.WriteLine(config.ToJson());
                return CommandLine.Ok;
            }
            catch (ConfigException e)
            {
                result.InvocationConfiguration.Error.WriteLine($"flow config: {e.Message}");
                return CommandLine.Failed;
            }
        });
        return command;
    }
}
