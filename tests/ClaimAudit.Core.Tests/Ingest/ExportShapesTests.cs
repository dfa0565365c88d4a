using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>PRODUCT.md section 13: the exports clinics already have, read without reshaping them by hand.</summary>
public class ExportShapesTests
{
    private static IngestResult ReadWith(string text, IngestOptions options)
    {
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer(), knownPayerIds: ["medicare", "flat-rate"]);
        return reader.Read(new ForwardOnlyStream(new MemoryStream(Encoding.UTF8.GetBytes(text))), InputFormat.Auto, options);
    }

    private static IngestResult ReadWith(string text, ColumnMap? columns = null, PayerMap? payers = null) =>
        ReadWith(text, new IngestOptions { Columns = columns ?? ColumnMap.Empty, Payers = payers ?? PayerMap.Empty });

    [Fact]
    public void A_billing_export_with_vendor_headers_is_read_with_the_built_in_aliases()
    {
        var result = ReadWith(Csv(
            "Encounter ID,Patient Account #,Patient Name,DOS,Primary Insurance,CPT Code,Mod 1,Mod 2,Mod 3,Mod 4,Units,Treatment Minutes,Rendering Provider,Provider Credentials,ICD-10 1,ICD-10 2,ICD-10 3,Treatment Note,1:1",
            "E-1,A-9,\"Doe, J\",03/02/26,medicare,97110,GP,KX,,,2,38 min,\"Lee, Sam\",DPT,M17.11,,R26.89,Ther ex 38 min,Yes",
            "E-1,A-9,\"Doe, J\",03/02/26,medicare,97140,GP,59,,,1,8.0,\"Lee, Sam\",DPT,M17.11,,R26.89,Manual 8 min,Yes"));

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(("E-1", "A-9", new DateOnly(2026, 3, 2), "medicare"), (visit.VisitId, visit.PatientId, visit.DateOfService, visit.PayerId));
        Assert.Equal(["M17.11", "R26.89"], visit.DiagnosisCodes); // ICD-10 1..3 folded in order, the blank one skipped
        Assert.Equal(["GP", "KX"], visit.Lines[0].BilledModifiers); // Mod 1..4 folded in order
        Assert.Equal(["GP", "59"], visit.Lines[1].BilledModifiers);
        Assert.Equal([38, 8], visit.Lines.Select(l => l.Minutes));
        Assert.Equal([2, 1], visit.Lines.Select(l => l.BilledUnits ?? -1));
        Assert.All(visit.Lines, l => Assert.Equal((ProviderRole.PT, "Lee, Sam", true), (l.Role, l.Provider, l.OneOnOne)));
        Assert.True(result.NoteColumn);
    }

    [Fact]
    public void Two_headers_for_one_field_are_a_file_error_naming_both()
    {
        var result = ReadWith(Csv("Encounter ID,Visit Number,Patient,DOS,Payer,CPT,Minutes", "E-1,V-1,P-1,2026-03-02,medicare,97110,30"));

        Assert.Equal("columns 'Encounter ID' (column A) and 'Visit Number' (column B) both map to visit_id; keep one, or map the other to \"ignore\" in the column map; " +
                     "required column missing from the header: patient_id (if the export calls it something else, name it in the column map)", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void A_report_title_above_the_header_is_refused_saying_which_row_is_the_header()
    {
        var text = Csv("Billing Export - March 2026,,,,", "", "Encounter ID,Patient Account #,DOS,Primary Insurance,CPT Code,Treatment Minutes", "E-1,A-9,03/02/26,medicare,97110,30");

        var result = ReadWith(text);
        var preview = new BatchReader(FindPayer, new RecordingNoteAnalyzer()).PreviewHeader(new MemoryStream(Encoding.UTF8.GetBytes(text)), InputFormat.Auto);

        Assert.Equal("no header row: the first line must name the columns, at least visit_id, patient_id, date_of_service, payer_id, cpt_code, minutes (it names none of the expected columns)" +
                     "; row 3 looks like the header (Encounter ID, Patient Account #, DOS, Primary Insurance, …): delete the rows above it", result.FileError);
        Assert.Empty(result.Visits);
        Assert.Equal(result.FileError, preview.FileError);
    }

    [Fact]
    public void A_column_map_names_a_clinics_own_headers_and_can_ignore_one_of_two_candidates()
    {
        var map = ColumnMap.Parse("""{"Svc Dt": "date_of_service", "Pt #": "patient_id", "Payer ID": "ignore", "Proc Mod A": "billed_modifiers", "Proc Mod B": "billed_modifiers"}"""u8);
        var text = Csv("Ticket,Pt #,Svc Dt,Payer ID,Payer Name,CPT,Proc Mod A,Proc Mod B,Minutes", "T-1,P-1,20260302,00882,Medicare,97110,GP,KX,30");

        var without = ReadWith(text);
        var with = ReadWith(text, map);

        Assert.StartsWith("columns 'Payer ID' (column D) and 'Payer Name' (column E) both map to payer_id", without.FileError);
        Assert.Null(with.FileError);
        var visit = Assert.Single(with.Visits);
        Assert.Equal(("P-1", new DateOnly(2026, 3, 2), "medicare"), (visit.PatientId, visit.DateOfService, visit.PayerId));
        Assert.Equal(["GP", "KX"], visit.Lines[0].BilledModifiers);
    }

    [Fact]
    public void A_column_map_naming_something_that_is_not_a_field_is_refused_with_the_fields_listed()
    {
        var error = Assert.Throws<InvalidDataException>(() => ColumnMap.Parse("""{"Svc Dt": "service_date", "Mins": "minutes"}"""u8));
        Assert.StartsWith("the column map is not valid: 'Svc Dt' maps to 'service_date', which is not a field (use one of visit_id, patient_id, date_of_service", error.Message);
        Assert.Throws<InvalidDataException>(() => ColumnMap.Parse("""["Svc Dt"]"""u8));
        Assert.Throws<InvalidDataException>(() => ColumnMap.Parse("""{"Svc Dt": 3}"""u8));
    }

    [Fact]
    public void Payer_names_map_to_profiles_ignoring_case_spaces_and_punctuation()
    {
        var payers = PayerMap.Parse("""{"Medicare Part B": "medicare", "NORIDIAN JF": "Medicare"}"""u8);
        var result = ReadWith(Csv(Header,
            "V-1,P-1,2026-03-02,MEDICARE - PART B,97110,30",
            "V-1,P-1,2026-03-02,Noridian J.F.,97140,8",
            "V-2,P-2,2026-03-02,Medicare,97110,30"), payers: payers);

        Assert.Empty(result.RejectedRows); // two spellings of one payer are one payer for the visit
        Assert.All(result.Visits, v => Assert.Equal("medicare", v.PayerId));
        Assert.Equal(2, result.Visits[0].Lines.Count);
    }

    [Fact]
    public void A_payer_neither_a_profile_nor_mapped_rejects_its_rows_naming_the_value_and_the_closest_known_names()
    {
        var payers = PayerMap.Parse("""{"Medicare Part B": "medicare", "Aetna PPO": "flat-rate"}"""u8);
        var result = ReadWith(Csv(Header,
            "V-1,P-1,2026-03-02,Medicare Part A,97110,30",
            "V-2,P-2,2026-03-02,Medicare Part B,97110,30"), payers: payers);

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(2, rejected.Row);
        Assert.Equal(["unknown payer 'Medicare Part A' (closest known: 'Medicare Part B', 'medicare', 'Aetna PPO'; add it to the payer map)"], rejected.Errors);
        Assert.Equal(["V-2"], result.Visits.Select(v => v.VisitId));
    }

    [Fact]
    public void A_payer_map_entry_naming_no_profile_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => PayerMap.Parse("""{"Aetna PPO": "aetna"}"""u8, id => id == "medicare"));
        Assert.Equal("the payer map is not valid: 'Aetna PPO' maps to 'aetna', which is not a payer profile", error.Message);
    }

    [Theory]
    [InlineData("PT", ProviderRole.PT)]
    [InlineData("DPT", ProviderRole.PT)]
    [InlineData("mpt", ProviderRole.PT)]
    [InlineData("PTA", ProviderRole.PTA)]
    [InlineData("L.P.T.A.", ProviderRole.PTA)]
    [InlineData("OT", ProviderRole.OT)]
    [InlineData("OTR", ProviderRole.OT)]
    [InlineData("OTR/L", ProviderRole.OT)]
    [InlineData("COTA", ProviderRole.OTA)]
    [InlineData("OTA", ProviderRole.OTA)]
    [InlineData("SLP", ProviderRole.SLP)]
    [InlineData("CCC-SLP", ProviderRole.SLP)]
    public void Credentials_map_to_the_discipline_that_bills(string credential, ProviderRole role)
    {
        var result = ReadWith(Csv("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,Provider Credentials", $"V-1,P-1,2026-03-02,medicare,97110,30,{credential}"));

        Assert.Equal(role, Assert.Single(Assert.Single(result.Visits).Lines).Role);
    }

    [Fact]
    public void An_unknown_credential_rejects_its_row_naming_the_column_as_the_export_calls_it()
    {
        var result = ReadWith(Csv("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,Provider Credentials", "V-1,P-1,2026-03-02,medicare,97110,30,ATC"));

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(["provider_role (Provider Credentials) 'ATC' is not a discipline or credential we know (PT, PTA, OT, OTA, SLP; DPT, MPT, LPTA, OTR, OTR/L, COTA, CCC-SLP)"], rejected.Errors);
        Assert.Empty(result.Visits);
    }

    [Theory]
    [InlineData("2026-03-04")]
    [InlineData("3/4/2026")]
    [InlineData("03/04/26")]
    [InlineData("3/4/26")]
    [InlineData("20260304")]
    [InlineData("2026-03-04T09:30:00")]
    [InlineData("2026-03-04 09:30")]
    [InlineData("03/04/2026 9:30 AM")]
    [InlineData("3/4/2026 0:00:00")]
    [InlineData("46085")] // Excel's serial day number of 2026-03-04 (days since 1899-12-30)
    [InlineData("46085.375")]
    public void Dates_are_read_as_exports_write_them(string written)
    {
        var result = ReadWith(Csv(Header, $"V-1,P-1,{written},medicare,97110,30"));

        Assert.Equal(new DateOnly(2026, 3, 4), Assert.Single(result.Visits).DateOfService);
    }

    [Theory]
    [InlineData("2026-13-04")]
    [InlineData("3/4")]
    [InlineData("0304")]
    [InlineData("2026-03-04 soon")]
    [InlineData("46085.5x")]
    public void What_is_not_a_date_is_still_refused(string written)
    {
        var result = ReadWith(Csv(Header, $"V-1,P-1,{written},medicare,97110,30"));

        Assert.StartsWith($"date_of_service '{written}' is not a date", Assert.Single(Assert.Single(result.RejectedRows).Errors));
    }

    [Theory]
    [InlineData("23", 23)]
    [InlineData("23 min", 23)]
    [InlineData("23min", 23)]
    [InlineData("23 MINS", 23)]
    [InlineData("23 minutes", 23)]
    [InlineData("23.0", 23)]
    public void Minutes_are_read_as_exports_write_them(string written, int minutes)
    {
        var result = ReadWith(Csv(Header, $"V-1,P-1,2026-03-04,medicare,97110,{written}"));

        Assert.Equal(minutes, Assert.Single(Assert.Single(result.Visits).Lines).Minutes);
    }

    [Theory]
    [InlineData("23.5 min")]
    [InlineData("min")]
    [InlineData("twenty min")]
    public void Minutes_that_are_not_a_whole_number_are_refused_naming_the_export_column(string written)
    {
        var result = ReadWith(Csv("visit_id,patient_id,date_of_service,payer_id,cpt_code,Treatment Minutes", $"V-1,P-1,2026-03-04,medicare,97110,{written}"));

        Assert.Equal([$"minutes (Treatment Minutes) must be an integer 0..600 (got '{written}')"], Assert.Single(result.RejectedRows).Errors);
    }

    [Fact]
    public void The_dry_run_shows_each_field_with_the_columns_that_fill_it_what_is_ignored_and_what_is_missing()
    {
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer());
        var text = "\n\nEncounter ID,Patient Name,DOS,Insurance Plan,Procedure Code,Mod 1,Mod 2,Units,Svc Mins\nE-1,\"Doe, J\",03/02/26,Medicare,97110,GP,,2,30\n";
        var preview = reader.PreviewHeader(new MemoryStream(Encoding.UTF8.GetBytes(text)), InputFormat.Auto,
            new IngestOptions { Columns = ColumnMap.Parse("""{"Patient Name": "ignore"}"""u8) });

        Assert.Equal(InputFormat.Csv, preview.Format);
        var mapping = preview.Mapping!;
        string Of(string field) => string.Join(", ", mapping.Fields.Single(f => f.Field == field).Columns.Select(c => $"{c.Header}@{HeaderMapping.ColumnLetters(c.Index)}:{c.Match}"));
        Assert.Equal("Encounter ID@A:Alias", Of("visit_id"));
        Assert.Equal("DOS@C:Alias", Of("date_of_service"));
        Assert.Equal("Insurance Plan@D:Alias", Of("payer_id"));
        Assert.Equal("Mod 1@F:Alias, Mod 2@G:Alias", Of("billed_modifiers"));
        Assert.Equal(["Patient Name", "Svc Mins"], mapping.Ignored.Select(c => c.Header));
        Assert.Equal(["patient_id", "minutes"], mapping.MissingRequired);
        Assert.StartsWith("required columns missing from the header: patient_id, minutes", preview.FileError);

        using var json = new MemoryStream();
        preview.WriteJson(json);
        var body = System.Text.Json.JsonDocument.Parse(json.ToArray()).RootElement;
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Equal("alias", body.GetProperty("fields")[0].GetProperty("columns")[0].GetProperty("match").GetString());
        Assert.Equal("ignored by the column map", body.GetProperty("ignored")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void The_sample_export_with_its_payer_map_audits_to_the_same_report_as_the_same_visits_in_our_columns()
    {
        using var vendor = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", "emr-export.csv"));
        using var ours = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", "emr-export.ours.csv"));

        var expected = AuditToJson(ours, InputFormat.Csv, null);
        Assert.Equal(expected, AuditToJson(vendor, InputFormat.Csv, SamplePayerMap()));
        Assert.Contains("\"rule\":\"MOD_DISCIPLINE_WRONG\"", expected); // the OTR/L line billed with GP is caught through the credential
    }
}
