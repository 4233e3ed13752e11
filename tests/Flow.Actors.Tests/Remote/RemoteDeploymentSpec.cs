using Flow.Actors.Remote;
using Flow.Actors.Remote.Deployment;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteDeploymentSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static RemoteSettings Deployable(RemoteSettings s) => s with
    {
        Deployables = new DeployableActors()
            .Register<RemoteEcho>("echo")
            .Register("greeter", argument => Props.Create(() => new Greeter(((Greeting)argument!).Text))),
    };

    [Fact]
    public async Task Deploy_RegisteredType_StartsOnTargetNodeAndAnswers()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.16");
        var b = nodes.Start("b", "127.0.0.17", Deployable);
        var echo = await a.DeployAsync(b.Address, "echo", "deployed-echo", timeout: Timeout);
        Assert.Equal($"{b.Address}/user/deployed-echo", echo.Path.ToString());
        Assert.Equal("there", await echo.Ask<string>("there", Timeout));
        var local = await b.ActorSelection("/user/deployed-echo").ResolveOne(Timeout);
        Assert.Equal(echo.Path, local.Path);
    }

    [Fact]
    public async Task Deploy_WithArgument_FactoryReceivesIt()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.16");
        var b = nodes.Start("b", "127.0.0.17", Deployable);
        var greeter = await a.DeployAsync(b.Address, "greeter", "greeter", new Greeting("hello"), Timeout);
        Assert.Equal("hello, world", await greeter.Ask<string>("world", Timeout));
    }

    [Fact]
    public async Task Deploy_UnregisteredKey_FailsNamingKeyAndNode()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.16");
        var b = nodes.Start("b", "127.0.0.17", Deployable);
        var error = await Assert.ThrowsAsync<RemoteFailureException>(() => a.DeployAsync(b.Address, "System.Diagnostics.Process", "x", timeout: Timeout));
        Assert.Contains("'System.Diagnostics.Process'", error.Message);
        Assert.Contains(b.Address.ToString(), error.Message);
    }

    [Fact]
    public async Task Deploy_NameTaken_FailsWithTheNodesError()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.16");
        var b = nodes.Start("b", "127.0.0.17", Deployable);
        await a.DeployAsync(b.Address, "echo", "once", timeout: Timeout);
        var error = await Assert.ThrowsAsync<RemoteFailureException>(() => a.DeployAsync(b.Address, "echo", "once", timeout: Timeout));
        Assert.Equal(typeof(InvalidActorNameException).FullName, error.RemoteType);
    }

    [Fact]
    public async Task Deploy_ThenStopped_WatcherGetsTerminated()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.16");
        var b = nodes.Start("b", "127.0.0.17", Deployable);
        var probe = new TestProbe(a);
        var echo = await a.DeployAsync(b.Address, "echo", "short-lived", timeout: Timeout);
        probe.Watch(echo);
        a.Stop(echo);
        Assert.False((await probe.ExpectTerminatedAsync(echo, Timeout)).AddressTerminated);
    }

    private sealed class Greeter : ReceiveActor
    {
        public Greeter(string greeting) => Receive<string>(name => Sender.Tell($"{greeting}, {name}", Self));
    }
}
