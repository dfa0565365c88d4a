using System.Text;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;
using static ClaimAudit.Core.Tests.Ingest.X12.X12Text;

namespace ClaimAudit.Core.Tests.Ingest.X12;

/// <summary>837P claims in (PRODUCT.md section 12), read into visits like a CSV batch.</summary>
public class Claim837Tests
{
    private static IngestResult Read837(string text, InputFormat format = InputFormat.X12, PayerMap? payers = null)
    {
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer(), knownPayerIds: ["medicare", "flat-rate"]);
        return reader.Read(new ForwardOnlyStream(new MemoryStream(Encoding.UTF8.GetBytes(text))), format,
            new IngestOptions { Payers = payers ?? PayerMap.Empty });
    }

    private static readonly string[] TwoLineClaim =
    [
        .. Billing, .. Subscriber(2, "P-77"),
        "CLM*V-1*120***11:B:1*Y*A*Y*Y", "REF*G1*AUTH-9", "HI*ABK:I69351*ABF:R2689",
        "NM1*82*1*LEE*SAM****XX*1234567890", "PRV*PE*PXC*225100000X",
        .. Line(1, "97112:GP:59", 2, control: "LC-1"), .. Line(2, "97110:GP", 1, control: "LC-2"),
    ];

    [Fact]
    public void A_claim_becomes_a_visit_with_its_lines_units_modifiers_and_positions()
    {
        var result = Read837(Interchange(TwoLineClaim));

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        Assert.False(result.NoteColumn);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(("V-1", "P-77", new DateOnly(2026, 3, 2), "medicare"), (visit.VisitId, visit.PatientId, visit.DateOfService, visit.PayerId));
        Assert.Equal(["I69.351", "R26.89"], visit.DiagnosisCodes);
        Assert.Equal("AUTH-9", visit.Authorization?.Number);
        Assert.Equal(["97112", "97110"], visit.Lines.Select(l => l.Code));
        Assert.Equal([2, 1], visit.Lines.Select(l => l.BilledUnits ?? -1));
        Assert.Equal(["GP", "59"], visit.Lines[0].BilledModifiers);
        Assert.Equal(["LC-1", "LC-2"], visit.Lines.Select(l => l.LineControl));
        Assert.All(visit.Lines, l => Assert.Equal((0, true, ProviderRole.PT, "LEE, SAM (1234567890)"), (l.Minutes, l.MinutesUnknown, l.Role, l.Provider)));
        // ISA 1, GS 2, ST 3 …: the first SV1 is the file's 20th segment, the 18th of its set.
        Assert.Equal([20, 24], visit.Lines.Select(l => l.Row));
        Assert.Equal(["ST 0001, segment 18", "ST 0001, segment 22"], visit.Lines.Select(l => l.Location));
        Assert.Equal(20, visit.FirstRow);
    }

    [Theory]
    [InlineData('*', ':', '^', '~', "\n")]
    [InlineData('|', '^', 'U', '\n', "")]
    [InlineData('!', '>', '{', '\'', "\r\n")]
    [InlineData('^', '\\', '}', '~', "")]
    public void The_same_claim_reads_the_same_whatever_the_separators(char element, char component, char repetition, char terminator, string after)
    {
        var visit = Assert.Single(Read837(Interchange(TwoLineClaim, element, component, repetition, terminator, after)).Visits);
        Assert.Equal(["97112", "97110"], visit.Lines.Select(l => l.Code));
        Assert.Equal(["GP", "59"], visit.Lines[0].BilledModifiers);
        Assert.Equal(["I69.351", "R26.89"], visit.DiagnosisCodes);
    }

    [Fact]
    public void A_claim_spanning_several_dates_is_split_into_a_visit_per_date()
    {
        var result = Read837(Interchange([
            .. Billing, .. Subscriber(2, "P-1"), "CLM*V-9*160***11:B:1*Y*A*Y*Y",
            .. Line(1, "97112:GP", 2, "20260302"), .. Line(2, "97110:GP", 1, "20260302"), .. Line(3, "97112:GP", 2, "20260305"),
        ]));

        Assert.Empty(result.RejectedRows);
        Assert.Equal([("V-9", new DateOnly(2026, 3, 2), 2), ("V-9@2026-03-05", new DateOnly(2026, 3, 5), 1)],
            result.Visits.Select(v => (v.VisitId, v.DateOfService, v.Lines.Count)));
    }

    [Fact]
    public void An_RD8_range_dates_the_line_on_its_first_day()
    {
        var visit = Assert.Single(Read837(Interchange([.. Billing, .. Subscriber(2, "P-1"), "CLM*V-2*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1, "20260303-20260307")])).Visits);
        Assert.Equal(new DateOnly(2026, 3, 3), visit.DateOfService);
    }

    [Fact]
    public void An_unmapped_payer_rejects_its_claims_by_name_with_their_positions_and_a_mapped_one_reads()
    {
        var text = Interchange([
            .. Billing,
            .. Subscriber(2, "P-1", "ACME HEALTH PLAN", "99999"), "CLM*V-3*80***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 2), .. Line(2, "97140:GP", 1),
            .. Subscriber(3, "P-2", "NORIDIAN JF", "01112"), "CLM*V-4*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1),
        ]);

        var result = Read837(text, payers: PayerMap.Create([new("Noridian JF", "medicare")]));

        Assert.Equal("V-4", Assert.Single(result.Visits).VisitId);
        Assert.Equal("medicare", result.Visits[0].PayerId);
        Assert.Equal([(16, "ST 0001, segment 14"), (19, "ST 0001, segment 17")], result.RejectedRows.Select(r => (r.Row, r.Location)));
        Assert.All(result.RejectedRows, r =>
        {
            Assert.Equal("V-3", r.VisitId);
            Assert.StartsWith("payer 'ACME HEALTH PLAN' (payer id '99999') is not mapped to a payer profile", Assert.Single(r.Errors));
        });

        // The payer map may name the payer id instead of the name.
        var byId = Read837(text, payers: PayerMap.Create([new("99999", "flat-rate"), new("Noridian JF", "medicare")]));
        Assert.Empty(byId.RejectedRows);
        Assert.Equal(["flat-rate", "medicare"], byId.Visits.Select(v => v.PayerId));
    }

    [Fact]
    public void The_patient_loop_names_the_patient_when_it_has_an_id_else_the_subscriber_does()
    {
        var result = Read837(Interchange([
            .. Billing,
            "HL*2*1*22*1", "SBR*P*01*******CI", "NM1*IL*1*DOE*SUB****MI*SUB-1", "NM1*PR*2*MEDICARE*****PI*medicare",
            "HL*3*2*23*0", "PAT*19", "NM1*QC*1*DOE*KID****MI*KID-1", "CLM*V-5*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1),
            "HL*4*2*23*0", "PAT*19", "NM1*QC*1*DOE*KID2", "CLM*V-6*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1),
        ]));
        Assert.Equal([("V-5", "KID-1"), ("V-6", "SUB-1")], result.Visits.Select(v => (v.VisitId, v.PatientId)));
    }

    [Fact]
    public void The_rendering_taxonomy_gives_the_role_and_a_line_level_provider_overrides_the_claims()
    {
        var result = Read837(Interchange([
            .. Billing, .. Subscriber(2, "P-1"), "CLM*V-7*160***11:B:1*Y*A*Y*Y",
            "NM1*82*1*ASSIST*PAT****XX*1000000029", "PRV*PE*PXC*225200000X",
            .. Line(1, "97110:GP:CQ", 2),
            .. Line(2, "97530:GO", 2), "NM1*82*1*OTR*OLI****XX*1000000037", "PRV*PE*PXC*225X00000X",
            .. Line(3, "97535:GO:CO", 1), "NM1*82*1*COTA*CAM****XX*1000000045", "PRV*PE*PXC*224Z00000X",
            .. Line(4, "92507:GN", 1), "NM1*82*1*SPEECH*SAL****XX*1000000052", "PRV*PE*PXC*235Z00000X",
        ]));
        var visit = Assert.Single(result.Visits);
        Assert.Equal([ProviderRole.PTA, ProviderRole.OT, ProviderRole.OTA, ProviderRole.SLP], visit.Lines.Select(l => l.Role));
        Assert.Equal("OTR, OLI (1000000037)", visit.Lines[1].Provider);
    }

    [Fact]
    public void A_truncated_file_keeps_the_claims_before_the_cut_and_rejects_the_cut_one_by_position()
    {
        var text = Interchange([
            .. Billing, .. Subscriber(2, "P-1"),
            "CLM*V-10*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1),
            "CLM*V-11*80***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1), .. Line(2, "97112:GP", 1),
        ]);
        var cut = text[..(text.LastIndexOf("DTP*472", StringComparison.Ordinal) + 5)];

        var result = Read837(cut);

        Assert.Null(result.FileError);
        Assert.Equal("V-10", Assert.Single(result.Visits).VisitId);
        Assert.Equal([(20, "ST 0001, segment 18"), (23, "ST 0001, segment 21")], result.RejectedRows.Select(r => (r.Row, r.Location)));
        Assert.All(result.RejectedRows, r => Assert.Equal(
            "claim V-11 is cut off: the file ends inside a segment (DTP at ST 0001, segment 22 has no segment terminator '~'): it is truncated; it is not audited",
            Assert.Single(r.Errors)));
    }

    [Fact]
    public void A_file_cut_after_a_claim_ends_keeps_it_and_says_where_the_file_stops()
    {
        // The next subscriber loop closes V-10; the file then stops before any claim of it.
        var text = Interchange([.. Billing, .. Subscriber(2, "P-1"), "CLM*V-10*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1), .. Subscriber(3, "P-2")]);
        var cut = text[..(text.IndexOf("SE*", StringComparison.Ordinal))];

        var result = Read837(cut);

        Assert.Equal("V-10", Assert.Single(result.Visits).VisitId);
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal((22, "ST 0001, segment 20"), (rejected.Row, rejected.Location));
        Assert.Null(rejected.VisitId);
        Assert.Equal("the file ends inside transaction set ST 0001 (after its segment 19, with no SE): it is truncated", Assert.Single(rejected.Errors));
    }

    [Fact]
    public void A_file_cut_after_the_last_line_of_a_claim_rejects_that_claim_since_more_lines_may_have_followed()
    {
        var text = Interchange([.. Billing, .. Subscriber(2, "P-1"), "CLM*V-10*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1)]);
        var result = Read837(text[..(text.IndexOf("SE*", StringComparison.Ordinal))]);

        Assert.Empty(result.Visits);
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(("V-10", 16), (rejected.VisitId, rejected.Row));
        Assert.StartsWith("claim V-10 is cut off: the file ends inside transaction set ST 0001", Assert.Single(rejected.Errors));
    }

    [Fact]
    public void A_wrong_SE_count_rejects_every_claim_of_the_set()
    {
        var result = Read837(Interchange(TwoLineClaim, seCount: 7));
        Assert.Empty(result.Visits);
        Assert.Equal([20, 24], result.RejectedRows.Select(r => r.Row));
        Assert.All(result.RejectedRows, r => Assert.StartsWith("transaction set ST 0001: SE01 says the transaction set has 7 segments, but ST 0001 … SE has 25", Assert.Single(r.Errors)));
    }

    [Fact]
    public void A_file_named_837_that_is_not_X12_is_a_file_error()
    {
        var result = Read837("visit_id,patient_id\nV-1,P-1\n");
        Assert.Contains("does not start with an ISA segment", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void Bad_lines_and_void_claims_are_rejected_with_reasons_never_dropped()
    {
        var result = Read837(Interchange([
            .. Billing, .. Subscriber(2, "P-1"),
            "CLM*V-20*40***11:B:8*Y*A*Y*Y", .. Line(1, "97110:GP", 1),
            "CLM*V-21*80***11:B:1*Y*A*Y*Y", "LX*1", "SV1*ER:97110:GP*40*UN*1***1", "DTP*472*D8*20260302", "LX*2", "SV1*HC:97112:GPX*40*UN*1***1",
            "CLM*V-22*0***11:B:1*Y*A*Y*Y",
        ]));
        Assert.Empty(result.Visits);
        var reasons = result.RejectedRows.SelectMany(r => r.Errors).ToList();
        Assert.Contains(reasons, e => e.Contains("V-20 is a void (CLM05-3 frequency 8)"));
        Assert.Contains(reasons, e => e.Contains("SV101-1 'ER' is not HC"));
        Assert.Contains(reasons, e => e == "missing service date (DTP*472)");
        Assert.Contains(reasons, e => e.Contains("modifier (SV101-3 … SV101-6) 'GPX' is not a 2-character modifier"));
        Assert.Contains(reasons, e => e.Contains("V-22 has no service lines"));
        Assert.All(result.RejectedRows, r => Assert.StartsWith("ST 0001, segment ", r.Location));
    }

    [Theory]
    [InlineData(InputFormat.Auto)]
    [InlineData(InputFormat.Csv)]
    [InlineData(InputFormat.Json)]
    public void A_stream_that_starts_with_ISA_is_read_as_X12_whatever_was_asked(InputFormat asked)
    {
        var result = Read837("\uFEFF\r\n  " + Interchange(TwoLineClaim), asked);
        Assert.Null(result.FileError);
        Assert.Equal("V-1", Assert.Single(result.Visits).VisitId);
    }

    [Fact]
    public void A_name_in_Latin_1_does_not_stop_the_claims_from_being_read()
    {
        var text = Interchange(TwoLineClaim).Replace("NM1*IL*1*DOE*PAT", "NM1*IL*1*DO\u00CB*PAT", StringComparison.Ordinal);
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer());
        var result = reader.Read(new MemoryStream(Encoding.Latin1.GetBytes(text)), InputFormat.Auto);
        Assert.Null(result.FileError);
        Assert.Equal("P-77", Assert.Single(result.Visits).PatientId);
    }

    [Fact]
    public void An_unreadable_service_date_is_one_reason_not_two()
    {
        var result = Read837(Interchange([.. Billing, .. Subscriber(2, "P-1"), "CLM*V-2*40***11:B:1*Y*A*Y*Y", .. Line(1, "97110:GP", 1, "20260230")]));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(["service date (DTP*472) '20260230' is not a D8 date (CCYYMMDD)"], rejected.Errors);
    }

    [Fact]
    public void A_CSV_whose_first_header_is_ISA_stays_a_CSV()
    {
        var result = Read837("ISA,visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes\nx,V-1,P-1,2026-03-02,medicare,97110,15\n", InputFormat.Auto);
        Assert.Null(result.FileError);
        Assert.Equal("V-1", Assert.Single(result.Visits).VisitId);
    }

    [Theory]
    [InlineData("claims.837", InputFormat.X12)]
    [InlineData("CLAIMS.X12", InputFormat.X12)]
    [InlineData("batch.edi", InputFormat.X12)]
    [InlineData("claims.txt", InputFormat.Csv)]
    public void Extensions_map_to_formats(string name, InputFormat format) =>
        Assert.Equal(format, BatchReader.FormatFromFileName(name));
}
