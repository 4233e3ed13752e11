using Flow.Hocon;
using Flow.Actors.Dispatch;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Settings;

public sealed class ConfiguredSystemSpec
{
    [Fact]
    public void FromConfig_Empty_UsesReferenceDefaults()
    {
        var settings = ActorSystemSettings.FromConfig(Config.Empty);
        Assert.Equal(30, settings.Dispatchers[Dispatchers.DefaultId]);
        Assert.Equal(MailboxSettings.Unbounded, settings.DefaultMailbox);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.AskTimeout);
        Assert.Equal(10, settings.LogDeadLetters);
        Assert.Equal(LogLevel.Information, settings.LogLevel);
        Assert.Equal(12, settings.ShutdownPhases.Count);
    }

    [Fact]
    public void FromConfig_Overrides_AreRead()
    {
        var config = Config.ParseString("""
            flow {
              loglevel = WARNING
              log-dead-letters = 3
              actor {
                default-dispatcher.throughput = 100
                dispatchers { io { throughput = 5 } }
                default-mailbox { type = bounded, capacity = 64, overflow = back-pressure, push-timeout = 250ms }
                ask-timeout = 2s
              }
            }
            """);
        var settings = ActorSystemSettings.FromConfig(config);
        Assert.Equal(100, settings.Dispatchers[Dispatchers.DefaultId]);
        Assert.Equal(5, settings.Dispatchers["io"]);
        Assert.Equal(MailboxSettings.Bounded(64, OverflowStrategy.BackPressure, TimeSpan.FromMilliseconds(250)), settings.DefaultMailbox);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.AskTimeout);
        Assert.Equal(3, settings.LogDeadLetters);
        Assert.Equal(LogLevel.Warning, settings.LogLevel);
    }

    [Theory]
    [InlineData("flow.actor.default-dispatcher.throughput = 0", "flow.actor.default-dispatcher.throughput")]
    [InlineData("flow.actor.default-mailbox.type = huge", "flow.actor.default-mailbox.type")]
    [InlineData("flow.actor.default-mailbox { type = bounded, overflow = drop }", "flow.actor.default-mailbox.overflow")]
    [InlineData("flow.loglevel = LOUD", "flow.loglevel")]
    [InlineData("flow.actor.ask-timeout = soon", "flow.actor.ask-timeout")]
    [InlineData("flow.coordinated-shutdown.phases.service-stop.depends-on = [nowhere]", "nowhere")]
    public void FromConfig_InvalidSetting_ThrowsNamingThePath(string hocon, string named)
    {
        var error = Assert.ThrowsAny<ConfigException>(() => ActorSystemSettings.FromConfig(Config.ParseString(hocon)));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task Create_WithConfig_UsesItsDispatcherThroughput()
    {
        var config = Config.ParseString("flow.actor.dispatchers.io.throughput = 7");
        await using var system = ActorSystem.Create("configured", config);
        Assert.Equal(7, system.Dispatchers.Lookup("io").Throughput);
        Assert.Equal(30, system.Dispatchers.DefaultDispatcher.Throughput);
        var error = Assert.Throws<ArgumentException>(() => system.Dispatchers.Lookup("cpu"));
        Assert.Contains("'cpu'", error.Message);
    }
}
