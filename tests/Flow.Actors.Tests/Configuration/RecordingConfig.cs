using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Tests.Configuration;

/// <summary>An Akka configuration that records the paths its typed readers are asked for (and keeps recording after WithFallback).</summary>
internal sealed class RecordingConfig(AkkaConfig inner, List<string> read) : AkkaConfig(inner, null!)
{
    private bool _merging;

    public override AkkaConfig WithFallback(AkkaConfig fallback)
    {
        // Akka's WithFallback reads this configuration itself (to see whether it already contains the fallback).
        _merging = true;
        try
        {
            return new RecordingConfig(base.WithFallback(fallback), read);
        }
        finally
        {
            _merging = false;
        }
    }

    public override bool GetBoolean(string path, bool @default = false) => Record(path, base.GetBoolean(path, @default));

    public override int GetInt(string path, int @default = 0) => Record(path, base.GetInt(path, @default));

    public override long GetLong(string path, long @default = 0) => Record(path, base.GetLong(path, @default));

    public override double GetDouble(string path, double @default = 0) => Record(path, base.GetDouble(path, @default));

    public override string GetString(string path, string @default = null!) => Record(path, base.GetString(path, @default));

    public override TimeSpan GetTimeSpan(string path, TimeSpan? @default = null, bool allowInfinite = true) => Record(path, base.GetTimeSpan(path, @default, allowInfinite));

    public override long? GetByteSize(string path) => Record(path, base.GetByteSize(path));

    public override long? GetByteSize(string path, long? def = null) => Record(path, base.GetByteSize(path, def));

    private T Record<T>(string path, T value)
    {
        if (!_merging)
        {
            read.Add(path);
        }

        return value;
    }
}
