using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Gateway.Tests.Support;

/// <summary>
/// The executor of the gateway tests (also loaded by <c>flow run</c> from this assembly): <c>/upper</c> upper-cases texts
/// and tags each document with the executor's name, <c>/echo</c> returns the documents unchanged, <c>/result</c> returns a
/// dictionary (collected under <c>__results__</c>), <c>/fail</c> throws, <c>/hold</c> waits until <see cref="Release"/>
/// (for timeouts). No default handler: other endpoints are unknown to the Flow.
/// </summary>
public sealed class GatewayTestExecutor : Executor
{
    private static TaskCompletionSource s_hold = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every held request go (and later ones pass at once).</summary>
    public static void Release() => s_hold.TrySetResult();

    [Requests("/upper", "/index", "/search", "/update", "/delete")]
    public void Upper(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text = d.Text?.ToUpperInvariant();
            d.Tags["seen_by_" + Runtime.Name] = true;
        }
    }

    [Requests("/echo")]
    public void Echo(DocumentArray docs)
    {
    }

    [Requests("/result")]
    public JsonObject Result(DocumentArray docs, JsonObject parameters) =>
        new() { ["count"] = docs.Count, ["echo"] = parameters["echo"]?.DeepClone() };

    [Requests("/fail")]
    public void Fail(DocumentArray docs) => throw new InvalidOperationException("boom on " + docs.Count + " documents");

    [Requests("/hold")]
    public Task Hold(DocumentArray docs, CancellationToken cancellationToken) => s_hold.Task.WaitAsync(cancellationToken);
}
