using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Flow.Actors.Remote;
using Flow.Actors.TestKit;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteSafetySpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Handshake_SameCookie_Accepted()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { Cookie = "s3cret" });
        var b = nodes.Start("b", "127.0.0.5", s => s with { Cookie = "s3cret" });
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("in", await echo.Ask<string>("in", Timeout));
    }

    [Fact]
    public async Task Handshake_WrongCookie_RefusedAndMessagesGoToDeadLetters()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { Cookie = "guess" });
        var b = nodes.Start("b", "127.0.0.5", s => s with { Cookie = "s3cret" });
        var delivered = new TestProbe(b);
        b.ActorOf(Props.Create(() => new ForwardTo(delivered.Ref)), "target");
        var deadLetters = new TestProbe(a);
        a.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));

        var target = RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"{b.Address}/user/target"));
        target.Tell("let me in", null);

        var letter = await deadLetters.ExpectMsgAsync<DeadLetter>(TimeSpan.FromSeconds(10));
        Assert.Equal("let me in", letter.Message);
        Assert.False(RemoteNodes.Transport(a).FindAssociation(b.Address)!.IsConnected);
        Assert.Null(RemoteNodes.Transport(b).FindAssociation(a.Address));
        await delivered.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Handshake_WrongCookie_RefusalLoggedOnBothSides()
    {
        var logA = new CapturingLoggerFactory();
        var logB = new CapturingLoggerFactory();
        ActorSystem Start(string name, string host, string cookie, ILoggerFactory log) => ActorSystem.Create(name, new ActorSystemSetup
        {
            Settings = ActorSystemSettings.Default with { Remote = RemoteNodes.Settings(host, s => s with { Cookie = cookie }) },
            LoggerFactory = log,
        });
        await using var a = Start("a", "127.0.0.4", "guess", logA);
        await using var b = Start("b", "127.0.0.5", "s3cret", logB);
        RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"{b.Address}/user/x")).Tell("knock", null);
        await TestKit.TestKit.AwaitAssertAsync(() =>
        {
            Assert.Contains(logB.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("Refused a connection", StringComparison.Ordinal) && l.Text.Contains("wrong cookie", StringComparison.Ordinal) && l.Text.Contains(a.Address.ToString(), StringComparison.Ordinal));
            Assert.Contains(logA.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("refused the handshake: wrong cookie", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Tls_BothSidesTrustEachOther_MessagesFlow()
    {
        using var certA = SelfSigned("node-a");
        using var certB = SelfSigned("node-b");
        var trusted = new HashSet<string>([certA.Thumbprint, certB.Thumbprint]);
        TlsSettings Tls(X509Certificate2 own) => new() { Certificate = own, ValidatePeer = (peer, _, _) => trusted.Contains(peer.Thumbprint) };

        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { Tls = Tls(certA) });
        var b = nodes.Start("b", "127.0.0.5", s => s with { Tls = Tls(certB) });
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("secret", await echo.Ask<string>("secret", Timeout));
    }

    [Fact]
    public async Task Tls_PeerCertificateNotTrusted_NoAssociation()
    {
        using var certA = SelfSigned("node-a");
        using var certB = SelfSigned("node-b");
        using var intruder = SelfSigned("intruder");
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { Tls = new TlsSettings { Certificate = intruder, ValidatePeer = (_, _, _) => true } });
        var b = nodes.Start("b", "127.0.0.5", s => s with { Tls = new TlsSettings { Certificate = certB, ValidatePeer = (peer, _, _) => peer.Thumbprint == certA.Thumbprint } });
        var deadLetters = new TestProbe(a);
        a.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var target = RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"{b.Address}/user/anyone"));
        target.Tell("hello?", null);
        var letter = await deadLetters.ExpectMsgAsync<DeadLetter>(TimeSpan.FromSeconds(10));
        Assert.Equal("hello?", letter.Message);
        Assert.Null(RemoteNodes.Transport(b).FindAssociation(a.Address));
    }

    [Fact]
    public async Task Tell_64MiBArray_CrossesInChunks()
    {
        // Moving 64 MiB on a loaded 2-core machine can stall heartbeats for longer than the test nodes' fast detector
        // accepts; this spec is about chunking, so it uses a lenient detector.
        static RemoteSettings Lenient(RemoteSettings s) => s with { AcceptableHeartbeatPause = TimeSpan.FromSeconds(30) };
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", Lenient);
        var b = nodes.Start("b", "127.0.0.5", Lenient);
        b.ActorOf(Props.Create<Digest>(), "digest");
        var digest = await a.ActorSelection($"{b.Address}/user/digest").ResolveOne(Timeout);
        var payload = new byte[64 * 1024 * 1024];
        new Random(5).NextBytes(payload);
        var reply = await digest.Ask<string>(payload, TimeSpan.FromSeconds(60));
        Assert.Equal($"{payload.Length}:{Convert.ToHexString(SHA256.HashData(payload))}", reply);
    }

    [Fact]
    public async Task Tell_OverMaximumMessageSize_DeadLetterNamesSizeAndLimit()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { MaximumMessageSize = 1024 * 1024 });
        var b = nodes.Start("b", "127.0.0.5");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var error = await Assert.ThrowsAsync<ActorTerminatedException>(() => echo.Ask<byte[]>(new byte[2 * 1024 * 1024], Timeout));
        Assert.Contains("exceeds flow.remote.maximum-message-size (1048576 bytes)", error.Message);
        Assert.Contains("System.Byte[] of 2097", error.Message);
        Assert.Equal("still fine", await echo.Ask<string>("still fine", Timeout));
    }

    [Fact]
    public async Task Tell_PeerUnreachableAndQueueFull_ExcessGoesToDeadLettersNamingTheBound()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.4", s => s with { OutboundQueueSize = 10 });
        int freePort;
        using (var probeSocket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Parse("127.0.0.5"), 0))
        {
            probeSocket.Start();
            freePort = ((System.Net.IPEndPoint)probeSocket.LocalEndpoint).Port;
        }

        var deadLetters = new TestProbe(a);
        a.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var nowhere = RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"flow.tcp://b@127.0.0.5:{freePort}/user/x"));
        for (var i = 0; i < 15; i++)
        {
            nowhere.Tell(i, null);
        }

        var letters = (await deadLetters.ReceiveNAsync(15, TimeSpan.FromSeconds(10))).Cast<DeadLetter>().ToList();
        // The 5 over the bound are refused at once; the 10 queued ones are dropped when the peer is declared lost.
        Assert.Equal(Enumerable.Range(10, 5), letters.Take(5).Select(l => (int)l.Message));
        Assert.Equal(Enumerable.Range(0, 10), letters.Skip(5).Select(l => (int)l.Message));
    }

    [Fact]
    public async Task Tls_FromHoconWithPkcs12File_MessagesFlow()
    {
        using var cert = SelfSigned("node-hocon");
        var file = Path.Combine(Path.GetTempPath(), $"flow-remote-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(file, cert.Export(X509ContentType.Pkcs12, "pw"));
        try
        {
            Flow.Hocon.Config Hocon(string host) => Flow.Hocon.Config.ParseString($$"""
                flow.actor.provider = remote
                flow.remote {
                  hostname = "{{host}}"
                  tls { enabled = on, certificate-path = "{{file}}", certificate-password = "pw" }
                }
                """);
            await using var a = ActorSystem.Create("a", Hocon("127.0.0.4"));
            await using var b = ActorSystem.Create("b", Hocon("127.0.0.5"));
            Assert.NotNull(a.Settings.Remote!.Tls);
            b.ActorOf(Props.Create<RemoteEcho>(), "echo");
            var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
            Assert.Equal("over tls", await echo.Ask<string>("over tls", Timeout));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private sealed class ForwardTo : ReceiveActor
    {
        public ForwardTo(IActorRef target) => ReceiveAny(m => target.Tell(m, Sender));
    }

    private sealed class Digest : ReceiveActor
    {
        public Digest() => Receive<byte[]>(b => Sender.Tell($"{b.Length}:{Convert.ToHexString(SHA256.HashData(b))}", Self));
    }
}
