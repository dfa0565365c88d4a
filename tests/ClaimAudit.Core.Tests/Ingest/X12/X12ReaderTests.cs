using System.Text;
using ClaimAudit.Core.Ingest.X12;
using static ClaimAudit.Core.Tests.Ingest.X12.X12Text;

namespace ClaimAudit.Core.Tests.Ingest.X12;

/// <summary>The X12 reader (PRODUCT.md section 12): separators from ISA, positions, the envelope's checks.</summary>
public class X12ReaderTests
{
    private static (X12Reader Reader, List<X12Segment> Segments) ReadAll(string text)
    {
        var reader = X12Reader.Open(new ForwardOnlyStream(new MemoryStream(Encoding.UTF8.GetBytes(text))), out var error);
        Assert.Null(error);
        var segments = new List<X12Segment>();
        while (reader!.Read() is { } segment) segments.Add(segment);
        return (reader, segments);
    }

    private static readonly string[] Body = [.. Billing, .. Subscriber(2, "M-1"), "CLM*C-1*80***11:B:1*Y*A*Y*Y", .. Line(1, "97112:GP:59", 2)];

    [Theory]
    [InlineData('*', ':', '^', '~', "\n")]
    [InlineData('*', ':', '^', '~', "\r\n")]
    [InlineData('*', ':', '^', '~', "")]
    [InlineData('|', '^', 'U', '\n', "")]
    [InlineData('!', '>', '{', '\'', "")]
    public void Separators_come_from_the_ISA_and_every_set_reads_the_same(char element, char component, char repetition, char terminator, string afterTerminator)
    {
        var (reader, segments) = ReadAll(Interchange(Body, element, component, repetition, terminator, afterTerminator));

        Assert.Equal(new X12Separators(element, component, repetition == 'U' ? null : repetition, terminator), reader.Separators);
        Assert.Null(reader.Truncation);
        var sv1 = Assert.Single(segments, s => s.Id == "SV1");
        Assert.Equal(["HC", "97112", "GP", "59"], sv1.Components(1));
        Assert.Equal("2", sv1[4]);
        // ISA is segment 1 of the file, GS 2, ST 3; the SV1 is the 16th segment of the file and the 14th of its set.
        Assert.Equal((16L, "0001", 14), (sv1.Position, sv1.SetControl, sv1.SetIndex));
        Assert.Equal("ST 0001, segment 14", sv1.Location);
        Assert.Null(Assert.Single(segments, s => s.Id == "SE").SetError);
    }

    [Fact]
    public void A_file_that_does_not_start_with_ISA_is_refused_with_the_reason()
    {
        Assert.Null(X12Reader.Open(new MemoryStream("visit_id,patient_id\n"u8.ToArray()), out var error));
        Assert.Contains("does not start with an ISA segment", error);
    }

    [Fact]
    public void An_ISA_whose_fields_are_not_padded_is_refused()
    {
        Assert.Null(X12Reader.Open(new MemoryStream(Encoding.ASCII.GetBytes("ISA*00**00**ZZ*A*ZZ*B*260320*1200*^*00501*1*0*T*:~" + new string(' ', 80))), out var error));
        Assert.Contains("fixed-width", error);
    }

    [Fact]
    public void A_wrong_SE_count_marks_the_set_damaged()
    {
        var (_, segments) = ReadAll(Interchange(Body, seCount: 40));
        var se = Assert.Single(segments, s => s.Id == "SE");
        Assert.Contains("SE01 says the transaction set has 40 segments, but ST 0001 … SE has 16", se.SetError);
    }

    [Fact]
    public void A_segment_cut_off_at_the_end_of_the_file_is_a_truncation_naming_only_the_segment_id()
    {
        var text = Interchange(Body);
        var cut = text[..(text.IndexOf("NM1*IL", StringComparison.Ordinal) + 12)];
        var (reader, segments) = ReadAll(cut);
        Assert.Equal("SBR", segments[^1].Id);
        Assert.Equal("the file ends inside a segment (NM1 at ST 0001, segment 10 has no segment terminator '~'): it is truncated", reader.Truncation);
        Assert.DoesNotContain("DOE", reader.Truncation);
    }

    [Fact]
    public void A_file_that_stops_between_segments_says_which_envelope_is_open()
    {
        var (reader, _) = ReadAll(Interchange(Body, close: false));
        Assert.Equal("the file ends inside a functional group (no GE): it is truncated", reader.Truncation);
    }

    [Fact]
    public void Segments_are_read_from_the_stream_as_they_are_needed_not_the_whole_file()
    {
        var claims = Enumerable.Range(1, 5000).SelectMany(i => (string[])[$"CLM*C-{i}*80***11:B:1*Y*A*Y*Y", .. Line(1, "97112:GP", 2)]);
        var bytes = Encoding.UTF8.GetBytes(Interchange([.. Billing, .. Subscriber(2, "M-1"), .. claims]));
        var counting = new CountingStream(new MemoryStream(bytes));
        using var reader = X12Reader.Open(counting, out _);
        for (var i = 0; i < 20; i++) Assert.NotNull(reader!.Read());
        Assert.True(bytes.Length > 200_000);
        Assert.True(counting.BytesRead <= 64 * 1024, $"read {counting.BytesRead} bytes for 20 segments");
    }

    private sealed class CountingStream(Stream inner) : ReadOnlyForwardStream
    {
        public long BytesRead { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
    }
}
