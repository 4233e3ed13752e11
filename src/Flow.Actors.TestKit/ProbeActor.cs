using System.Threading.Channels;

namespace Flow.Actors.TestKit;

/// <summary>The actor behind a probe: hands every message (Terminated included) to the probe's queue.</summary>
internal sealed class ProbeActor(ChannelWriter<ReceivedMessage> queue) : ActorBase
{
    protected internal override bool Receive(object message)
    {
        if (message is WatchCommand command)
        {
            if (command.Watch)
            {
                Context.Watch(command.Subject);
            }
            else
            {
                Context.Unwatch(command.Subject);
            }

            command.Done?.TrySetResult();
            return true;
        }

        queue.TryWrite(new ReceivedMessage(message, Context.Sender.Equals(Context.System.DeadLetters) ? null : Context.Sender));
        return true;
    }
}
