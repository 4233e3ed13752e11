namespace Flow.Host;

/// <summary>The <c>flow</c> command line: runs a node or inspects its configuration.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine("usage: flow <command> [options]");
            return args.Length == 0 ? 1 : 0;
        }

        Console.Error.WriteLine($"flow: unknown command '{args[0]}'");
        return 1;
    }
}
