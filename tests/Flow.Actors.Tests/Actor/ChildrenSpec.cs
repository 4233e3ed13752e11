namespace Flow.Actors.Tests.Actor;

public sealed class ChildrenSpec : TestKit.TestKit
{
    [Fact]
    public async Task Children_AfterCreatingThree_ListsThemAndChildFindsByName()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>(), "parent");
        parent.Tell(new Make("a"), TestActor);
        parent.Tell(new Make("b"), TestActor);
        parent.Tell(new Make("c"), TestActor);
        var a = await ExpectMsgAsync<IActorRef>();
        await ExpectMsgAsync<IActorRef>();
        await ExpectMsgAsync<IActorRef>();
        Assert.Equal("flow://ChildrenSpec/user/parent/a", a.Path.ToString());

        parent.Tell("children?", TestActor);
        Assert.Equal(["a", "b", "c"], (await ExpectMsgAsync<string[]>()).Order());
        parent.Tell(new Find("b"), TestActor);
        Assert.Equal("b", (await ExpectMsgAsync<IActorRef>()).Path.Name);
        parent.Tell(new Find("zzz"), TestActor);
        Assert.Equal("none", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ActorOf_WithoutName_GeneratesDistinctDollarNames()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>());
        Assert.StartsWith("$", parent.Path.Name);
        parent.Tell(new Make(null), TestActor);
        parent.Tell(new Make(null), TestActor);
        var first = await ExpectMsgAsync<IActorRef>();
        var second = await ExpectMsgAsync<IActorRef>();
        Assert.StartsWith("$", first.Path.Name);
        Assert.StartsWith("$", second.Path.Name);
        Assert.NotEqual(first.Path.Name, second.Path.Name);
    }

    [Fact]
    public async Task Child_StoppedAndTerminated_NoLongerListedAndNameReusable()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>());
        parent.Tell(new Make("a"), TestActor);
        var a = await ExpectMsgAsync<IActorRef>();
        Watch(a);
        parent.Tell(new StopChild("a"), TestActor);
        await ExpectTerminatedAsync(a);
        await AwaitAssertAsync(async () =>
        {
            parent.Tell("children?", TestActor);
            Assert.Empty(await ExpectMsgAsync<string[]>());
        });
        parent.Tell(new Make("a"), TestActor);
        var again = await ExpectMsgAsync<IActorRef>();
        Assert.Equal(a.Path, again.Path);
        Assert.NotEqual(a, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$reserved")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    public void ActorOf_InvalidName_ThrowsInvalidActorName(string name)
    {
        var error = Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<EchoActor>(), name));
        if (name.Length > 0)
        {
            Assert.Contains(name, error.Message);
        }
    }

    [Fact]
    public async Task ActorOf_DuplicateChildName_ThrowsInsideParent()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>());
        parent.Tell(new Make("dup"), TestActor);
        await ExpectMsgAsync<IActorRef>();
        parent.Tell(new Make("dup"), TestActor);
        var error = await ExpectMsgAsync<InvalidActorNameException>();
        Assert.Contains("'dup'", error.Message);
    }

    [Fact]
    public async Task Parent_OfChild_IsTheCreator()
    {
        var parent = Sys.ActorOf(Props.Create<Parent>());
        parent.Tell(new Make("kid"), TestActor);
        var kid = await ExpectMsgAsync<IActorRef>();
        kid.Tell("parent?", TestActor);
        Assert.Equal(parent, await ExpectMsgAsync<IActorRef>());
    }

    internal sealed record Make(string? Name);

    internal sealed record Find(string Name);

    internal sealed record StopChild(string Name);

    private sealed class Parent : ReceiveActor
    {
        public Parent()
        {
            Receive<Make>(m =>
            {
                try
                {
                    Sender.Tell(Context.ActorOf(Props.Create<Kid>(), m.Name), Self);
                }
                catch (InvalidActorNameException e)
                {
                    Sender.Tell(e, Self);
                }
            });
            Receive<Find>(f => Sender.Tell((object?)Context.Child(f.Name) ?? "none", Self));
            Receive<StopChild>(s => Context.Stop(Context.Child(s.Name)!));
            Receive<string>(s => s == "children?", _ => Sender.Tell(Context.Children.Select(c => c.Path.Name).ToArray(), Self));
        }
    }

    private sealed class Kid : ReceiveActor
    {
        public Kid() => Receive<string>(s => s == "parent?", _ => Sender.Tell(Context.Parent, Self));
    }
}
