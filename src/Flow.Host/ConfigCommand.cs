using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Host;

/// <summary>
/// <c>flow config &lt;file.conf&gt; [--with-reference]</c> (<c>-</c> reads standard input): parses and resolves a HOCON file and prints the tree as
/// JSON on stdout (exit 0); a configuration error goes to stderr (exit 1); bad arguments exit 2.
/// </summary>
internal static class ConfigCommand
{
    public const string Usage = "usage: flow config <file.conf|-> [--with-reference]";

    public static int Run(ReadOnlySpan<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        var withReference = false;
        foreach (var arg in args)
        {
            if (arg == "--with-reference")
            {
                withReference = true;
            }
            else if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            else if (arg.StartsWith('-') && arg != "-" || file is not null)
            {
                stderr.WriteLine($"flow config: unexpected argument '{arg}'");
                stderr.WriteLine(Usage);
                return 2;
            }
            else
            {
                file = arg;
            }
        }

        if (file is null)
        {
            stderr.WriteLine("flow config: missing the configuration file");
            stderr.WriteLine(Usage);
            return 2;
        }

        try
        {
            var config = file == "-"
                ? Config.ParseString(stdin.ReadToEnd(), "<stdin>", withReference ? FlowConfig.Reference : null)
                : Config.ParseFile(file, withReference ? FlowConfig.Reference : null);
            stdout.WriteLine(config.ToJson());
            return 0;
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"flow config: {e.Message}");
            return 1;
        }
    }
}
