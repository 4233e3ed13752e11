namespace Flow.Samples.TextSearch.Cli;

/// <summary>The command line: <c>--query &lt;text&gt; [--flow &lt;yaml&gt;] [--workspace &lt;dir&gt;] [--corpus sdk|&lt;dir&gt;] [--reindex]</c>.</summary>
/// <param name="Query">The search text.</param>
/// <param name="FlowFile">A YAML Flow to run instead of the C# one, or null.</param>
/// <param name="Workspace">The workspace root (the shards' and the vectorizer's files).</param>
/// <param name="Corpus"><c>sdk</c> or a directory of XML documentation files to index.</param>
/// <param name="Reindex">Delete the executors' workspaces and index again.</param>
internal sealed record SearchOptions(string Query, string? FlowFile, string Workspace, string Corpus, bool Reindex)
{
    /// <summary>An answer key to measure the ranking on (<c>--eval</c>) instead of printing one query's results; null: none.</summary>
    public string? EvalFile { get; init; }

    /// <summary>A cluster member's address (<c>--contact</c>): post to the Flow running on that cluster instead of starting one; null: embedded.</summary>
    public string? Contact { get; init; }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: TextSearch --query <text> | --eval <queries.tsv> [--flow <flow.yml>] [--workspace <dir>] [--corpus sdk|<dir>] [--reindex]
                                                      [--contact <address>]

          --query <text>      what to search for in the .NET API reference
          --flow <file>       run the Flow from a YAML file (e.g. samples/TextSearch/flow.yml) instead of the C# one
          --workspace <dir>   where the executors keep their state
                              (default: <local application data>/Flow/TextSearch/workspace, else ./workspace)
          --corpus sdk|<dir>  the XML doc files to index (default: sdk, the running SDK's reference docs)
          --reindex           forget the saved index and vocabulary and index again
          --eval <file>       measure the ranking on an answer key (query<TAB>member name lines),
                              e.g. samples/TextSearch/eval/queries.tsv
          --contact <address> use the Flow running on the cluster of this member (e.g. akka.tcp://flow@127.0.0.2:4053,
                              its nodes started with --flow samples/TextSearch/flow.yml) instead of starting one;
                              --corpus is what gets indexed when its shards hold nothing
        """;

    /// <summary>The default workspace: under the user's local application data, else <c>./workspace</c>.</summary>
    public static string DefaultWorkspace
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(local)
                ? Path.GetFullPath("workspace")
                : Path.Combine(local, "Flow", "TextSearch", "workspace");
        }
    }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="options">The options, when valid.</param>
    /// <param name="error">What is wrong, otherwise.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out SearchOptions? options, out string? error)
    {
        string? query = null, flow = null, workspace = null, corpus = null, eval = null, contact = null;
        var reindex = false;
        options = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--reindex")
            {
                reindex = true;
                continue;
            }

            if (arg is not ("--query" or "--flow" or "--workspace" or "--corpus" or "--eval" or "--contact"))
            {
                error = $"unknown argument '{arg}'";
                return false;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value";
                return false;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--query": query = value; break;
                case "--flow": flow = value; break;
                case "--workspace": workspace = value; break;
                case "--eval": eval = value; break;
                case "--contact": contact = value; break;
                default: corpus = value; break;
            }
        }

        if (string.IsNullOrWhiteSpace(query) && eval is null)
        {
            error = "--query is required";
            return false;
        }

        if (contact is not null && (reindex || flow is not null || workspace is not null))
        {
            error = "--contact uses the cluster's Flow and workspaces: --reindex, --flow and --workspace do not apply";
            return false;
        }

        options = new SearchOptions(query ?? string.Empty, flow, Path.GetFullPath(workspace ?? DefaultWorkspace), corpus ?? "sdk", reindex) { EvalFile = eval, Contact = contact };
        return true;
    }
}
