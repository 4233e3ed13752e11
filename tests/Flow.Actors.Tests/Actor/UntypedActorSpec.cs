namespace Flow.Actors.Tests.Actor;

public sealed class UntypedActorSpec : TestKit.TestKit
{
    [Fact]
    public async Task OnReceive_EveryMessage_SeenInOrderWithSender()
    {
        var actor = Sys.ActorOf(Props.Create<Doubler>());
        for (var i = 1; i <= 3; i++)
        {
            actor.Tell(i, TestActor);
        }

        Assert.Equal(2, await ExpectMsgAsync<int>());
        Assert.Equal(actor, LastSender);
        Assert.Equal(4, await ExpectMsgAsync<int>());
        Assert.Equal(6, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task OnReceive_CallsUnhandled_PublishesUnhandledMessage()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<Doubler>());
        actor.Tell("nope", TestActor);
        var unhandled = await ExpectMsgAsync<UnhandledMessage>();
        Assert.Equal("nope", unhandled.Message);
        Assert.Equal(TestActor, unhandled.Sender);
    }

    [Fact]
    public async Task Become_WithReceiveDelegate_SwitchesBehavior()
    {
        var actor = Sys.ActorOf(Props.Create<Doubler>());
        actor.Tell("triple", TestActor);
        actor.Tell(3, TestActor);
        Assert.Equal(9, await ExpectMsgAsync<int>());
    }

    private sealed class Doubler : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            switch (message)
            {
                case int i:
                    Sender.Tell(i * 2, Self);
                    break;
                case "triple":
                    Become(m =>
                    {
                        if (m is int n)
                        {
                            Sender.Tell(n * 3, Self);
                            return true;
                        }

                        return false;
                    });
                    break;
                default:
                    Unhandled(message);
                    break;
            }
        }
    }
}
