using Flow.Actors.Client;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Samples.TextSearch.App;
using Flow.Samples.TextSearch.Cli;

if (!SearchOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine($"TextSearch: {error}");
    Console.Error.WriteLine(SearchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    await TextSearchApp.RunAsync(options!, Console.Out, cancel.Token);
    return 0;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("TextSearch: cancelled");
    return 130;
}
catch (Exception e) when (e is TimeoutException or ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException or FlowValidationException or ExecutorConstructionException or FlowException)
{
    Console.Error.WriteLine($"TextSearch: {e.Message}");
    return 1;
}
