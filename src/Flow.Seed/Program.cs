namespace Flow.Seed;

/// <summary>The seed node process: the cluster's entry point (<c>flow-seed --config hocon/seed.conf</c>).</summary>
internal static class Program
{
    private static int Main(string[] args) => SeedCommand.Run(args, Console.In, Flow.Host.ConsoleStreams.TakeStandardOutput(), Console.Error);
}
