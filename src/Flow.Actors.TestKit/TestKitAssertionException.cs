namespace Flow.Actors.TestKit;

/// <summary>An expectation of the TestKit was not met; the message says what was expected and what happened.</summary>
public sealed class TestKitAssertionException(string message, Exception? inner = null) : Exception(message, inner);
