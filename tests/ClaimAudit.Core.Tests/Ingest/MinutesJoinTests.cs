using System.Text;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.NoMinutesTests;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>Issue 12: an EMR export's minutes joined onto a claim file's lines by visit id and code (and discipline when it must).</summary>
public class MinutesJoinTests
{
    private static IngestResult Batch(params Visit[] visits) => new() { Visits = visits, RejectedRows = [] };

    [Fact]
    public void Export_rows_of_one_code_add_up_onto_the_claim_line_and_bring_one_on_one_divided_and_assistant_minutes()
    {
        var claims = Batch(Visit("V-1", "P-1", "medicare", "2026-03-04", null, ClaimLine("97110", 2)));
        var export = Batch(Visit("V-1", "P-1", "medicare", "2026-03-04", null,
            Line("97110", 10, oneOnOne: true), Line("97110", 14, oneOnOne: true, dividedAttention: 2, assistantMinutes: 5)));
        var joined = MinutesJoin.Apply(claims, export);

        var line = Assert.Single(Assert.Single(joined.Batch.Visits).Lines);
        Assert.Equal((24, 2, 5, (bool?)true, false), (line.Minutes, line.DividedAttentionMinutes, line.AssistantMinutes, line.OneOnOne, line.MinutesUnknown));
        // The claim's own facts stay: units, modifiers, location.
        Assert.Equal((2, "ST 0001, segment 23"), (line.BilledUnits, line.Location));
        // Pure: the claims read are unchanged.
        Assert.True(Assert.Single(Assert.Single(claims.Visits).Lines).MinutesUnknown);
    }

    [Fact]
    public void Discipline_decides_when_the_export_bills_the_code_in_two()
    {
        var claims = Batch(Visit("V-1", "P-1", "medicare", "2026-03-04", null,
            ClaimLine("97110", 1, row: 23), ClaimLine("97110", 1, modifiers: "GO", role: ProviderRole.OT, row: 27, location: "ST 0001, segment 27")));
        var export = Batch(Visit("V-1", "P-1", "medicare", "2026-03-04", null,
            Line("97110", 15, modifiers: "GO", role: ProviderRole.OT), Line("97110", 20)));
        var lines = Assert.Single(MinutesJoin.Apply(claims, export).Batch.Visits).Lines;
        Assert.Equal([(ProviderRole.PT, 20), (ProviderRole.OT, 15)], lines.Select(l => (l.Role, l.Minutes)));
    }

    [Fact]
    public void A_claim_visit_or_code_the_export_lacks_keeps_its_unknown_minutes_and_is_counted()
    {
        var claims = Batch(
            Visit("V-1", "P-1", "medicare", "2026-03-04", null, ClaimLine("97112", 2), ClaimLine("97140", 1, row: 24)),
            Visit("V-2", "P-2", "medicare", "2026-03-04", null, ClaimLine("97110", 1, row: 40)));
        var export = Batch(Visit("V-1", "P-1", "medicare", "2026-03-04", null, Line("97112", 30)));
        var joined = MinutesJoin.Apply(claims, export);
        Assert.Equal((3, 1, 2, 1), (joined.ClaimLines, joined.LinesJoined, joined.LinesWithoutMinutes, joined.VisitsJoined));
        Assert.True(joined.Batch.Visits[0].Lines.Single(l => l.Code == "97140").MinutesUnknown);
        Assert.True(Assert.Single(joined.Batch.Visits[1].Lines).MinutesUnknown);
    }

    [Fact]
    public void The_exports_notes_are_reviewed_and_a_visit_it_lacks_is_not_read_as_undocumented()
    {
        const string csv = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,billed_units,billed_modifiers,diagnosis_codes,note\n" +
            "V-1,P-1,2026-03-04,medicare,97112,24,N,2,GP,I69.351,\"97112 neuromuscular re-education 24 min one-on-one\"\n";
        var export = Engine.Ingest(new MemoryStream(Encoding.UTF8.GetBytes(csv)), InputFormat.Csv);
        Assert.True(export.NoteColumn);
        var claims = Batch(
            Visit("V-1", "P-1", "medicare", "2026-03-04", null, ClaimLine("97112", 2)),
            Visit("V-2", "P-2", "medicare", "2026-03-04", null, ClaimLine("97112", 2, row: 40)));
        var joined = MinutesJoin.Apply(claims, export);
        Assert.True(joined.Batch.NoteColumn);
        Assert.True(joined.Batch.Visits[0].Note.HasText);
        Assert.True(joined.Batch.Visits[1].NoteUnknown);

        var report = Engine.Evaluate(joined.Batch, BatchHistory.Empty, "b", "c", DateTimeOffset.UnixEpoch).Report;
        var visits = report.Visits.ToDictionary(v => v.VisitId);
        Assert.DoesNotContain(visits["V-2"].Findings, f => f.RuleId == RuleIds.DocNoteMissing);
        // The export says N for one-on-one: with it joined, the attestation rule judges the line.
        Assert.Contains(visits["V-1"].Findings, f => f.RuleId == RuleIds.OneOnOneNotAttested);
    }

    [Fact]
    public void The_claims_authorisation_number_takes_the_exports_dates_and_visit_count()
    {
        // REF*G1 carries the number only; the EMR knows the authorisation ran 2026-01-01 to 2026-02-28 for 12 visits.
        var claim = Visit("V-1", "P-1", "commercial-ama", "2026-03-04", null, ClaimLine("97110", 2));
        claim.Authorization = new VisitAuthorization("A-77", null, null, null);
        var emr = Visit("V-1", "P-1", "commercial-ama", "2026-03-04", null, Line("97110", 30));
        emr.Authorization = new VisitAuthorization("a-77", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), 12);
        var joined = Assert.Single(MinutesJoin.Apply(Batch(claim), Batch(emr)).Batch.Visits);
        Assert.Equal(new VisitAuthorization("A-77", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), 12), joined.Authorization);

        // Another number on the claim is what goes out: it is kept as it is.
        claim.Authorization = new VisitAuthorization("B-1", null, null, null);
        Assert.Equal(new VisitAuthorization("B-1", null, null, null), Assert.Single(MinutesJoin.Apply(Batch(claim), Batch(emr)).Batch.Visits).Authorization);
    }
}
