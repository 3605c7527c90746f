using KoersInsights.Parquet.Encodings;

namespace KoersInsights.Parquet.Tests.Encodings;

public class EncodingTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 20)]
    [InlineData(4, 32)]
    public void Rle_bit_packed_hybrid_round_trips(int seed, int bitWidth)
    {
        var random = new Random(seed);
        var max = bitWidth == 32 ? int.MaxValue : (1 << bitWidth) - 1;
        var values = new int[random.Next(1, 5000)];
        for (var i = 0; i < values.Length;)
        {
            var run = random.Next(1, 40);
            var value = random.Next(0, max);
            for (var k = 0; k < run && i < values.Length; k++)
            {
                values[i++] = random.Next(3) == 0 ? random.Next(0, max) : value;
            }
        }

        var buffer = new ByteBuffer();
        RleBitPackedHybrid.Encode(values, bitWidth, buffer);
        var decoded = new int[values.Length];
        RleBitPackedHybrid.Decode(buffer.Written, bitWidth, decoded);

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Long_repeats_become_rle_runs()
    {
        var buffer = new ByteBuffer();
        RleBitPackedHybrid.Encode(Enumerable.Repeat(1, 100_000).ToArray(), 1, buffer);

        Assert.True(buffer.Length < 8);
    }

    [Fact]
    public void Utf8_order_matches_byte_comparison()
    {
        var random = new Random(9);
        var samples = Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => (char)random.Next(0xD7F0, 0xE010))]))
            .Where(s => System.Text.Encoding.UTF8.GetByteCount(s) >= 0).ToList();
        samples.AddRange(["a", "é", "\U0001F600", "\uFFFD", "\uE000"]);
        foreach (var a in samples.Where(s => !HasLoneSurrogate(s)))
        {
            foreach (var b in samples.Take(60).Where(s => !HasLoneSurrogate(s)))
            {
                var expected = Math.Sign(System.Text.Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(b)));
                Assert.Equal(expected, Math.Sign(Utf8Order.Instance.Compare(a, b)));
            }
        }
    }

    private static bool HasLoneSurrogate(string s) => s.EnumerateRunes().Any(r => r == System.Text.Rune.ReplacementChar) || !s.IsNormalized() && false;
}
