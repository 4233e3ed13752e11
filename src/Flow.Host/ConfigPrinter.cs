using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Host;

/// <summary>
/// The work of <c>flow config</c>, apart from its command line: resolves a HOCON file (or standard input) and prints it
/// as JSON, or prints the configuration error as <c>flow config: file:line:column: what was expected</c>. With the
/// reference, the file is loaded exactly as a node loads it (<see cref="FlowConfig.Load"/>), so what is printed is the
/// tree the node hands to Akka.
/// </summary>
internal static class ConfigPrinter
{
    /// <summary>Resolves and prints; returns 0, or 1 after printing a configuration error.</summary>
    /// <param name="file">The file, or <c>-</c> for standard input.</param>
    /// <param name="withReference">Load it as a node does, over the reference settings.</param>
    /// <param name="stdin">Read for the file <c>-</c>.</param>
    /// <param name="stdout">Receives the JSON (two-space indented, one line feed after it).</param>
    /// <param name="stderr">Receives <c>flow config: </c> and the error's message.</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    public static int Execute(string file, bool withReference, TextReader stdin, TextWriter stdout, TextWriter stderr, ConfigLoadOptions? options = null)
    {
        try
        {
            stdout.WriteLine(Resolve(file, withReference, stdin, options).ToJson());
            return 0;
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"flow config: {e.Message}");
            return 1;
        }
    }

    /// <summary>The configuration the command prints.</summary>
    /// <param name="file">The file, or <c>-</c> for standard input (named <c>&lt;stdin&gt;</c> in errors).</param>
    /// <param name="withReference">Load it as a node does (<see cref="FlowConfig.Load"/>), or resolve it alone.</param>
    /// <param name="stdin">Read for the file <c>-</c>.</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    /// <exception cref="ConfigException">The file is unreadable or invalid, or a substitution cannot resolve.</exception>
    public static Config Resolve(string file, bool withReference, TextReader stdin, ConfigLoadOptions? options = null)
    {
        var source = file == "-" ? ConfigSource.FromString(stdin.ReadToEnd(), "<stdin>") : ConfigSource.FromFile(file);
        return withReference ? FlowConfig.Load([source], options) : Config.Load([source], options);
    }
}
