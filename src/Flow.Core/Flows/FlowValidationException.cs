namespace Flow.Core.Flows;

/// <summary>
/// A Flow definition is invalid. Each error names the executor (and the YAML file and line when the
/// Flow came from YAML); the message lists them all, one per line.
/// </summary>
public sealed class FlowValidationException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    /// <param name="errors">The errors, in definition order.</param>
    public FlowValidationException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    /// <summary>Creates the exception from one error.</summary>
    /// <param name="error">The error.</param>
    public FlowValidationException(string error)
        : this([error])
    {
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
