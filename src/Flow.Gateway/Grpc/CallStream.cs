using System.Threading.Channels;
using Flow.Core.Requests;
using Flow.Gateway.Mapping;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Target;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary>
/// One <c>JinaRPC.Call</c>: reads requests while fewer than <c>prefetch</c> are in flight, sends each to the Flow as it
/// arrives, and writes each response as it completes (completion order) from a single writer loop. A bad request gets an
/// ERROR response and the stream goes on; a timeout or lost executor ends the call with DEADLINE_EXCEEDED / UNAVAILABLE
/// (as Jina); a client that goes away cancels what is in flight.
/// </summary>
internal sealed class CallStream : IDisposable
{
    private static readonly WriteOptions Buffered = new(WriteFlags.BufferHint);

    private readonly IFlowGatewayTarget _target;
    private readonly IServerStreamWriter<DataRequestProto> _writer;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop;
    private readonly Channel<DataRequestProto> _responses = Channel.CreateUnbounded<DataRequestProto>(new UnboundedChannelOptions { SingleReader = false, AllowSynchronousContinuations = true });
    private int _pending = 1; // the requests in flight, plus one for the reading loop itself
    private RpcException? _failure;

    public CallStream(IFlowGatewayTarget target, int prefetch, IServerStreamWriter<DataRequestProto> writer, CancellationToken callAborted)
    {
        _target = target;
        _writer = writer;
        _slots = new SemaphoreSlim(prefetch, prefetch);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(callAborted);
    }

    public async Task RunAsync(IAsyncStreamReader<DataRequestProto> requests)
    {
        var writing = WriteLoopAsync();
        Exception? readFailure = null;
        try
        {
            while (true)
            {
                await _slots.WaitAsync(_stop.Token).ConfigureAwait(false);
                if (!await requests.MoveNext(_stop.Token).ConfigureAwait(false))
                {
                    _slots.Release();
                    break;
                }

                Interlocked.Increment(ref _pending);
                _ = ProcessAsync(requests.Current);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The client went away or the call failed: nothing more to read.
        }
        catch (Exception e)
        {
            // A message that is not a DataRequestProto, or the connection broke while reading.
            readFailure = e;
            _stop.Cancel();
        }
        finally
        {
            Settle();
        }

        await writing.ConfigureAwait(false);
        if (_failure is { } failure)
        {
            throw failure;
        }

        if (readFailure is not null)
        {
            throw readFailure as RpcException ?? new RpcException(new Status(StatusCode.InvalidArgument, "the request stream could not be read: " + readFailure.Message));
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _slots.Dispose();
    }

    private async Task ProcessAsync(DataRequestProto proto)
    {
        DataRequestProto? response = null;
        try
        {
            var received = Timestamp.FromDateTime(DateTime.UtcNow);
            FlowRequest request;
            bool asBytes;
            try
            {
                request = DataRequestMapper.ToFlowRequest(proto, _target.Endpoints, out asBytes);
            }
            catch (GatewayInputException e)
            {
                response = DataRequestMapper.Refused(proto, e);
                return;
            }

            var answer = await _target.SendAsync(request, _stop.Token).ConfigureAwait(false);
            switch (FailureClassifier.Classify(answer))
            {
                case FailureKind.Timeout:
                    Fail(new RpcException(new Status(StatusCode.DeadlineExceeded, answer.Error!.Description)));
                    return;
                case FailureKind.Unavailable:
                    Fail(new RpcException(new Status(StatusCode.Unavailable, answer.Error!.Description)));
                    return;
            }

            response = DataRequestMapper.ToProto(request, answer, asBytes, received);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The call is over: the response has nowhere to go.
        }
        catch (Exception e)
        {
            Fail(new RpcException(new Status(StatusCode.Internal, "the gateway failed on a request: " + e.Message)));
        }
        finally
        {
            if (response is null || !_responses.Writer.TryWrite(response))
            {
                _slots.Release();
            }

            Settle();
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _responses.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var response))
            {
                if (!_stop.IsCancellationRequested)
                {
                    try
                    {
                        // Flush once per burst: a response with more behind it waits in the buffer for the last one.
                        _writer.WriteOptions = reader.Count > 0 ? Buffered : null; // (the multi-reader channel can count)
                        await _writer.WriteAsync(response).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
                    {
                        // The client is gone: stop reading, drop what is still in flight.
                        _stop.Cancel();
                    }
                }

                _slots.Release();
            }
        }
    }

    /// <summary>One request (or the reading loop) is done; the last one closes the response channel.</summary>
    private void Settle()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _responses.Writer.TryComplete();
        }
    }

    private void Fail(RpcException e)
    {
        Interlocked.CompareExchange(ref _failure, e, null);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
