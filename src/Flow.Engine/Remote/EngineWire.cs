using Flow.Actors.Serialization;
using Flow.Core.Protos;
using Flow.Engine.Runtime;

namespace Flow.Engine.Remote;

/// <summary>Registers the engine's remote messages (gateway ↔ executor regions on another node) in the wire allow-list.</summary>
internal static class EngineWire
{
    public static void Register(SerializationRegistry registry)
    {
        registry.Register<ShardCall>(EngineWireIds.ShardCall, new ProtoMappedSerializer<ShardCall, ShardCallProto>(EngineProtoConverter.ToProto, EngineProtoConverter.FromProto));
        registry.Register<CallResult>(EngineWireIds.CallResult, new ProtoMappedSerializer<CallResult, CallResultProto>(EngineProtoConverter.ToProto, EngineProtoConverter.FromProto));
        registry.RegisterProtobuf<RegionSpecProto>(EngineWireIds.RegionSpec);
        registry.Register<StartRegion>(EngineWireIds.StartRegion, new ProtoMappedSerializer<StartRegion, StartRegionProto>(static _ => new StartRegionProto(), static _ => StartRegion.Instance));
        registry.Register<RegionStarted>(EngineWireIds.RegionStarted, new ProtoMappedSerializer<RegionStarted, RegionStartedProto>(EngineProtoConverter.ToProto, EngineProtoConverter.FromProto));
        registry.Register<CloseShard>(EngineWireIds.CloseShard, new ProtoMappedSerializer<CloseShard, CloseShardProto>(static _ => new CloseShardProto(), static _ => CloseShard.Instance));
        registry.Register<ShardClosed>(EngineWireIds.ShardClosed, new ProtoMappedSerializer<ShardClosed, ShardClosedProto>(EngineProtoConverter.ToProto, EngineProtoConverter.FromProto));
        registry.Register<ProbeShard>(EngineWireIds.ProbeShard, new ProtoMappedSerializer<ProbeShard, ProbeShardProto>(static _ => new ProbeShardProto(), static _ => ProbeShard.Instance));
        registry.Register<ShardProbeResult>(EngineWireIds.ShardProbeResult, new ProtoMappedSerializer<ShardProbeResult, ShardProbeResultProto>(
            static r => new ShardProbeResultProto { Shard = r.Shard, Answered = r.Answered, Replicas = r.Replicas },
            static p => new ShardProbeResult(p.Shard, p.Answered, p.Replicas)));
    }
}
