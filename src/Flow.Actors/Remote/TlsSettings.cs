using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Flow.Actors.Remote;

/// <summary>
/// TLS on every connection, with certificate validation on both sides: each node presents
/// <see cref="Certificate"/> and accepts a peer only if <see cref="ValidatePeer"/> (or, when null, the platform's
/// chain validation) accepts the peer's certificate.
/// </summary>
public sealed record TlsSettings
{
    /// <summary>This node's certificate, with its private key.</summary>
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>Decides whether a peer's certificate is trusted; null means the platform's chain validation with no errors allowed.</summary>
    public Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool>? ValidatePeer { get; init; }

    /// <summary>Loads the certificate from a PKCS#12 file (<c>flow.remote.tls</c>), trusting peers whose certificate has one of the thumbprints.</summary>
    public static TlsSettings FromFile(string path, string? password, IReadOnlyCollection<string> trustedThumbprints)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        var trusted = new HashSet<string>(trustedThumbprints, StringComparer.OrdinalIgnoreCase) { certificate.Thumbprint };
        return new TlsSettings
        {
            Certificate = certificate,
            ValidatePeer = (peer, _, _) => trusted.Contains(peer.Thumbprint),
        };
    }
}
