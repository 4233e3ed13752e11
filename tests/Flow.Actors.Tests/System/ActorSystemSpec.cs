namespace Flow.Actors.Tests.Systems;

public sealed class ActorSystemSpec
{
    [Fact]
    public async Task Create_ValidName_HasNameAndLocalAddress()
    {
        await using var system = ActorSystem.Create("my-system_1");
        Assert.Equal("my-system_1", system.Name);
        Assert.Equal(new Address("flow", "my-system_1"), system.Address);
        Assert.Equal("flow://my-system_1", system.ToString());
        Assert.False(system.Address.HasGlobalScope);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-leading-dash")]
    [InlineData("_leading")]
    [InlineData("has space")]
    [InlineData("has/slash")]
    [InlineData("dollar$")]
    public void Create_InvalidName_ThrowsQuotingTheName(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create(name));
        Assert.Contains($"'{name}'", error.Message);
    }

    [Fact]
    public async Task Terminate_RunningActors_AllStopBeforeWhenTerminatedCompletes()
    {
        var system = ActorSystem.Create("terminate");
        var stops = new global::System.Collections.Concurrent.ConcurrentQueue<string>();
        var parent = system.ActorOf(Props.Create(() => new Node(stops, "parent", 2)), "parent");
        await parent.Ask<string>("ready", TimeSpan.FromSeconds(3));
        await system.Terminate();
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
        Assert.Equal(3, stops.Count);
        Assert.Equal("parent", stops.Last());
    }

    [Fact]
    public async Task Terminate_CalledTwice_ReturnsTheSameTask()
    {
        var system = ActorSystem.Create("twice");
        var first = system.Terminate();
        var second = system.Terminate();
        Assert.Same(first, second);
        await first;
        Assert.Equal("ActorSystem.Terminate", system.CoordinatedShutdown.Reason);
    }

    [Fact]
    public async Task ActorOf_AfterTerminate_ThrowsInvalidOperation()
    {
        var system = ActorSystem.Create("late");
        await system.Terminate();
        var error = Assert.Throws<InvalidOperationException>(() => system.ActorOf(Props.Create(() => new Node(new(), "x", 0)), "late-actor"));
        Assert.Contains("late-actor", error.Message);
    }

    [Fact]
    public async Task Tell_AfterTerminate_GoesToDeadLetters()
    {
        var system = ActorSystem.Create("after");
        var actor = system.ActorOf(Props.Create(() => new Node(new(), "a", 0)), "a");
        await system.Terminate();
        var before = system.DeadLetterCount;
        actor.Tell("late", null);
        Assert.Equal(before + 1, system.DeadLetterCount);
    }

    /// <summary>Creates <c>children</c> children (that record their own stop) and records its own PostStop.</summary>
    private sealed class Node : ReceiveActor
    {
        private readonly global::System.Collections.Concurrent.ConcurrentQueue<string> _stops;
        private readonly string _name;

        public Node(global::System.Collections.Concurrent.ConcurrentQueue<string> stops, string name, int children)
        {
            _stops = stops;
            _name = name;
            for (var i = 0; i < children; i++)
            {
                var childName = $"{name}-child{i}";
                Context.ActorOf(Props.Create(() => new Node(stops, childName, 0)), childName);
            }

            ReceiveAny(_ => Sender.Tell(name, Self));
        }

        protected override void PostStop() => _stops.Enqueue(_name);
    }
}
