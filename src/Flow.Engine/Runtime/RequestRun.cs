using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Flow.Actors;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Reduce;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>
/// Runs one request through the DAG: collects each executor's parts (in <c>needs</c> order), applies
/// <c>when</c> and <c>target_executor</c>, sends the calls (uses_before, shards ANY/ALL, uses_after) and the
/// reduces (to the aggregators), propagates results and errors, and answers once the terminal executor is done
/// (or failed, or the timeout passed). Documents sent to two consumers are deep-copied so that parallel
/// branches never share mutable documents; parameters are immutable once sent (copy on write).
/// </summary>
/// <remarks>Owned by the gateway actor: every method runs on its thread. Calls are told with <c>gateway</c> as sender.</remarks>
internal sealed partial class RequestRun
{
    private readonly FlowPlan _plan;
    private readonly FlowRequest _request;
    private readonly IActorRef _gateway;
    private readonly IActorRef _replyTo;
    private readonly NodeRun[] _nodes;
    private readonly FlowResponse _response;
    private readonly Regex? _target;
    private readonly Microsoft.Extensions.Logging.ILogger? _log;
    private readonly LostShards? _lost;
    private int _pending;
    private bool _responded;
    private bool _abandoned;

    public RequestRun(long id, FlowPlan plan, FlowRequest request, IActorRef gateway, IActorRef replyTo, Microsoft.Extensions.Logging.ILogger? log = null, LostShards? lost = null)
    {
        _lost = lost;
        _log = log;
        Id = id;
        _plan = plan;
        _request = request;
        _gateway = gateway;
        _replyTo = replyTo;
        _nodes = new NodeRun[plan.Nodes.Length];
        for (var i = 0; i < _nodes.Length; i++)
        {
            _nodes[i] = new NodeRun(plan.Nodes[i].PartCount);
        }

        _response = new FlowResponse(request.RequestId, request.Docs, request.Parameters);

        // As in Jina, the route starts at the gateway; executors follow in the order they finish.
        _response.Routes.Add(new RouteEntry(GatewayRoute, ResponseStatus.Ok));
        _target = request.TargetExecutor is { Length: > 0 } t ? plan.Target(t) : null;
    }

    /// <summary>The name of the first route entry (Jina's).</summary>
    public const string GatewayRoute = "gateway";

    public long Id { get; }

    /// <summary>The timer of the request's timeout, if any.</summary>
    public ICancelable? Timer { get; set; }

    /// <summary>True when the response is sent and no call is outstanding: the gateway may forget the run.</summary>
    public bool IsFinished => (_responded && _pending <= 0) || _abandoned;

    /// <summary>Sends the request to the entry executors (or answers at once when there is no terminal).</summary>
    public void Start()
    {
        var docs = _request.Docs;
        var parameters = _request.Parameters;
        if (parameters.Count > 0)
        {
            // Branches read the parameters concurrently: build lazily parsed children now.
            JsonFreeze.Touch(parameters);
        }

        var keepOriginal = _plan.Terminal < 0;
        var entries = _plan.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var own = !keepOriginal && i == entries.Length - 1;
            Deliver(entries[i], _plan.EntrySlots[i], own ? docs : docs.Clone(), parameters);
        }

