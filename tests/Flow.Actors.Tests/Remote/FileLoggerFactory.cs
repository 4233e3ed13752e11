using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Remote;

/// <summary>Writes log lines to a file when FLOW_REMOTE_TEST_LOG names one (for diagnosing a failing spec).</summary>
internal sealed class FileLoggerFactory(string path, string node) : ILoggerFactory
{
    private static readonly object Gate = new();

    public static ILoggerFactory? FromEnvironment(string node) =>
        Environment.GetEnvironmentVariable("FLOW_REMOTE_TEST_LOG") is { Length: > 0 } path ? new FileLoggerFactory(path, node) : null;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public ILogger CreateLogger(string categoryName) => new FileLogger(path, node);

    public void Dispose()
    {
    }

    private sealed class FileLogger(string path, string node) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Gate)
            {
                File.AppendAllText(path, $"{DateTime.UtcNow:HH:mm:ss.fff} {node} {logLevel} {formatter(state, exception)}{Environment.NewLine}");
            }
        }
    }
}
