using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>Issue 14.3: content after the JSON batch is a file error, never a second batch that silently vanishes.</summary>
public class JsonTrailingContentTests
{
    private const string Batch = """{"visits": [{"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-02", "payerId": "medicare", "lines": [{"code": "97110", "minutes": 30}]}]}""";
    private const string Error = "the file goes on after the JSON batch ends (two batches in one file?); send one batch per file";

    [Fact]
    public void Two_batches_concatenated_are_a_file_error_and_neither_is_audited()
    {
        var result = Read(Batch + "\n" + Batch.Replace("V-1", "V-2"));

        Assert.Equal(Error, result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void Content_far_after_the_batch_past_the_read_buffer_is_found_too()
    {
        var result = Read(Batch + new string(' ', 200_000) + "x");

        Assert.Equal(Error, result.FileError);
    }

    [Fact]
    public void Whitespace_and_line_breaks_after_the_batch_are_fine()
    {
        var result = Read(Batch + "\r\n\n  \t" + new string('\n', 100_000));

        Assert.Null(result.FileError);
        Assert.Equal(["V-1"], result.Visits.Select(v => v.VisitId));
    }
}

/// <summary>Issue 14.6: JSON nested past the reader's limit says so, rather than "malformed JSON".</summary>
public class JsonDepthTests
{
    [Theory]
    [InlineData("""{"visits": [{0}]}""")]
    [InlineData("""{"visits": [{"visitId": "V-1", "note": {0}}]}""")]
    public void Json_nested_too_deep_is_a_file_error_that_says_so(string shape)
    {
        var result = Read(shape.Replace("{0}", new string('[', 200) + new string(']', 200)));

        Assert.StartsWith("the JSON is nested too deep at line 1, byte ", result.FileError);
        Assert.EndsWith("(more than 64 levels; a visit batch needs 5)", result.FileError);
    }
}
