namespace Flow.Gateway.Tests.Fuzz;

/// <summary>Seeded random inputs: random bytes, or a valid message with bytes flipped, cut, inserted or duplicated.</summary>
internal sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    public byte[] Next(byte[] valid)
    {
        switch (_random.Next(5))
        {
            case 0:
                var noise = new byte[_random.Next(0, 300)];
                _random.NextBytes(noise);
                return noise;
            case 1:
                return valid[.._random.Next(valid.Length)];
            case 2:
                var inserted = new byte[_random.Next(1, 16)];
                _random.NextBytes(inserted);
                var at = _random.Next(valid.Length);
                return [.. valid[..at], .. inserted, .. valid[at..]];
            case 3:
                var start = _random.Next(valid.Length);
                var length = _random.Next(1, Math.Min(64, valid.Length - start) + 1);
                return [.. valid[..(start + length)], .. valid[start..]];
            default:
                var flipped = (byte[])valid.Clone();
                for (var i = _random.Next(1, 6); i > 0; i--)
                {
                    flipped[_random.Next(flipped.Length)] ^= (byte)(1 << _random.Next(8));
                }

                return flipped;
        }
    }
}
