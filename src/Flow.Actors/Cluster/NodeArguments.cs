namespace Flow.Actors.Cluster;

/// <summary>
/// The command-line options every node process shares: <c>--config &lt;file&gt;</c> (required), <c>--name &lt;system&gt;</c>,
/// <c>--stop-on-stdin-close</c> and <c>-h</c>/<c>--help</c>. A command adds its own options through a callback.
/// </summary>
/// <param name="ConfigFile">The node's HOCON file.</param>
/// <param name="Name">The actor system's name.</param>
/// <param name="StopOnStdinClose">Stop when standard input closes.</param>
internal sealed record NodeArguments(string ConfigFile, string Name, bool StopOnStdinClose)
{
    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="defaultName">The system name when <c>--name</c> is not given.</param>
    /// <param name="configPlaceholder">How the usage names the config file, e.g. <c>&lt;seed.conf&gt;</c>.</param>
    /// <param name="extra">
    /// Offered every option the shared set does not know, with the argument after it (or <c>null</c>); returns how
    /// many arguments it consumed (1 or 2), or 0 when the option is unknown to it too.
    /// </param>
    /// <param name="error">Why the arguments are invalid (to print with the usage), or <c>null</c>.</param>
    /// <returns>The options; <c>null</c> when help was asked for or <paramref name="error"/> is set.</returns>
    public static NodeArguments? Parse(IReadOnlyList<string> args, string defaultName, string configPlaceholder, Func<string, string?, int>? extra, out string? error)
    {
        error = null;
        string? config = null;
        var name = defaultName;
        var stopOnStdinClose = false;
        for (var i = 0; i < args.Count; i++)
        {
            var next = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return null;
                case "--config" when next is not null:
                    config = next;
                    i++;
                    break;
                case "--name" when next is not null:
                    name = next;
                    i++;
                    break;
                case "--stop-on-stdin-close":
                    stopOnStdinClose = true;
                    break;
                default:
                    var consumed = extra?.Invoke(args[i], next) ?? 0;
                    if (consumed == 0)
                    {
                        error = $"unexpected argument '{args[i]}'";
                        return null;
                    }

                    i += consumed - 1;
                    break;
            }
        }

        if (config is null)
        {
            error = $"missing --config {configPlaceholder}";
            return null;
        }

        return new NodeArguments(config, name, stopOnStdinClose);
    }
}
