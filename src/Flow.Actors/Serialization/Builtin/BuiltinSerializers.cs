using Flow.Actors.Remote;
using Flow.Actors.Remote.Deployment;
using Flow.Actors.Serialization.Wire;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>Registers the primitives and the runtime's own messages with their stable ids.</summary>
internal static class BuiltinSerializers
{
    public static void RegisterAll(SerializationRegistry r)
    {
        r.AddBuiltin(typeof(string), WireTypeIds.String, new StringSerializer());
        r.AddBuiltin(typeof(int), WireTypeIds.Int32, new PrimitiveSerializer(WireTypeIds.Int32));
        r.AddBuiltin(typeof(long), WireTypeIds.Int64, new PrimitiveSerializer(WireTypeIds.Int64));
        r.AddBuiltin(typeof(double), WireTypeIds.Double, new PrimitiveSerializer(WireTypeIds.Double));
        r.AddBuiltin(typeof(bool), WireTypeIds.Boolean, new PrimitiveSerializer(WireTypeIds.Boolean));
        r.AddBuiltin(typeof(byte[]), WireTypeIds.Bytes, new PrimitiveSerializer(WireTypeIds.Bytes));

        r.AddBuiltin(typeof(Identify), WireTypeIds.Identify, new ProtoSerializer<IdentifyProto>(
            m => new IdentifyProto { MessageId = PayloadCodec.Write(r, ((Identify)m).MessageId) },
            p => new Identify(PayloadCodec.Read(r, p.MessageId))));
        r.AddBuiltin(typeof(ActorIdentity), WireTypeIds.ActorIdentity, new ProtoSerializer<ActorIdentityProto>(
            m =>
            {
                var identity = (ActorIdentity)m;
                var proto = new ActorIdentityProto { MessageId = PayloadCodec.Write(r, identity.MessageId) };
                if (identity.Subject is { } subject)
                {
                    proto.Subject = ActorRefWire.ToWire(subject);
                }

                return proto;
            },
            p => new ActorIdentity(PayloadCodec.Read(r, p.MessageId), p.HasSubject ? ActorRefWire.FromWire(p.Subject) : null)));
        r.AddBuiltin(typeof(Terminated), WireTypeIds.Terminated, new ProtoSerializer<TerminatedProto>(
            m =>
            {
                var t = (Terminated)m;
                return new TerminatedProto { Actor = ActorRefWire.ToWire(t.ActorRef), ExistenceConfirmed = t.ExistenceConfirmed, AddressTerminated = t.AddressTerminated };
            },
            p => new Terminated(ActorRefWire.FromWire(p.Actor), p.ExistenceConfirmed, p.AddressTerminated)));
        r.AddBuiltin(typeof(PoisonPill), WireTypeIds.PoisonPill, new SingletonSerializer(PoisonPill.Instance));
        r.AddBuiltin(typeof(Kill), WireTypeIds.Kill, new SingletonSerializer(Kill.Instance));
        r.AddBuiltin(typeof(Status.Success), WireTypeIds.StatusSuccess, new ProtoSerializer<StatusSuccessProto>(
            m => new StatusSuccessProto { State = PayloadCodec.Write(r, ((Status.Success)m).State) },
            p => new Status.Success(PayloadCodec.Read(r, p.State))));
        r.AddBuiltin(typeof(Status.Failure), WireTypeIds.StatusFailure, new ProtoSerializer<StatusFailureProto>(
            m =>
            {
                var cause = ((Status.Failure)m).Cause;
                return cause is RemoteFailureException remote
                    ? new StatusFailureProto { ExceptionType = remote.RemoteType, Message = remote.RemoteMessage }
                    : new StatusFailureProto { ExceptionType = cause.GetType().FullName ?? cause.GetType().Name, Message = cause.Message };
            },
            p => new Status.Failure(new RemoteFailureException(p.ExceptionType, p.Message))));
        r.AddBuiltin(typeof(ActorSelectionMessage), WireTypeIds.ActorSelection, new ProtoSerializer<SelectionProto>(
            m =>
            {
                var selection = (ActorSelectionMessage)m;
                var proto = new SelectionProto { Message = PayloadCodec.Write(r, selection.Message) };
                proto.Elements.Add(selection.Elements);
                return proto;
            },
            p => new ActorSelectionMessage(PayloadCodec.Read(r, p.Message) ?? throw new FormatException("A selection without a message."), [.. p.Elements])));

        r.AddBuiltin(typeof(Watch), WireTypeIds.Watch, new ProtoSerializer<WatchProto>(
            m => new WatchProto { Watchee = ActorRefWire.ToWire(((Watch)m).Watchee), Watcher = ActorRefWire.ToWire(((Watch)m).Watcher) },
            p => new Watch(Internal(p.Watchee), Internal(p.Watcher))));
        r.AddBuiltin(typeof(Unwatch), WireTypeIds.Unwatch, new ProtoSerializer<WatchProto>(
            m => new WatchProto { Watchee = ActorRefWire.ToWire(((Unwatch)m).Watchee), Watcher = ActorRefWire.ToWire(((Unwatch)m).Watcher) },
            p => new Unwatch(Internal(p.Watchee), Internal(p.Watcher))));
        r.AddBuiltin(typeof(DeathWatchNotification), WireTypeIds.DeathWatchNotification, new ProtoSerializer<DeathWatchNotificationProto>(
            m =>
            {
                var n = (DeathWatchNotification)m;
                return new DeathWatchNotificationProto { Actor = ActorRefWire.ToWire(n.Actor), ExistenceConfirmed = n.ExistenceConfirmed, AddressTerminated = n.AddressTerminated };
            },
            p => new DeathWatchNotification(ActorRefWire.FromWire(p.Actor), p.ExistenceConfirmed, p.AddressTerminated)));
        r.AddBuiltin(typeof(Terminate), WireTypeIds.Terminate, new SingletonSerializer(Terminate.Instance));
        r.AddBuiltin(typeof(DeployRequest), WireTypeIds.DeployRequest, new ProtoSerializer<DeployRequestProto>(
            m =>
            {
                var d = (DeployRequest)m;
                return new DeployRequestProto { ActorKey = d.ActorKey, Name = d.Name, Argument = PayloadCodec.Write(r, d.Argument) };
            },
            p => new DeployRequest(p.ActorKey, p.Name, PayloadCodec.Read(r, p.Argument))));
    }

    private static IInternalActorRef Internal(string path) =>
        ActorRefWire.FromWire(path) as IInternalActorRef ?? throw new FormatException($"'{path}' does not resolve to a runtime ref.");
}
