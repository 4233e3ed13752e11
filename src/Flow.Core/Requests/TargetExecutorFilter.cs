using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Flow.Core.Requests;

/// <summary>
/// A request's <c>target_executor</c>: a regex matched at the start of an executor's name, as Python's
/// <c>re.match</c> in Jina. Executors that do not match pass the request through. Compile once per
/// request; immutable and thread-safe.
/// </summary>
public sealed class TargetExecutorFilter
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private TargetExecutorFilter(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>Compiles <paramref name="pattern"/>; null or empty means "every executor runs" (no filter).</summary>
    /// <param name="pattern">The regex, or null.</param>
    /// <param name="filter">The filter, or null when there is none.</param>
    /// <param name="error">Why the pattern is invalid, or null.</param>
    /// <returns>False when the pattern is not a valid regex.</returns>
    public static bool TryCreate(string? pattern, out TargetExecutorFilter? filter, [NotNullWhen(false)] out string? error)
    {
        filter = null;
        error = null;
        if (string.IsNullOrEmpty(pattern))
        {
            return true;
        }

        try
        {
            filter = new TargetExecutorFilter(pattern, new Regex("^(?:" + pattern + ")", RegexOptions.CultureInvariant, MatchTimeout));
            return true;
        }
        catch (ArgumentException e)
        {
            error = $"target_executor '{pattern}' is not a valid regex: {e.Message}";
            return false;
        }
    }

    /// <summary>True when <paramref name="executorName"/> matches (the executor runs).</summary>
    /// <param name="executorName">The executor's name in the Flow.</param>
    /// <returns>Whether it runs.</returns>
    public bool Matches(string executorName)
    {
        ArgumentNullException.ThrowIfNull(executorName);
        return _regex.IsMatch(executorName);
    }
}
