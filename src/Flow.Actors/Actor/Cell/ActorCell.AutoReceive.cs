namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private void AutoReceive(AutoReceivedMessage message)
    {
        switch (message)
        {
            case DeathWatchDelivery d:
                DeliverTerminated(d);
                break;
            case PoisonPill:
                Self.Stop();
                break;
            case Kill:
                throw new ActorKilledException($"Actor {Path} was killed (it received Kill).");
            case Identify identify:
                _currentSender?.Tell(new ActorIdentity(identify.MessageId, Self), Self);
                break;
            case ReceiveTimeoutTick tick:
                OnReceiveTimeoutTick(tick);
                break;
            case ActorSelectionMessage selection:
                Flow.Actors.ActorSelection.Deliver(selection, Self, _currentSender);
                break;
        }
    }
}
