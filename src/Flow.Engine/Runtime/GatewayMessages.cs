using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>Client → gateway: run <paramref name="Request"/>; the gateway answers the sender with a <see cref="FlowResponse"/>.</summary>
/// <param name="Request">The request (the gateway owns its documents from now on).</param>
internal sealed record PostRequest(FlowRequest Request);

/// <summary>Gateway → itself: the timeout of run <paramref name="RunId"/> passed.</summary>
internal sealed record RunTimedOut(long RunId, TimeSpan Timeout);
