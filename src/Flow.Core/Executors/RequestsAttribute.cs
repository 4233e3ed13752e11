namespace Flow.Core.Executors;

/// <summary>
/// Jina's <c>@requests(on=...)</c>: binds an executor method to endpoints. Without endpoints the method
/// is the default handler: it answers <c>/default</c> and every endpoint no other handler binds.
/// </summary>
/// <remarks>
/// A handler takes any subset of, by type: <c>DocumentArray</c> (the documents),
/// <c>JsonObject</c> (the parameters this executor sees), <c>IReadOnlyList&lt;DocumentArray&gt;</c>
/// (the docs matrix), <c>CancellationToken</c>. It returns nothing (in-place changes are the result),
/// a <c>DocumentArray</c> (replaces the documents) or a dictionary (stored under
/// <c>parameters["__results__"][runtime name]</c>), synchronously or as
/// <c>Task</c>/<c>Task&lt;T&gt;</c>/<c>ValueTask</c>/<c>ValueTask&lt;T&gt;</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequestsAttribute : Attribute
{
    /// <summary>Binds the method to <paramref name="on"/>; no endpoints: the default handler.</summary>
    /// <param name="on">Endpoints such as <c>/index</c> (a missing leading <c>/</c> is added).</param>
    public RequestsAttribute(params string[] on) => On = on ?? [];

    /// <summary>The endpoints; empty for the default handler.</summary>
    public IReadOnlyList<string> On { get; }
}
