using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Issue 14, item 1: a year-to-date amount near decimal's maximum is a rejected row naming the
/// field and the bound (section 2: 0..1,000,000), never a number that reaches the KX sums.
/// </summary>
public class AmountBoundsTests
{
    private const string Max = "79228162514264337593543950335";

    [Theory]
    [InlineData(Max)]
    [InlineData("79228162514264337593543950336")] // beyond decimal
    [InlineData("1000000.01")]
    [InlineData("-5")]
    public void A_csv_ytd_amount_out_of_bounds_rejects_its_row_naming_the_field_and_the_bound(string amount)
    {
        var result = Read($"{Header},ytd_therapy_amount\nV1,P1,2026-03-02,medicare,97110,30,{amount}\nV2,P1,2026-03-03,medicare,97110,30,10\n");

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(2, rejected.Row);
        Assert.Contains("ytd_therapy_amount", rejected.Errors[0]);
        Assert.Contains("from 0 to 1,000,000", rejected.Errors[0]);
        Assert.Equal("V2", Assert.Single(result.Visits).VisitId);
    }

    [Theory]
    [InlineData("\"ytdTherapyAmount\": MAX", "ytdTherapyAmount")]
    [InlineData("\"ytdTherapyAmount\": 1e40", "ytdTherapyAmount")]
    [InlineData("\"ytdTherapyAmounts\": {\"PT_SLP\": MAX}", "ytdTherapyAmounts.PT_SLP")]
    [InlineData("\"ytdTherapyAmounts\": {\"OT\": \"MAX\"}", "ytdTherapyAmounts.OT")]
    public void A_json_ytd_amount_out_of_bounds_rejects_its_visit_naming_the_field_and_the_bound(string ytdJson, string field)
    {
        var extra = ytdJson.Replace("MAX", Max, StringComparison.Ordinal);
        var json = $$"""
            {"visits": [
              {"visitId": "V1", "patientId": "P1", "dateOfService": "2026-03-02", "payerId": "medicare", {{extra}},
               "lines": [{"code": "97110", "minutes": 30}]},
              {"visitId": "V2", "patientId": "P1", "dateOfService": "2026-03-03", "payerId": "medicare",
               "lines": [{"code": "97110", "minutes": 30}]}
            ]}
            """;
        var result = Read(json);

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(1, rejected.Row);
        Assert.Contains(rejected.Errors, e => e.StartsWith(field + " ") && e.Contains("from 0 to 1,000,000"));
        Assert.Equal("V2", Assert.Single(result.Visits).VisitId);
    }

    [Fact]
    public void A_ytd_amount_is_kept_in_cents_as_a_fee_schedule_rounds()
    {
        var result = Read($"{Header},ytd_therapy_amount\nV1,P1,2026-03-02,medicare,97110,30,\"1,210.505\"\nV2,P2,2026-03-02,medicare,97110,30,1000000.004\n");

        Assert.Empty(result.RejectedRows);
        Assert.Equal([1210.51m, 1_000_000m], result.Visits.Select(v => v.YtdFor("PTSLP")!.Value));
    }
}
