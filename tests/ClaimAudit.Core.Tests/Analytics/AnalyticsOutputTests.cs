using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using Xunit;
using static ClaimAudit.Core.Tests.Analytics.AnalyticsSamples;

namespace ClaimAudit.Core.Tests.Analytics;

// The three writers of the analytics, on the hand-worked example (AnalyticsSamples) and on hostile ids.
public sealed class AnalyticsOutputTests
{
    private static readonly AnalyticsReport Report = Build();

    internal const string HtmlPayload = "<b>x</b>";
    internal const string FormulaPayload = "=HYPERLINK(\"http://x\")";

    /// <summary>The example plus a never-remitted visit whose id is markup, and a remitted claim whose 835 id is a formula.</summary>
    internal static AnalyticsReport Hostile()
    {
        var claims = Claims().Append(Claim(HtmlPayload, Medicare, new(2026, 5, 10), "clean", [Line("97110", 1, 30m, null, [1], ["GP"])]));
        var remits = AnalyticsSamples.Remittances().Append(new RemittanceAdvice
        {
            Key = "EVIL/1", PaymentDate = new(2026, 5, 30),
            Claims = [new ClaimPayment { PatientControlNumber = FormulaPayload, Status = 1, Charge = 10m, Paid = 10m, Location = "CLP 1" }],
        });
        return AnalyticsBuilder.Build("riverside-pt", claims, remits, PayerProfileSet.Shipped, new AnalyticsOptions(null, null, AsOf), Generated);
    }

    private static byte[] Write(Action<Stream, AnalyticsReport> write, AnalyticsReport report)
    {
        using var stream = new MemoryStream();
        write(stream, report);
        return stream.ToArray();
    }

    // ---- JSON --------------------------------------------------------------------------------

