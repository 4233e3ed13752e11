namespace Flow.Actors;

/// <summary>A <see cref="ReceiveActor"/> behaviour: handlers tried in the order they were declared.</summary>
internal sealed class HandlerTable(ActorCell cell)
{
    private ReceiveHandler[] _handlers = [];

    public void Add(ReceiveHandler handler)
    {
        var grown = new ReceiveHandler[_handlers.Length + 1];
        _handlers.CopyTo(grown, 0);
        grown[^1] = handler;
        _handlers = grown;
    }

    public bool Handle(object message)
    {
        var handlers = _handlers;
        for (var i = 0; i < handlers.Length; i++)
        {
            if (handlers[i].TryHandle(cell, message))
            {
                return true;
            }
        }

        return false;
    }
}
