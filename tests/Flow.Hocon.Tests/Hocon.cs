using Flow.Hocon;

namespace Flow.Hocon.Tests;

/// <summary>Short helpers: parse text and render the resolved tree as one-line JSON.</summary>
internal static class Hocon
{
    public static string Json(string text) => Config.ParseString(text, "test.conf").ToJson(indented: false);

    public static Config Parse(string text) => Config.ParseString(text, "test.conf");

    public static T Fails<T>(string text)
        where T : Exception => Assert.Throws<T>(() => Config.ParseString(text, "test.conf"));
}