    [Fact]
    public void Json_has_the_camel_case_names_a_client_reads_categories_by_name_and_plain_dates()
    {
        using var doc = JsonDocument.Parse(Write(AnalyticsJson.Write, Report));
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("riverside-pt", root.GetProperty("clinicId").GetString());
        Assert.Equal("2026-05-31", root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("from").ValueKind);

        var totals = root.GetProperty("totals");
        Assert.Equal(0.75, totals.GetProperty("denialRate").GetDouble());
        Assert.Equal(156.00m, totals.GetProperty("denied").GetDecimal());
        Assert.Equal(61.7, totals.GetProperty("daysInAr").GetDouble());
        Assert.Equal(0.3791, totals.GetProperty("arOver90Share").GetDouble());
        Assert.Equal(0.5, totals.GetProperty("firstPassResolutionRate").GetDouble());

        var rate = root.GetProperty("denialRates")[1];
        Assert.Equal(("97110", "medicare", 3, 1), (rate.GetProperty("code").GetString(), rate.GetProperty("payerId").GetString(),
            rate.GetProperty("lines").GetInt32(), rate.GetProperty("deniedLines").GetInt32()));
        Assert.Equal(0.3158, rate.GetProperty("dollarDenialRate").GetDouble());

        var reason = root.GetProperty("reasonCodes")[0];
        Assert.Equal(("units", "CO-151"), (reason.GetProperty("category").GetString(), reason.GetProperty("code").GetString()));

        var score = root.GetProperty("scorecard")[1];
        Assert.Equal(("CODE_REPLACED_FOR_PAYER", "coverage"), (score.GetProperty("ruleId").GetString(), score.GetProperty("predicted").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("scorecard")[3].GetProperty("predicted").ValueKind);   // UNITS_UNDERBILLED
        Assert.Equal(JsonValueKind.Null, root.GetProperty("scorecard")[0].GetProperty("precision").ValueKind);   // nothing sent unchanged

        var open = root.GetProperty("openClaims")[0];
        Assert.Equal(("V5", "2026-01-30", "120+"), (open.GetProperty("visitId").GetString(), open.GetProperty("dateOfService").GetString(), open.GetProperty("bucket").GetString()));
        Assert.Equal("necessity", root.GetProperty("misses")[1].GetProperty("category").GetString());
        Assert.Equal(["CO-50"], root.GetProperty("misses")[1].GetProperty("lines")[0].GetProperty("codes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(5, root.GetProperty("aging").GetArrayLength());
        Assert.Equal("date of service differs (835 2026-04-16, audit 2026-04-15)", root.GetProperty("unmatched")[0].GetProperty("reason").GetString());
        Assert.Equal(-2.00m, root.GetProperty("balancing")[0].GetProperty("difference").GetDecimal());
        var reference = root.GetProperty("references")[2];
        Assert.Equal(("Days in AR", "25–35 days", false), (reference.GetProperty("measure").GetString(), reference.GetProperty("reference").GetString(), reference.GetProperty("meets").GetBoolean()));
    }

    [Fact]
    public void Json_reads_back_to_the_same_figures()
    {
        var back = AnalyticsJson.Deserialize(AnalyticsJson.Serialize(Report))!;
        Assert.Equal(Report.Totals, back.Totals);
        Assert.Equal(Report.DenialRates, back.DenialRates);
        Assert.Equal(Report.ReasonCodes, back.ReasonCodes);
        Assert.Equal(Report.Scorecard, back.Scorecard);
        Assert.Equal(Report.OpenClaims, back.OpenClaims);
    }

    // ---- CSV ---------------------------------------------------------------------------------

    [Fact]
    public void Csv_is_one_table_whose_section_column_says_what_each_row_is()
    {
        var bytes = Write(AnalyticsCsv.Write, Report);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', AnalyticsCsv.Columns) + "\r\n", text);

        var rows = Reporting.ReportCsvTests.ReadBack(bytes);
        // 13 totals, 5 denial rates, 2 reason codes, 5 buckets, 5 open claims, 5 rules, 2 miss categories + 1 missed line,
        // 3 unmatched, 1 balancing, 4 references.
        Assert.Equal(
            [("totals", 13), ("denial-rate", 5), ("reason-code", 2), ("aging", 5), ("open-claim", 5), ("scorecard", 5), ("miss", 3),
             ("unmatched", 3), ("balancing", 1), ("reference", 4)],
            rows.GroupBy(r => r["section"]).Select(g => (g.Key, g.Count())));

        var total = (string name) => rows.Single(r => r["section"] == "totals" && r["name"] == name)["value"];
        Assert.Equal(("0.75", "455.00", "156.00", "61.7", "0.3791"), (total("denial_rate"), total("charged"), total("denied"), total("days_in_ar"), total("ar_over_90_share")));

        var rate = rows.Single(r => r["section"] == "denial-rate" && r["code"] == "97112");
        Assert.Equal(("medicare", "1", "1", "1", "45.00", "16.00", "0.3556"),
            (rate["payer_id"], rate["count"], rate["denied_count"], rate["rate"], rate["charged"], rate["denied_amount"], rate["dollar_rate"]));
        var score = rows.Single(r => r["section"] == "scorecard" && r["name"] == "UNITS_OVERBILLED");
        Assert.Equal(("units", "1", "1", "1", "0", "1"), (score["category"], score["count"], score["sent_unchanged"], score["denied_as_predicted"], score["denied_otherwise"], score["rate"]));
        var aging = rows.Single(r => r["section"] == "aging" && r["name"] == "31–60");
        Assert.Equal(("2", "130.00"), (aging["count"], aging["amount"]));
        var miss = rows.Single(r => r["section"] == "miss" && r["name"] == "line");
        Assert.Equal(("necessity", "V3", "CO-50", "N115", "80.00", "CODE_REPLACED_FOR_PAYER"), (miss["category"], miss["visit_id"], miss["codes"], miss["remarks"], miss["amount"], miss["rules"]));
        Assert.Equal("-2.00", rows.Single(r => r["section"] == "balancing")["amount"]);   // a number stays a number
        Assert.All(rows.Where(r => r["section"] == "reference"), r => Assert.Equal("industry reference", r["detail"]));
    }

    [Fact]
    public void Csv_neutralises_a_formula_in_an_id()
    {
        var rows = Reporting.ReportCsvTests.ReadBack(Write(AnalyticsCsv.Write, Hostile()));
        var evil = rows.Single(r => r["section"] == "unmatched" && r["name"] == "EVIL/1");
        Assert.Equal("'" + FormulaPayload, evil["visit_id"]);
        Assert.Contains(rows, r => r["section"] == "open-claim" && r["visit_id"] == HtmlPayload);
    }

    // ---- HTML --------------------------------------------------------------------------------

    [Fact]
    public void Html_is_self_contained_with_charts_the_figures_and_the_references_labelled()
    {
        var html = Encoding.UTF8.GetString(Write(AnalyticsHtml.Write, Report));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("<svg", html);
        Assert.Contains("data-chart=\"denial-rate\"", html);
        Assert.Contains("data-chart=\"aging\"", html);
        Assert.Contains("data-metric=\"denial-rate\" data-value=\"0.75\">75%<", html);
        Assert.Contains("data-metric=\"clean-claim-rate\" data-value=\"0.6667\">66.7%<", html);
        Assert.Contains("data-metric=\"days-in-ar\" data-value=\"61.7\">61.7<", html);
        Assert.Contains("data-metric=\"denied\" data-value=\"156.00\">$156.00<", html);
        Assert.Contains("data-bucket=\"120+\" data-amount=\"100.00\" data-claims=\"1\"", html);
        Assert.Contains("data-code=\"97112\" data-payer=\"medicare\" data-rate=\"1\"", html);
        Assert.Contains("data-precision=\"1\">100%<", html);     // UNITS_OVERBILLED
        Assert.Contains("data-precision=\"\">—<", html);          // MOD_DISCIPLINE_MISSING: nothing went out unchanged
        Assert.Contains("industry reference", html);
        Assert.Contains("More services or units than the payer pays", html);
        Assert.Contains("date of service differs (835 2026-04-16, audit 2026-04-15)", html);
    }

    [Fact]
    public void Html_encodes_ids_from_the_data()
    {
        var html = Encoding.UTF8.GetString(Write(AnalyticsHtml.Write, Hostile()));
        Assert.DoesNotContain(HtmlPayload, html);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
        Assert.Contains("data-visit-id=\"&lt;b&gt;x&lt;/b&gt;\"", html);
        Assert.Contains("=HYPERLINK(&quot;http://x&quot;)", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
