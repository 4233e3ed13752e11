using Flow.Hocon;

namespace Flow.Actors.Remote;

/// <summary>Reads <see cref="RemoteSettings"/> from <c>flow.remote</c> (used when <c>flow.actor.provider = remote</c>).</summary>
internal static class RemoteSettingsReader
{
    /// <summary>The remote settings when the provider is <c>remote</c>, null when it is <c>local</c>.</summary>
    /// <exception cref="ConfigException">A setting is invalid (the message names its path).</exception>
    public static RemoteSettings? ReadIfEnabled(Config config)
    {
        var provider = config.GetString("flow.actor.provider", "local");
        return provider switch
        {
            "local" => null,
            "remote" => Read(config.GetConfig("flow.remote")),
            _ => throw new ConfigException($"flow.actor.provider: expected local or remote, got '{provider}'."),
        };
    }

    public static RemoteSettings Read(Config c)
    {
        var port = c.GetInt("port");
        if (port is < 0 or > 65535)
        {
            throw new ConfigException($"flow.remote.port: expected 0..65535, got {port}.");
        }

        var settings = new RemoteSettings
        {
            Hostname = c.GetString("hostname"),
            Port = port,
            PublicHostname = NullIfEmpty(c.GetString("public-hostname")),
            BindHostname = NullIfEmpty(c.GetString("bind-hostname")),
            MaximumFrameSize = (int)Range(c, "maximum-frame-size", 4096, 64L * 1024 * 1024),
            MaximumMessageSize = Range(c, "maximum-message-size", 4096, 2L * 1024 * 1024 * 1024),
            SendBufferSize = (int)Range(c, "send-buffer-size", 4096, int.MaxValue),
            ReceiveBufferSize = (int)Range(c, "receive-buffer-size", 4096, int.MaxValue),
            Batching = c.GetBoolean("batching.enabled"),
            BatchMaxBytes = (int)Range(c, "batching.max-bytes", 512, 16L * 1024 * 1024),
            OutboundQueueSize = c.GetInt("outbound-queue-size"),
            ConnectionTimeout = c.GetTimeSpan("connection-timeout"),
            MaximumPendingHandshakes = Positive(c, "maximum-pending-handshakes"),
            Cookie = NullIfEmpty(c.GetString("cookie")),
            HeartbeatInterval = c.GetTimeSpan("failure-detector.heartbeat-interval"),
            FailureDetectorThreshold = c.GetDouble("failure-detector.threshold"),
            AcceptableHeartbeatPause = c.GetTimeSpan("failure-detector.acceptable-heartbeat-pause"),
            MinStdDeviation = c.GetTimeSpan("failure-detector.min-std-deviation"),
            MaxSampleSize = c.GetInt("failure-detector.max-sample-size"),
            SystemMessageResendInterval = c.GetTimeSpan("system-message-resend-interval"),
            ShutdownFlushTimeout = c.GetTimeSpan("shutdown-flush-timeout"),
            SystemMessageBufferSize = Positive(c, "system-message-buffer-size"),
            IdleAssociationTimeout = OffOrPositive(c, "idle-association-timeout"),
        };
        if (c.GetBoolean("tls.enabled"))
        {
            settings = settings with
            {
                Tls = TlsSettings.FromFile(c.GetString("tls.certificate-path"), NullIfEmpty(c.GetString("tls.certificate-password")), c.GetStringList("tls.trusted-thumbprints")),
            };
        }

        return settings;
    }

    private static long Range(Config c, string path, long min, long max)
    {
        var value = c.GetByteSize(path);
        return value >= min && value <= max
            ? value
            : throw new ConfigException($"flow.remote.{path}: expected {min}..{max} bytes, got {value}.");
    }

    private static int Positive(Config c, string path)
    {
        var value = c.GetInt(path);
        return value > 0 ? value : throw new ConfigException($"flow.remote.{path}: expected a positive number, got {value}.");
    }

    private static TimeSpan? OffOrPositive(Config c, string path)
    {
        if (c.GetValue(path) is ConfigString { Value: "off" })
        {
            return null;
        }

        var value = c.GetTimeSpan(path);
        return value > TimeSpan.Zero ? value : throw new ConfigException($"flow.remote.{path}: expected a positive duration or off, got {value}.");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
