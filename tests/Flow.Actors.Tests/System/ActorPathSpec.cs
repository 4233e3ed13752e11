using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.Systems;

public sealed class ActorPathSpec : TestKit.TestKit
{
    public ActorPathSpec()
        : base(systemName: "paths")
    {
    }

    [Fact]
    public void Parse_LocalPath_RendersTheSameText()
    {
        var path = ActorPath.Parse("flow://sys/user/a/b");
        Assert.Equal(new Address("flow", "sys"), path.Address);
        Assert.Equal(["user", "a", "b"], path.Elements);
        Assert.Equal("b", path.Name);
        Assert.Equal(0, path.Uid);
        Assert.Equal("flow://sys/user/a/b", path.ToString());
        Assert.Equal("/user/a/b", path.ToStringWithoutAddress());
    }

    [Fact]
    public void Parse_RemotePathWithUid_KeepsHostPortAndUid()
    {
        var path = ActorPath.Parse("flow.tcp://sys@127.0.0.2:4053/user/worker#42");
        Assert.Equal(new Address("flow.tcp", "sys", "127.0.0.2", 4053), path.Address);
        Assert.True(path.Address.HasGlobalScope);
        Assert.Equal(42, path.Uid);
        Assert.Equal("flow.tcp://sys@127.0.0.2:4053/user/worker", path.ToString());
    }

    [Fact]
    public void Parse_RootPath_IsItsOwnParent()
    {
        var root = ActorPath.Parse("flow://sys/");
        Assert.Empty(root.Elements);
        Assert.Equal("/", root.Name);
        Assert.Equal("flow://sys/", root.ToString());
        Assert.Equal(root, root.Parent);
    }

    [Theory]
    [InlineData("user/a")]
    [InlineData("://sys/user")]
    [InlineData("flow:///user")]
    [InlineData("flow://sys@host/user")]
    [InlineData("flow://sys@host:99999/user")]
    [InlineData("flow://sys/user#notanumber")]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingText(string text)
    {
        var error = Assert.Throws<FormatException>(() => ActorPath.Parse(text));
        Assert.Contains(text, error.Message);
    }

    [Fact]
    public void Equals_SamePathDifferentUid_EqualWithSameHash()
    {
        var a = ActorPath.Parse("flow://sys/user/a#1");
        var b = ActorPath.Parse("flow://sys/user/a#2");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(ActorPath.Parse("flow://sys/user/b"), a);
        Assert.NotEqual(ActorPath.Parse("flow://other/user/a"), a);
        Assert.NotEqual(ActorPath.Parse("flow://sys/user/a/b"), a);
    }

    [Fact]
    public void ChildAndParent_BuiltFromPath_RoundTrip()
    {
        var parent = ActorPath.Parse("flow://sys/user");
        var child = parent.Child("kid", 7);
        Assert.Equal("flow://sys/user/kid", child.ToString());
        Assert.Equal(7, child.Uid);
        Assert.Equal(parent, child.Parent);
        Assert.Equal(8, child.WithUid(8).Uid);
        Assert.Equal("flow.tcp://sys@h:1/user/kid", child.ToStringWithAddress(new Address("flow.tcp", "sys", "h", 1)));
    }

    [Fact]
    public void AddressParse_ValidText_RoundTrips()
    {
        Assert.Equal(new Address("flow", "s"), Address.Parse("flow://s"));
        Assert.Equal("flow.tcp://s@localhost:2552", Address.Parse("flow.tcp://s@localhost:2552").ToString());
        Assert.Throws<FormatException>(() => Address.Parse("flow://s/user"));
        Assert.Throws<FormatException>(() => Address.Parse("nothing"));
    }

    [Fact]
    public void ActorRef_Path_IsUnderUserWithSystemAddress()
    {
        var parent = Sys.ActorOf(Props.Create<EchoActor>(), "parent");
        Assert.Equal("flow://paths/user/parent", parent.Path.ToString());
        Assert.NotEqual(0, parent.Path.Uid);
    }

    [Fact]
    public async Task ActorRef_SameNameNewIncarnation_NotEqual()
    {
        var first = Sys.ActorOf(Props.Create<EchoActor>(), "again");
        Watch(first);
        Sys.Stop(first);
        await ExpectTerminatedAsync(first);
        var second = await CreateWhenNameIsFreeAsync("again");
        Assert.Equal(first.Path, second.Path);
        Assert.NotEqual(first, second);
    }

    private async Task<IActorRef> CreateWhenNameIsFreeAsync(string name)
    {
        IActorRef? created = null;
        await AwaitAssertAsync(() => created = Sys.ActorOf(Props.Create<EchoActor>(), name));
        return created!;
    }
}
