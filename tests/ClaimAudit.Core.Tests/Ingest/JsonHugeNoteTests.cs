using System.Text;
using ClaimAudit.Core.Ingest;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Issue 14, item 6: a JSON visit with a note over the note limit is rejected with a reason naming
/// the limit, the other visits are audited, and the note is never made into a string (a 250 MB
/// note took 6 GB before).
/// </summary>
public class JsonHugeNoteTests
{
    private static readonly int Huge = VisitAssembler.MaxNoteLength * 3;

    private static byte[] Batch(string hugeField, string hugeText) => Encoding.UTF8.GetBytes($$"""
        {"visits": [
          {"visitId": "V1", "patientId": "P1", "dateOfService": "2026-03-02", "payerId": "medicare", "note": "short",
           "lines": [{"code": "97110", "minutes": 30}]},
          {"visitId": "V2", "patientId": "P2", "dateOfService": "2026-03-02", "payerId": "medicare", "{{hugeField}}": "{{hugeText}}",
           "lines": [{"code": "97110", "minutes": 30}]},
          {"visitId": "V3", "patientId": "P3", "dateOfService": "2026-03-02", "payerId": "medicare", "note": "short",
           "lines": [{"code": "97110", "minutes": 30}]}
        ]}
        """);

    [Theory]
    [InlineData("note")]
    [InlineData("diagnosisCodes")]
    public void A_visit_with_a_string_over_the_limit_is_rejected_naming_the_limit_and_the_rest_is_audited(string field)
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Batch(field, new string('a', Huge)), analyzer: analyzer);

        Assert.Null(result.FileError);
        Assert.Equal(["V1", "V3"], result.Visits.Select(v => v.VisitId));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal((2, "V2"), (rejected.Row, rejected.VisitId));
        var reason = Assert.Single(rejected.Errors);
        Assert.StartsWith($"{field} is longer than 1,000,000 characters", reason);
        Assert.DoesNotContain("aaaa", reason);
        Assert.Equal(["short", "short"], analyzer.Seen);
    }

    [Fact]
    public void A_note_at_the_limit_is_read_even_when_escapes_make_its_json_longer()
    {
        // \u00e9 is six bytes of JSON and one character of note: 1,000,000 of them is within the limit.
        var escaped = string.Concat(Enumerable.Repeat("\\u00e9", VisitAssembler.MaxNoteLength));
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Batch("note", escaped), analyzer: analyzer);

        Assert.Empty(result.RejectedRows);
        Assert.Equal(3, result.Visits.Count);
        Assert.Equal(VisitAssembler.MaxNoteLength, analyzer.Seen[1].Length);
    }

    [Fact]
    public void A_note_one_character_over_the_limit_with_escapes_is_rejected()
    {
        var escaped = string.Concat(Enumerable.Repeat("\\u00e9", VisitAssembler.MaxNoteLength + 1));
        var result = Read(Batch("note", escaped));

        Assert.Equal("V2", Assert.Single(result.RejectedRows).VisitId);
        Assert.Contains("1,000,001", Assert.Single(result.RejectedRows).Errors[0]);
    }

    [Fact]
    public void The_huge_note_is_never_made_into_a_string()
    {
        var bytes = Batch("note", new string('a', Huge));
        Read(bytes); // once, so that the reader's pooled buffers exist before counting

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Read(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A string of the note would be 2 bytes a character, a JsonElement copy of it 1 byte a character.
        Assert.True(allocated < Huge / 10, $"reading allocated {allocated:N0} bytes for a note of {Huge:N0} characters");
        Assert.Equal("V2", Assert.Single(result.RejectedRows).VisitId);
    }

    [Fact]
    public void A_csv_note_over_the_limit_rejects_its_row_naming_the_limit()
    {
        var result = Read($"{Header},note\nV1,P1,2026-03-02,medicare,97110,30,{new string('a', VisitAssembler.MaxNoteLength + 1)}\nV2,P2,2026-03-02,medicare,97110,30,short\n");

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(2, rejected.Row);
        Assert.StartsWith("note is longer than 1,000,000 characters", Assert.Single(rejected.Errors));
        Assert.Equal("V2", Assert.Single(result.Visits).VisitId);
    }

    private static IngestResult ParseCapped(byte[] bytes, int maxVisitBytes, RecordingNoteAnalyzer? analyzer = null) =>
        JsonBatchParser.Parse(new ForwardOnlyStream(new MemoryStream(bytes)), new VisitAssembler(FindPayer, analyzer ?? new RecordingNoteAnalyzer(), json: true), maxVisitBytes);

    [Theory]
    [InlineData("\"note\": \"NOTE\"")]
    [InlineData("\"note\": \"NOTE\", \"lines\": [{\"code\": \"97110\", \"minutes\": 30, \"provider\": \"{[\\\"\"}]")]
    public void A_visit_larger_than_the_reader_holds_is_streamed_past_and_rejected_naming_the_limit(string hugePart)
    {
        // Quotes, brackets and escaped quotes inside the note must not end the skipped visit early.
        var note = string.Concat(Enumerable.Repeat("he said \\\"go\\\" {[ ", 300_000));
        var json = $$"""
            {"visits": [
              {"visitId": "V1", "patientId": "P1", "dateOfService": "2026-03-02", "payerId": "medicare", "note": "short",
               "lines": [{"code": "97110", "minutes": 30}]},
              {"visitId": "V2", "patientId": "P2", "dateOfService": "2026-03-02", "payerId": "medicare", {{hugePart.Replace("NOTE", note, StringComparison.Ordinal)}},
               "lines": [{"code": "97110", "minutes": 30}]},
              "not a visit",
              {"visitId": "V3", "patientId": "P3", "dateOfService": "2026-03-02", "payerId": "medicare", "note": "short",
               "lines": [{"code": "97110", "minutes": 30}]}
            ], "batchId": "after"}
            """;
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.True(bytes.Length > 5_000_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ParseCapped(bytes, 1024 * 1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(result.FileError);
        Assert.Equal("after", result.BatchId);
        Assert.Equal(["V1", "V3"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([2, 3], result.RejectedRows.Select(r => r.Row));
        Assert.Equal("the visit is larger than 1 MiB of JSON; a note may have at most 1,000,000 characters", Assert.Single(result.RejectedRows[0].Errors));
        // The reader holds at most its 1 MiB buffer (grown from 64 KiB), never the 6 MB visit.
        Assert.True(allocated < bytes.Length / 2, $"reading allocated {allocated:N0} bytes for {bytes.Length:N0} bytes of JSON");
    }

    [Fact]
    public void A_visit_the_file_ends_inside_is_a_malformed_file_even_when_streamed_past()
    {
        var json = "{\"visits\": [{\"visitId\": \"V1\", \"note\": \"" + new string('a', 3_000_000);

        // The reader's own error, which BatchReader turns into a "malformed JSON" file error.
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ParseCapped(Encoding.UTF8.GetBytes(json), 1024 * 1024));
    }
}
