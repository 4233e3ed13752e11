using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary>Jina's gRPC methods (full names as in jina.proto) with <see cref="GatewayMarshaller"/>s.</summary>
internal static class GatewayMethods
{
    private static readonly Marshaller<DataRequestProto> Request = GatewayMarshaller.For(DataRequestProto.Parser);
    private static readonly Marshaller<DataRequestListProto> RequestList = GatewayMarshaller.For(DataRequestListProto.Parser);
    private static readonly Marshaller<Empty> EmptyMessage = GatewayMarshaller.For(Empty.Parser);
    private static readonly Marshaller<EndpointsProto> Endpoints = GatewayMarshaller.For(EndpointsProto.Parser);
    private static readonly Marshaller<StatusProto> Status = GatewayMarshaller.For(StatusProto.Parser);
    private static readonly Marshaller<JinaInfoProto> Info = GatewayMarshaller.For(JinaInfoProto.Parser);

    public static readonly Method<DataRequestProto, DataRequestProto> Call = new(MethodType.DuplexStreaming, "jina.JinaRPC", "Call", Request, Request);

    public static readonly Method<DataRequestProto, DataRequestProto> SingleData = new(MethodType.Unary, "jina.JinaSingleDataRequestRPC", "process_single_data", Request, Request);

    public static readonly Method<DataRequestListProto, DataRequestProto> Data = new(MethodType.Unary, "jina.JinaDataRequestRPC", "process_data", RequestList, Request);

    public static readonly Method<Empty, EndpointsProto> Discovery = new(MethodType.Unary, "jina.JinaDiscoverEndpointsRPC", "endpoint_discovery", EmptyMessage, Endpoints);

    public static readonly Method<Empty, StatusProto> DryRun = new(MethodType.Unary, "jina.JinaGatewayDryRunRPC", "dry_run", EmptyMessage, Status);

    public static readonly Method<Empty, JinaInfoProto> InfoStatus = new(MethodType.Unary, "jina.JinaInfoRPC", "_status", EmptyMessage, Info);
}
