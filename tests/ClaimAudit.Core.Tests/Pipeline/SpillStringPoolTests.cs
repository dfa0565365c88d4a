using System.Text;
using ClaimAudit.Core.Pipeline;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// The string pool that reads a large batch's spilled visit reports back: every value comes back
/// exactly as written (so the report is unchanged), in step with the other fields around it, and a
/// short value read again is the same instance (the allocation it exists to save).
/// </summary>
public class SpillStringPoolTests
{
    private static BinaryReader Spill(Action<BinaryWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) write(w);
        buffer.Position = 0;
        return new BinaryReader(buffer, Encoding.UTF8);
    }

    [Fact]
    public void Values_come_back_as_written_between_other_fields_whatever_their_length_or_script()
    {
        string[] values =
        [
            "", "DOC_TECHNIQUE_MISSING", "Medicare Part B", "Fisioterapia – sesión ½ · ✔", "😀 emoji and accents éè",
            new string('x', SpillStringPool.MaxPooledLength), new string('y', SpillStringPool.MaxPooledLength + 1),
            string.Concat(Enumerable.Repeat("ü", 200)), new string('z', 5000),
        ];
        using var r = Spill(w =>
        {
            foreach (var (value, i) in values.Select((v, i) => (v, i)))
            {
                w.Write(i);
                w.Write(value);
                w.Write(-i);
            }
        });

        var pool = new SpillStringPool();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(i, r.ReadInt32());
            Assert.Equal(values[i], pool.Read(r));
            Assert.Equal(-i, r.ReadInt32());
        }
        Assert.Equal(r.BaseStream.Length, r.BaseStream.Position);
    }

    [Fact]
    public void A_short_value_read_again_is_the_same_instance_and_a_long_one_is_not_kept()
    {
        var longValue = new string('a', SpillStringPool.MaxPooledLength + 1);
        using var r = Spill(w =>
        {
            w.Write("UNITS_OVERBILLED");
            w.Write("UNITS_OVERBILLED");
            w.Write(longValue);
            w.Write(longValue);
        });

        var pool = new SpillStringPool();
        var first = pool.Read(r);
        var second = pool.Read(r);
        var longFirst = pool.Read(r);
        var longSecond = pool.Read(r);

        Assert.Same(first, second);
        Assert.Equal(longFirst, longSecond);
        Assert.NotSame(longFirst, longSecond);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void The_pool_stops_growing_at_its_bound_and_still_reads_every_value()
    {
        var count = SpillStringPool.MaxPooled + 100;
        using var r = Spill(w =>
        {
            for (var i = 0; i < count; i++) w.Write("V-" + i);
        });

        var pool = new SpillStringPool();
        for (var i = 0; i < count; i++) Assert.Equal("V-" + i, pool.Read(r));
        Assert.Equal(SpillStringPool.MaxPooled, pool.Count);
    }

    [Fact]
    public void A_truncated_spill_is_an_error_not_a_short_value()
    {
        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) w.Write("a value cut short");
        var cut = new MemoryStream(buffer.ToArray()[..8]);
        using var r = new BinaryReader(cut, Encoding.UTF8);

        Assert.Throws<EndOfStreamException>(() => new SpillStringPool().Read(r));
    }
}
