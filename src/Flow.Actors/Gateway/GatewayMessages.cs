using Flow.Actors.Serialization;
using Akka.Actor;
using Flow.Core.Requests;

namespace Flow.Actors.Gateway;

/// <summary>Client → gateway: run <paramref name="Request"/>; the gateway answers the sender with a <see cref="FlowResponse"/>.</summary>
/// <param name="Request">The request (the gateway owns its documents from now on).</param>
internal sealed record PostRequest(FlowRequest Request) : IFlowWireMessage;

/// <summary>Gateway → itself (a timer): the timeout of run <paramref name="RunId"/> passed.</summary>
internal sealed record RunTimedOut(long RunId, TimeSpan Timeout) : INoSerializationVerificationNeeded;

/// <summary>
/// Host → gateway: refuse new requests from now on and answer <see cref="GatewayDrained"/> once every request in
/// flight has finished (floating executors included), or when <paramref name="Timeout"/> passed (the requests still
/// running are then answered with an error).
/// </summary>
internal sealed record DrainGateway(TimeSpan Timeout) : INoSerializationVerificationNeeded;

/// <summary>The answer to <see cref="DrainGateway"/>: how many requests were cut short by the drain timeout.</summary>
internal sealed record GatewayDrained(int CutShort) : INoSerializationVerificationNeeded;

/// <summary>Gateway → itself (a timer): the drain timeout passed.</summary>
internal sealed record DrainTimedOut : INoSerializationVerificationNeeded
{
    public static DrainTimedOut Instance { get; } = new();
}

/// <summary>Anyone → gateway: describe the Flow; answered by <see cref="FlowDescription"/> (also how a client checks it reaches a gateway).</summary>
internal sealed record DescribeFlow : IFlowWireMessage
{
    public static DescribeFlow Instance { get; } = new();
}

/// <summary>The answer to <see cref="DescribeFlow"/>: the Flow's name, its executors in definition order, and its <see cref="Flow.Core.Flows.FlowSignature"/> (what every node running it must agree on).</summary>
internal sealed record FlowDescription(string Flow, IReadOnlyList<string> Executors, string Signature) : IFlowWireMessage;
