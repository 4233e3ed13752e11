using Flow.Hocon;
using Flow.Actors.Remote;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteSettingsSpec
{
    [Fact]
    public void Reference_ProviderLocal_NoRemoteSettings()
    {
        Assert.Equal("local", Config.Reference.GetString("flow.actor.provider"));
        Assert.Null(ActorSystemSettings.FromConfig(Config.Empty).Remote);
    }

    [Fact]
    public void Reference_RemoteDefaults_MatchRecordDefaults()
    {
        var read = RemoteSettingsReader.Read(Config.Reference.GetConfig("flow.remote"));
        var defaults = new RemoteSettings();
        Assert.Equal(defaults with { Serialization = read.Serialization, Deployables = read.Deployables }, read);
    }

    [Fact]
    public void FromConfig_ProviderRemote_ReadsEverySetting()
    {
        var config = Config.ParseString("""
            flow.actor.provider = remote
            flow.remote {
              hostname = "127.0.0.8"
              port = 2552
              public-hostname = "node-8.local"
              bind-hostname = "127.0.0.8"
              maximum-frame-size = 128KiB
              maximum-message-size = 64MiB
              send-buffer-size = 1MiB
              receive-buffer-size = 512KiB
              outbound-queue-size = 1000
              connection-timeout = 2s
              maximum-pending-handshakes = 32
              cookie = "s3cret"
              system-message-resend-interval = 250ms
              system-message-buffer-size = 500
              shutdown-flush-timeout = 3s
              idle-association-timeout = 90s
              batching { enabled = off, max-bytes = 16KiB }
              failure-detector { heartbeat-interval = 200ms, threshold = 12.5, acceptable-heartbeat-pause = 2s, min-std-deviation = 20ms, max-sample-size = 50 }
            }
            """);
        var remote = ActorSystemSettings.FromConfig(config).Remote!;
        Assert.Equal("127.0.0.8", remote.Hostname);
        Assert.Equal(2552, remote.Port);
        Assert.Equal("node-8.local", remote.PublicHostname);
        Assert.Equal("127.0.0.8", remote.BindHostname);
        Assert.Equal(128 * 1024, remote.MaximumFrameSize);
        Assert.Equal(64L * 1024 * 1024, remote.MaximumMessageSize);
        Assert.Equal(1024 * 1024, remote.SendBufferSize);
        Assert.Equal(512 * 1024, remote.ReceiveBufferSize);
        Assert.Equal(1000, remote.OutboundQueueSize);
        Assert.Equal(TimeSpan.FromSeconds(2), remote.ConnectionTimeout);
        Assert.Equal(32, remote.MaximumPendingHandshakes);
        Assert.Equal("s3cret", remote.Cookie);
        Assert.Equal(TimeSpan.FromMilliseconds(250), remote.SystemMessageResendInterval);
        Assert.Equal(500, remote.SystemMessageBufferSize);
        Assert.Equal(TimeSpan.FromSeconds(3), remote.ShutdownFlushTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), remote.IdleAssociationTimeout);
        Assert.False(remote.Batching);
        Assert.Equal(16 * 1024, remote.BatchMaxBytes);
        Assert.Equal(TimeSpan.FromMilliseconds(200), remote.HeartbeatInterval);
        Assert.Equal(12.5, remote.FailureDetectorThreshold);
        Assert.Equal(TimeSpan.FromSeconds(2), remote.AcceptableHeartbeatPause);
        Assert.Equal(TimeSpan.FromMilliseconds(20), remote.MinStdDeviation);
        Assert.Equal(50, remote.MaxSampleSize);
        Assert.Null(remote.Tls);
    }

    [Fact]
    public void FromConfig_IdleAssociationTimeoutOff_Null()
    {
        var config = Config.ParseString("flow.actor.provider = remote\nflow.remote.idle-association-timeout = off");
        Assert.Null(ActorSystemSettings.FromConfig(config).Remote!.IdleAssociationTimeout);
    }

    [Theory]
    [InlineData("flow.actor.provider = cluster", "flow.actor.provider: expected local or remote, got 'cluster'.")]
    [InlineData("flow.actor.provider = remote\nflow.remote.port = 70000", "flow.remote.port: expected 0..65535, got 70000.")]
    [InlineData("flow.actor.provider = remote\nflow.remote.maximum-frame-size = 1KiB", "flow.remote.maximum-frame-size: expected 4096..67108864 bytes, got 1024.")]
    [InlineData("flow.actor.provider = remote\nflow.remote.maximum-pending-handshakes = 0", "flow.remote.maximum-pending-handshakes: expected a positive number, got 0.")]
    public void FromConfig_InvalidSetting_ErrorNamesPath(string hocon, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ActorSystemSettings.FromConfig(Config.ParseString(hocon)));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task Create_FromHocon_SystemListensOnConfiguredHost()
    {
        var config = Config.ParseString("flow.actor.provider = remote\nflow.remote.hostname = \"127.0.0.8\"");
        await using var system = ActorSystem.Create("hocon", config);
        Assert.Equal("flow.tcp", system.Address.Protocol);
        Assert.Equal("127.0.0.8", system.Address.Host);
        Assert.True(system.Address.Port > 0);
    }

    [Theory]
    [InlineData("seed.conf", 4053)]
    [InlineData("host.conf", 0)]
    public void Examples_ProviderRemote_ReadRemoteSettings(string name, int port)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Actors.sln")))
        {
            dir = dir.Parent;
        }

        var config = ConfigurationFactory.Load(Path.Combine(dir!.FullName, "hocon", name));
        var remote = ActorSystemSettings.FromConfig(config).Remote!;
        Assert.Equal(port, remote.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(500), remote.HeartbeatInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), remote.AcceptableHeartbeatPause);
    }

    [Fact]
    public async Task Create_PortTaken_ErrorNamesAddressAndSettings()
    {
        await using var nodes = new RemoteNodes();
        var first = nodes.Start("first", "127.0.0.8");
        var error = Assert.Throws<InvalidOperationException>(() =>
            ActorSystem.Create("second", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { Remote = new RemoteSettings { Hostname = "127.0.0.8", Port = first.Address.Port!.Value } } }));
        Assert.Contains($"cannot listen on 127.0.0.8:{first.Address.Port}", error.Message);
        Assert.Contains("'second'", error.Message);
    }
}
