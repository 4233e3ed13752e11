namespace Flow.Actors.Remote;

/// <summary>
/// The failure a remote actor replied with (<see cref="Status.Failure"/>): exceptions never cross the wire as
/// types, only as a description, so the caller sees the remote type's name and message.
/// </summary>
public sealed class RemoteFailureException : Exception
{
    /// <summary>Creates the description of a remote failure.</summary>
    public RemoteFailureException(string remoteType, string remoteMessage)
        : base($"{remoteType}: {remoteMessage}")
    {
        RemoteType = remoteType;
        RemoteMessage = remoteMessage;
    }

    /// <summary>The full name of the exception type thrown on the remote node.</summary>
    public string RemoteType { get; }

    /// <summary>The remote exception's message.</summary>
    public string RemoteMessage { get; }
}
