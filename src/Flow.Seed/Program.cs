namespace Flow.Seed;

/// <summary>The seed node process: the cluster's entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("usage: flow-seed [--config <file.conf>]");
        return args.Length == 0 ? 1 : 0;
    }
}
