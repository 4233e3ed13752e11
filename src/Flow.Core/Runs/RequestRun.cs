using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Core.Runs;

/// <summary>
/// Runs one request through the DAG: collects each executor's parts (in <c>needs</c> order), applies
/// <c>when</c> and <c>target_executor</c>, sends the calls (uses_before, shards ANY/ALL, uses_after) and the
/// reduces through its <see cref="IRunHost"/>, propagates results and errors, and answers once the terminal
/// executor is done (or failed, or the timeout passed). Documents sent to two consumers are deep-copied so that
/// parallel branches never share mutable documents; parameters are immutable once sent (copy on write).
/// </summary>
/// <remarks>Owned by one gateway: every method runs on its thread.</remarks>
internal sealed partial class RequestRun
{
    /// <summary>The name of the first route entry (Jina's).</summary>
    public const string GatewayRoute = "gateway";

    private readonly FlowPlan _plan;
    private readonly FlowRequest _request;
    private readonly IRunHost _host;
    private readonly NodeRun[] _nodes;
    private readonly FlowResponse _response;
    private readonly Regex? _target;
    private readonly DateTimeOffset _started;
    private int _pending;
    private bool _responded;
    private bool _abandoned;

    public RequestRun(long id, FlowPlan plan, FlowRequest request, IRunHost host)
    {
        Id = id;
        _plan = plan;
        _request = request;
        _host = host;
        _started = host.Now;
        _nodes = new NodeRun[plan.Nodes.Length];
        for (var i = 0; i < _nodes.Length; i++)
        {
            _nodes[i] = new NodeRun(plan.Nodes[i].PartCount);
        }

        _response = new FlowResponse(request.RequestId, request.Docs, request.Parameters);
        _target = request.TargetExecutor is { Length: > 0 } t ? plan.Target(t) : null;
    }

    public long Id { get; }

    /// <summary>The request being run.</summary>
    public FlowRequest Request => _request;

    /// <summary>True when the response is sent and no call is outstanding: the gateway may forget the run.</summary>
    public bool IsFinished => (_responded && _pending <= 0) || _abandoned;

    /// <summary>True once the poster has its response.</summary>
    public bool HasResponded => _responded;

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

    /// <summary>Takes the answer of a call this run sent; an answer the run no longer waits for is ignored.</summary>
    public void OnResult(CallResult result)
    {
        var index = result.Key.Node;
        if ((uint)index >= (uint)_nodes.Length)
        {
            return;
        }

        var state = _nodes[index];
        if (!Accept(state, result.Key))
        {
            return;
        }

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

    /// <summary>
    /// Answers at once with <paramref name="error"/> (e.g. the Flow is stopping) and forgets the calls still out:
    /// their answers are ignored.
    /// </summary>
    public void Abandon(FlowError error)
    {
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
        state.Started = _host.Now;
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

        if (node.HasUsesBefore)
        {
            var input = parts.Length == 1
                ? new ExecutorInput(_request.Endpoint, parts[0]!, parameters)
                : ExecutorInput.FromParts(_request.Endpoint, Parts.Copy(parts!), parameters);
            Call(new CallKey(Id, index, CallStage.UsesBefore, 0), input, state);
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
            var key = new CallKey(Id, index, CallStage.JoinReduce, 0);
            Expect(state, key);
            _host.Reduce(key, Parts.Copy(parts!), parameters);
        }
    }

    private void Call(in CallKey key, ExecutorInput input, NodeRun state)
    {
        Expect(state, key);
        if (key.Stage == CallStage.Shard && state.ShardInputs is { } inputs)
        {
            inputs[key.Shard] = input;
        }
        else
        {
            state.Input = input;
        }

        _host.Call(key, input);
    }

    private void Expect(NodeRun state, in CallKey key)
    {
        _pending++;
        if (state.Stage != key.Stage || state.Outstanding == 0)
        {
            state.Stage = key.Stage;
            state.Outstanding = 0;
        }

        state.Outstanding++;
        state.CalledShard = key.Shard;
        if (state.ShardWaiting is { } waiting && key.Stage == CallStage.Shard)
        {
            waiting[key.Shard] = true;
        }
    }

    /// <summary>
    /// True when <paramref name="key"/> is a call of the step the node waits for and has not answered yet (the
    /// outstanding count drops); a duplicate or stale answer (e.g. a call sent again after its target moved) is not.
    /// </summary>
    private bool Accept(NodeRun state, in CallKey key)
    {
        if (state.Outstanding == 0 || key.Stage != state.Stage)
        {
            return false;
        }

        if (key.Stage == CallStage.Shard && state.ShardWaiting is { } waiting)
        {
            if ((uint)key.Shard >= (uint)waiting.Length || !waiting[key.Shard])
            {
                return false;
            }

            waiting[key.Shard] = false;
            state.ShardInputs![key.Shard] = null;
        }
        else if (key.Shard != state.CalledShard)
        {
            return false;
        }
        else
        {
            state.Input = null;
        }

        state.Outstanding--;
        _pending--;
        return true;
    }

    private void Complete(int index, DocumentArray docs, JsonObject parameters, bool ran)
    {
        var node = _plan.Nodes[index];
        var state = _nodes[index];
        state.Status = NodeStatus.Done;
        if (ran && node.OnResponsePath && !_responded)
        {
            _response.Routes.Add(new RouteEntry(node.Name, ResponseStatus.Ok) { StartTime = state.Started, EndTime = _host.Now });
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
        var state = _nodes[index];
        state.Status = NodeStatus.Failed;
        if (node.OnResponsePath && !_responded)
        {
            _response.Routes.Add(new RouteEntry(node.Name, ResponseStatus.Error) { StartTime = state.Started, EndTime = _host.Now });
            Respond(docs, parameters, error);
        }
        else if (!node.OnResponsePath)
        {
            _host.OffPathFailure(node.Name, error);
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
        var end = _host.Now;

        // As in Jina, the route starts at the gateway; executors follow in the order they finished.
        _response.Routes.Insert(0, new RouteEntry(GatewayRoute, ResponseStatus.Ok) { StartTime = _started, EndTime = end });
        _response.Docs = docs;
        _response.Parameters = parameters;
        _response.Error = error;
        _host.Respond(this, _response);
    }
}
