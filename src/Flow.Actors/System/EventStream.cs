using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flow.Actors;

/// <summary>
/// The actor system's publish/subscribe bus: a subscriber to a type receives every published event assignable to
/// it (dead letters, unhandled messages, lifecycle events). Subscribing, publishing: any thread.
/// </summary>
public sealed class EventStream
{
    private readonly object _gate = new();
    private Subscription[] _subscriptions = [];

    /// <summary>Where a failing callback is reported (the actor system's log).</summary>
    internal ILogger Log { get; set; } = NullLogger.Instance;

    /// <summary>Subscribes an actor to events of <paramref name="channel"/> (and subtypes); false if already subscribed.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        return Add(new Subscription(channel, subscriber, null));
    }

    /// <summary>
    /// Subscribes a callback to events of <typeparamref name="T"/>; dispose the result to unsubscribe. The callback runs on the
    /// publisher's thread (often an actor's, while it stops); an exception it throws is logged and does not reach the publisher.
    /// </summary>
    public IDisposable Subscribe<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(typeof(T), null, e => handler((T)e));
        Add(subscription);
        return new Unsubscriber(this, subscription);
    }

    /// <summary>Unsubscribes an actor from one channel; false if it was not subscribed.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel) => RemoveWhere(s => s.Channel == channel && subscriber.Equals(s.Actor));

    /// <summary>Unsubscribes an actor from every channel.</summary>
    public bool Unsubscribe(IActorRef subscriber) => RemoveWhere(s => subscriber.Equals(s.Actor));

    /// <summary>Delivers <paramref name="event"/> to every matching subscriber (actors by Tell, callbacks inline).</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var subscriptions = Volatile.Read(ref _subscriptions);
        var type = @event.GetType();
        foreach (var s in subscriptions)
        {
            if (!s.Channel.IsAssignableFrom(type))
            {
                continue;
            }

            if (s.Actor is IInternalActorRef { IsTerminated: true } dead)
            {
                Unsubscribe(dead);
                continue;
            }

            if (s.Actor is not null)
            {
                s.Actor.Tell(@event, null);
            }
            else
            {
                InvokeCallback(s.Callback!, @event);
            }
        }
    }

    // Publishers include the runtime itself (dead letters from a stopping actor): a subscriber's bug must not abort them.
    private void InvokeCallback(Action<object> callback, object @event)
    {
        try
        {
            callback(@event);
        }
        catch (Exception e)
        {
            Log.SubscriberFailed(e, @event.GetType().Name);
        }
    }

    private bool Add(Subscription subscription)
    {
        lock (_gate)
        {
            foreach (var s in _subscriptions)
            {
                if (s.Actor is not null && s.Channel == subscription.Channel && s.Actor.Equals(subscription.Actor))
                {
                    return false;
                }
            }

            _subscriptions = [.. _subscriptions, subscription];
            return true;
        }
    }

    private bool RemoveWhere(Func<Subscription, bool> match)
    {
        lock (_gate)
        {
            var kept = Array.FindAll(_subscriptions, s => !match(s));
            var removed = kept.Length != _subscriptions.Length;
            _subscriptions = kept;
            return removed;
        }
    }

    private sealed record Subscription(Type Channel, IActorRef? Actor, Action<object>? Callback);

    private sealed class Unsubscriber(EventStream stream, Subscription subscription) : IDisposable
    {
        public void Dispose() => stream.RemoveWhere(s => ReferenceEquals(s, subscription));
    }
}
