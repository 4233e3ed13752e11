using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Executors;

/// <summary>A compiled call of one handler method: no reflection per call; the result is boxed once.</summary>
internal delegate ValueTask<object?> HandlerThunk(
    Executor executor, DocumentArray docs, JsonObject? parameters, IReadOnlyList<DocumentArray>? matrix, CancellationToken cancellationToken);
