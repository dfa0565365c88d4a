using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>Issue 14.5: the separator sniffer and the reader agree on what a blank line is.</summary>
public class BlankLineTests
{
    [Theory]
    [InlineData(",,,,\n")]
    [InlineData(";;;\n")]
    [InlineData("\u00A0\n")]
    [InlineData(" , ;\t\u00A0\r\n\n")]
    public void A_blank_line_of_separators_or_non_breaking_spaces_above_a_semicolon_header_is_skipped(string above)
    {
        var result = Read(above + "visit_id;patient_id;date_of_service;payer_id;cpt_code;minutes\nV-1;P-1;2026-03-02;medicare;97110;30\n");

        Assert.Null(result.FileError);
        Assert.Equal(["V-1"], result.Visits.Select(v => v.VisitId));
        Assert.Equal(above.Count(c => c == '\n') + 2, result.Visits[0].FirstRow); // the blank lines keep their row numbers
    }

    [Fact]
    public void A_line_of_separators_among_the_rows_is_skipped_not_rejected()
    {
        var result = Read(Csv(Header, "V-1,P-1,2026-03-02,medicare,97110,30", ",,,;,", "V-2,P-2,2026-03-02,medicare,97110,30"));

        Assert.Empty(result.RejectedRows);
        Assert.Equal([2, 4], result.Visits.Select(v => v.FirstRow));
    }
}
