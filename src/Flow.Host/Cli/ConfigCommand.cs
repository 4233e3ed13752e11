using System.CommandLine;

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
        command.SetAction(result => ConfigPrinter.Execute(
            result.GetValue(file)!,
            result.GetValue(withReference),
            stdin,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }
}
