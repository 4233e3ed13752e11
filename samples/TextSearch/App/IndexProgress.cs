using Flow.Actors.Client;
using Spectre.Console;

namespace Flow.Samples.TextSearch.App;

/// <summary>
/// Shows indexing progress: a Spectre.Console bar on a terminal; when the output is redirected
/// (Spectre then prints nothing) a plain line at every tenth of the corpus.
/// </summary>
internal static class IndexProgress
{
    /// <summary>Runs <paramref name="work"/>, reporting the progress it reports.</summary>
    /// <param name="output">Where plain lines go.</param>
    /// <param name="total">The number of documents.</param>
    /// <param name="work">The indexing, given the progress sink.</param>
    /// <returns>A task that completes with the work.</returns>
    public static async Task RunAsync(TextWriter output, int total, Func<IProgress<FlowProgress>, Task> work)
    {
        if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out) || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            await work(new PlainLines(output, total)).ConfigureAwait(false);
            return;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Indexing {total:N0} members", maxValue: total);
                await work(new BarProgress(task)).ConfigureAwait(false);
                task.Value = total;
            }).ConfigureAwait(false);
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<FlowProgress>
    {
        public void Report(FlowProgress value) => task.Value = value.DocumentsDone;
    }

    private sealed class PlainLines(TextWriter output, int total) : IProgress<FlowProgress>
    {
        private readonly Lock _gate = new();
        private int _printedTenths;

        public void Report(FlowProgress value)
        {
            var tenths = total == 0 ? 10 : (int)(10L * value.DocumentsDone / total);
            lock (_gate)
            {
                if (tenths <= _printedTenths)
                {
                    return;
                }

                _printedTenths = tenths;
                output.WriteLine($"indexed {value.DocumentsDone:N0} / {total:N0} members ({tenths * 10}%)");
            }
        }
    }
}