        if (keepOriginal)
        {
            Respond(docs, parameters, null);
        }
    }

    /// <summary>Takes the answer of a call this run sent.</summary>
    public void OnResult(CallResult result)
    {
        _pending--;
        var index = result.Key.Node;
        var state = _nodes[index];
        if (_abandoned || state.Status != NodeStatus.Running)
        {
            return;
        }

        if (result.Error is { } error)
        {
            Fail(index, error, result.Docs, result.Parameters);
            return;
        }

        switch (result.Key.Stage)
        {
            case CallStage.UsesBefore:
                StartShards(index, null, result.Docs, result.Parameters);
                break;
            case CallStage.JoinReduce:
                StartShards(index, null, result.Docs, result.Parameters);
                break;
            case CallStage.Shard:
                OnShard(index, state, result);
                break;
            case CallStage.ShardReduce:
            case CallStage.UsesAfter:
                Complete(index, result.Docs, result.Parameters, ran: true);
                break;
        }
    }

    /// <summary>The request's time is up: answers with a timeout error naming the executors still running.</summary>
    public void OnTimeout(TimeSpan timeout)
    {
        if (_responded)
        {
            return;
        }

        string? running = null;
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i].Status == NodeStatus.Running && _plan.Nodes[i].OnResponsePath)
            {
                running = running is null ? _plan.Nodes[i].Name : running + ", " + _plan.Nodes[i].Name;
            }
        }

        running ??= FlowTopology.Gateway;
        var error = new FlowError(
            running,
            nameof(TimeoutException),
            $"The request timed out after {timeout.TotalMilliseconds:0} ms waiting for executor '{running}'.",
            null);
        _abandoned = true;
        Respond(_request.Docs, _request.Parameters, error);
    }

    private void Deliver(int index, int slot, DocumentArray docs, JsonObject parameters)
    {
        var state = _nodes[index];
        state.Parts[slot] = docs;
        state.PartParameters[slot] = parameters;
        if (++state.Received == state.Parts.Length)
        {
            Begin(index, state);
        }
    }

    private void DeliverSkip(int index)
    {
        var state = _nodes[index];
        state.Skipped = true;
        if (++state.Received == state.Parts.Length)
        {
            Begin(index, state);
        }
    }

    private void Begin(int index, NodeRun state)
    {
        var node = _plan.Nodes[index];
        if (state.Skipped)
        {
            state.Status = NodeStatus.Skipped;
            SkipSuccessors(node);
            return;
        }

        state.Status = NodeStatus.Running;
        var parts = state.Parts;
        if (node.Filter is { } filter)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = filter.Filter(parts[i]!);
            }
        }

        var parameters = parts.Length == 1 ? state.PartParameters[0]! : ParameterMerge.Merge(state.PartParameters);
        if (_target is not null && !_target.IsMatch(node.Name))
        {
            Complete(index, Parts.Combine(parts!, node.NoReduce), parameters, ran: false);
            return;
        }

        if (node.UsesBefore is { } before)
        {
            var input = parts.Length == 1
                ? new ExecutorInput(_request.Endpoint, parts[0]!, parameters)
                : ExecutorInput.FromParts(_request.Endpoint, Parts.Copy(parts!), parameters);
            Call(before, new CallKey(Id, index, CallStage.UsesBefore, 0), input, state);
            return;
        }

        if (parts.Length == 1)
        {
            StartShards(index, null, parts[0]!, parameters);
        }
        else if (node.NoReduce)
        {
            StartShards(index, Parts.Copy(parts!), null, parameters);
        }
        else
        {
            _pending++;
            state.Stage = CallStage.JoinReduce;
            node.Aggregator!.Tell(new ReduceCall(new CallKey(Id, index, CallStage.JoinReduce, 0), Parts.Copy(parts!), parameters), _gateway);
        }
    }

    private void Call(IActorRef target, CallKey key, ExecutorInput input, NodeRun state)
    {
        _pending++;
        state.Stage = key.Stage;
        state.CalledShard = key.Shard;
        if (_lost is not null && _lost.TryGetReason(target, out var reason))
        {
            // The shard's node is gone: answer through the gateway's mailbox, as the shard would have.
            var error = LostError(_plan.Nodes[key.Node].Name, reason);
            _gateway.Tell(new CallResult(key, input.Docs, input.Parameters ?? new JsonObject(), error), _gateway);
            return;
        }

        target.Tell(new ShardCall(key, input, _gateway), _gateway);
    }

    private void Complete(int index, DocumentArray docs, JsonObject parameters, bool ran)
    {
        var node = _plan.Nodes[index];
        _nodes[index].Status = NodeStatus.Done;
        if (ran && node.OnResponsePath && !_responded)
        {
            _response.Routes.Add(new RouteEntry(node.Name, ResponseStatus.Ok));
        }

        var successors = node.Successors;
        var keepOriginal = node.IsTerminal;
        for (var i = 0; i < successors.Length; i++)
        {
            var own = !keepOriginal && i == successors.Length - 1;
            Deliver(successors[i], node.SuccessorSlots[i], own ? docs : docs.Clone(), parameters);
        }

        if (keepOriginal)
        {
            Respond(docs, parameters, null);
        }
    }

    private void Fail(int index, FlowError error, DocumentArray docs, JsonObject parameters)
    {
        var node = _plan.Nodes[index];
        _nodes[index].Status = NodeStatus.Failed;
        if (node.OnResponsePath && !_responded)
        {
            _response.Routes.Add(new RouteEntry(node.Name, ResponseStatus.Error));
            Respond(docs, parameters, error);
        }
        else if (!node.OnResponsePath && _log is not null)
        {
            RuntimeLog.OffPathFailure(_log, node.Name, error.Description);
        }

        SkipSuccessors(node);
    }

    private void SkipSuccessors(PlanNode node)
    {
        foreach (var s in node.Successors)
        {
            DeliverSkip(s);
        }
    }

    private void Respond(DocumentArray docs, JsonObject parameters, FlowError? error)
    {
        if (_responded)
        {
            return;
        }

        _responded = true;
        Timer?.Cancel();
        _response.Docs = docs;
        _response.Parameters = parameters;
        _response.Error = error;
        _replyTo.Tell(_response, _gateway);
    }
}
