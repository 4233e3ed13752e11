using System.Reflection;
using Flow.Actors.Dispatch;
using Flow.Actors.Routing;
using Flow.Actors.Supervision;

namespace Flow.Actors;

/// <summary>
/// An immutable recipe for an actor: how to construct it, and its dispatcher, mailbox, router and the strategy
/// with which it supervises its children. Each <c>With…</c> returns a new Props.
/// </summary>
public sealed record Props
{
    private readonly Func<ActorBase>? _factory;
    private readonly object?[] _args = [];

    private Props(Type actorType, Func<ActorBase>? factory, object?[] args)
    {
        ActorType = actorType;
        _factory = factory;
        _args = args;
    }

    /// <summary>The type of actor these Props create.</summary>
    public Type ActorType { get; }

    /// <summary>The dispatcher's name (<see cref="Dispatchers.DefaultId"/> by default).</summary>
    public string Dispatcher { get; init; } = Dispatchers.DefaultId;

    /// <summary>The mailbox; <c>null</c> uses the system's default mailbox.</summary>
    public MailboxSettings? Mailbox { get; init; }

    /// <summary>The router, or <c>null</c> for a plain actor.</summary>
    public RouterConfig? Router { get; init; }

    /// <summary>How the actor supervises its children, unless it overrides <c>SupervisorStrategy()</c>.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; init; }

    internal string TypeName => ActorType.FullName ?? ActorType.Name;

    /// <summary>Props for an actor with a public parameterless constructor.</summary>
    public static Props Create<TActor>()
        where TActor : ActorBase, new() => new(typeof(TActor), static () => new TActor(), []);

    /// <summary>Props whose factory constructs a new actor each time it is called (on creation and on every restart).</summary>
    public static Props Create<TActor>(Func<TActor> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(typeof(TActor), factory, []);
    }

    /// <summary>
    /// Props for <paramref name="actorType"/> constructed with <paramref name="args"/>. The type and constructor are
    /// checked when the actor is created (<c>ActorOf</c> throws an <see cref="ArgumentException"/> naming the type).
    /// </summary>
    public static Props Create(Type actorType, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(actorType);
        return new Props(actorType, null, args ?? []);
    }

    /// <summary>These Props with another dispatcher.</summary>
    public Props WithDispatcher(string dispatcher) => this with { Dispatcher = dispatcher };

    /// <summary>These Props with another mailbox.</summary>
    public Props WithMailbox(MailboxSettings mailbox) => this with { Mailbox = mailbox };

    /// <summary>These Props routed through <paramref name="router"/>.</summary>
    public Props WithRouter(RouterConfig router) => this with { Router = router };

    /// <summary>These Props with a strategy for the actor's children.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy) => this with { SupervisorStrategy = strategy };

    /// <summary>Checks that the Props can create an actor.</summary>
    /// <exception cref="ArgumentException">The type is not a concrete actor type or has no matching constructor.</exception>
    internal void Validate()
    {
        if (!typeof(ActorBase).IsAssignableFrom(ActorType))
        {
            throw new ArgumentException($"Cannot create an actor of type {TypeName}: it does not derive from ActorBase.");
        }

        if (ActorType.IsAbstract || ActorType.IsInterface)
        {
            throw new ArgumentException($"Cannot create an actor of type {TypeName}: the type is abstract.");
        }

        if (ActorType.ContainsGenericParameters)
        {
            throw new ArgumentException($"Cannot create an actor of type {TypeName}: the type has open generic parameters.");
        }

        if (_factory is null && FindConstructor() is null)
        {
            var types = string.Join(", ", Array.ConvertAll(_args, a => a?.GetType().Name ?? "null"));
            throw new ArgumentException($"Cannot create an actor of type {TypeName}: it has no public constructor taking ({types}).");
        }
    }

    internal ActorBase NewActor()
    {
        if (_factory is not null)
        {
            return _factory();
        }

        var ctor = FindConstructor() ?? throw new ArgumentException($"Cannot create an actor of type {TypeName}: no matching constructor.");
        try
        {
            return (ActorBase)ctor.Invoke(_args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private ConstructorInfo? FindConstructor()
    {
        foreach (var ctor in ActorType.GetConstructors())
        {
            var parameters = ctor.GetParameters();
            if (parameters.Length != _args.Length)
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < parameters.Length && match; i++)
            {
                var arg = _args[i];
                var type = parameters[i].ParameterType;
                match = arg is null ? !type.IsValueType || Nullable.GetUnderlyingType(type) is not null : type.IsInstanceOfType(arg);
            }

            if (match)
            {
                return ctor;
            }
        }

        return null;
    }
}
