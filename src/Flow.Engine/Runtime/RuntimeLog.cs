using Microsoft.Extensions.Logging;

namespace Flow.Engine.Runtime;

/// <summary>The runtime's log messages (defined once, no formatting unless enabled).</summary>
internal static class RuntimeLog
{
    private static readonly Action<ILogger, string, string, Exception?> s_offPathFailure = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(1, "OffPathFailure"), "Executor {Executor} failed outside the response path (floating or orphan): {Error}");

    private static readonly Action<ILogger, string, int, int, Exception?> s_replicaCrashed = LoggerMessage.Define<string, int, int>(
        LogLevel.Warning, new EventId(2, "ReplicaCrashed"), "Replica {Replica} of shard {Shard} of executor {Executor} crashed; it is restarted and its request retried");

    private static readonly Action<ILogger, string, string, Exception?> s_remoteShardLost = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(3, "RemoteShardLost"), "Shard entity {Shard} is lost: {Reason}; requests that need it fail");

    public static void RemoteShardLost(ILogger log, string shard, string reason) => s_remoteShardLost(log, shard, reason, null);

    public static void OffPathFailure(ILogger log, string executor, string error) => s_offPathFailure(log, executor, error, null);

    public static void ReplicaCrashed(ILogger log, string executor, int shard, int replica, Exception cause) => s_replicaCrashed(log, executor, replica, shard, cause);
}
