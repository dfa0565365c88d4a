using System.Text;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Issue 10 / PRODUCT.md sections 2, 10 and 13: the episode columns of a visit (plan of care,
/// progress report, authorisation) reach <see cref="Visit.Episode"/> and <see cref="Visit.Authorization"/>;
/// bad values reject the visit's rows with their reasons, like any other column.
/// </summary>
public class EpisodeColumnsTests
{
    private const string EpisodeHeader = Header + ",start_of_care,poc_start,poc_end,poc_certified_date,progress_report,auth_number,auth_start,auth_end,auth_visits";

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static RejectedRow SingleRejection(IngestResult result)
    {
        Assert.Null(result.FileError);
        Assert.Empty(result.Visits);
        return Assert.Single(result.RejectedRows);
    }

    [Fact]
    public void A_csv_row_with_episode_columns_gives_its_visit_the_plan_of_care_and_the_authorisation()
    {
        var result = Read(Csv(EpisodeHeader,
            "V-1,P-1,2026-03-04,medicare,97112,20,2026-02-02,2/2/2026,2026-05-02,20260210,Y,AUTH-77,2026-02-01,2026-06-30,24",
            "V-1,P-1,2026-03-04,medicare,97110,15,2026-02-02,2/2/2026,2026-05-02,20260210,Y,AUTH-77,2026-02-01,2026-06-30,24"));

        Assert.Empty(result.RejectedRows);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), PocEnd = D(5, 2), PocCertifiedDate = D(2, 10), ProgressReport = true }, visit.Episode);
        Assert.Equal(new PlanOfCare(D(2, 2), D(5, 2), D(2, 10), D(2, 2)), visit.Episode!.Plan);
        Assert.Equal(new VisitAuthorization("AUTH-77", D(2, 1), D(6, 30), 24), visit.Authorization);
    }

    [Fact]
    public void Blank_episode_cells_mean_not_given_and_a_batch_without_the_columns_has_none()
    {
        var without = Read(Csv(Header, "V-1,P-1,2026-03-04,medicare,97112,20"));
        var blank = Read(Csv(EpisodeHeader, "V-1,P-1,2026-03-04,medicare,97112,20,,,,,,,,,"));

        Assert.Null(Assert.Single(without.Visits).Episode);
        Assert.Null(without.Visits[0].Authorization);
        Assert.Null(Assert.Single(blank.Visits).Episode);
        Assert.Null(blank.Visits[0].Authorization);
    }

    [Fact]
    public void Some_cells_given_leave_the_others_null_and_an_authorisation_needs_only_its_number()
    {
        var result = Read(Csv(EpisodeHeader,
            "V-1,P-1,2026-03-04,medicare,97112,20,,2026-02-02,,,,A1,,,",
            "V-2,P-1,2026-03-05,medicare,97112,20,,,,,n,,,,"));

        Assert.Empty(result.RejectedRows);
        Assert.Equal(new VisitEpisode { PocStart = D(2, 2) }, result.Visits[0].Episode);
        Assert.Equal(new VisitAuthorization("A1", null, null, null), result.Visits[0].Authorization);
        Assert.False(result.Visits[1].Episode!.ProgressReport);
        Assert.Null(result.Visits[1].Authorization);
    }

    [Theory]
    [InlineData("2026-13-01,,,,,,,,", "start_of_care '2026-13-01' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",soon,,,,,,,", "poc_start 'soon' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",2026-02-02,2/31/2026,,,,,,", "poc_end '2/31/2026' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",2026-02-02,,signed,,,,,", "poc_certified_date 'signed' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",,,,maybe,,,,", "progress_report 'maybe' is not Y/N")]
    [InlineData(",,,,,A1,someday,,", "auth_start 'someday' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",,,,,A1,,x,", "auth_end 'x' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData(",,,,,A1,,,twelve", "auth_visits must be an integer 0..1000 (got 'twelve')")]
    [InlineData(",,,,,A1,,,1001", "auth_visits must be an integer 0..1000 (got '1001')")]
    [InlineData(",,,,,A1,,,2.5", "auth_visits must be an integer 0..1000 (got '2.5')")]
    [InlineData(",,,,,A1,,,-1", "auth_visits must be an integer 0..1000 (got '-1')")]
    [InlineData(",2026-03-01,2026-02-28,,,,,,", "poc_end 2026-02-28 is before poc_start 2026-03-01")]
    [InlineData(",,,,,A1,2026-03-01,2026-02-28,", "auth_end 2026-02-28 is before auth_start 2026-03-01")]
    [InlineData(",,,,,,2026-03-01,,", "auth_start is given without auth_number (an authorisation is identified by its number)")]
    [InlineData(",,,,,,,2026-03-31,12", "auth_end, auth_visits are given without auth_number (an authorisation is identified by its number)")]
    [InlineData(",,2026-05-01,2026-02-10,,,,,", "poc_end, poc_certified_date are given without poc_start (a plan of care is identified by its start date)")]
    public void A_bad_episode_value_rejects_the_row_with_its_reason(string episodeCells, string reason)
    {
        var result = Read(Csv(EpisodeHeader, "V-1,P-1,2026-03-04,medicare,97112,20," + episodeCells));

        var rejected = SingleRejection(result);
        Assert.Equal(2, rejected.Row);
        Assert.Equal([reason], rejected.Errors);
    }

    [Fact]
    public void A_long_auth_number_is_rejected_without_being_quoted()
    {
        var number = new string('7', 65);
        var result = Read(Csv(EpisodeHeader, $"V-1,P-1,2026-03-04,medicare,97112,20,,,,,,{number},,,"));

        var rejected = SingleRejection(result);
        Assert.Equal(["auth_number is longer than 64 characters"], rejected.Errors);
    }

    [Fact]
    public void A_bad_episode_value_on_one_row_rejects_the_whole_visit()
    {
        var result = Read(Csv(EpisodeHeader,
            "V-1,P-1,2026-03-04,medicare,97112,20,,,,,,A1,,,10",
            "V-1,P-1,2026-03-04,medicare,97110,15,,,,,,A1,,,ten",
            "V-2,P-2,2026-03-04,medicare,97110,15,,,,,,,,,"));

        Assert.Equal(["V-2"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([2, 3], result.RejectedRows.Select(r => r.Row));
        Assert.Equal(["visit V-1 is not audited because row 3 was rejected"], result.RejectedRows[0].Errors);
        Assert.Equal(["auth_visits must be an integer 0..1000 (got 'ten')"], result.RejectedRows[1].Errors);
    }

    [Fact]
    public void Rows_of_one_visit_that_disagree_on_an_episode_value_reject_the_visit_and_a_blank_agrees_with_anything()
    {
        var result = Read(Csv(EpisodeHeader,
            "V-1,P-1,2026-03-04,medicare,97112,20,2026-02-02,2026-02-02,,,Y,A1,,,12",
            "V-1,P-1,2026-03-04,medicare,97110,15,2026-02-03,2026-02-02,,,N,A2,,,12",
            "V-2,P-2,2026-03-04,medicare,97112,20,2026-02-02,,,,Y,A1,,,",
            "V-2,P-2,2026-03-04,medicare,97110,15,,2026-02-02,,,,,2026-02-01,,12"));

        var v2 = Assert.Single(result.Visits);
        Assert.Equal("V-2", v2.VisitId);
        Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), ProgressReport = true }, v2.Episode);
        Assert.Equal(new VisitAuthorization("A1", D(2, 1), null, 12), v2.Authorization);

        Assert.Equal([2, 3], result.RejectedRows.Select(r => r.Row));
        Assert.All(result.RejectedRows, r => Assert.Equal(
        [
            "visit V-1 has rows with different start_of_care (rows 2, 3)",
            "visit V-1 has rows with different progress_report (rows 2, 3)",
            "visit V-1 has rows with different auth_number (rows 2, 3)",
        ], r.Errors));
    }

    [Fact]
    public void Every_reason_of_a_row_is_listed_with_the_other_columns_reasons()
    {
        var result = Read(Csv(EpisodeHeader, "V-1,P-1,2026-03-04,medicare,97112,700,bad,,,,maybe,,,,"));

        Assert.Equal(
        [
            "minutes must be an integer 0..600 (got '700')",
            "start_of_care 'bad' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)",
            "progress_report 'maybe' is not Y/N",
        ], SingleRejection(result).Errors);
    }

    [Theory]
    [InlineData("Start of Care", "start_of_care", HeaderMatch.Name)]
    [InlineData("SOC", "start_of_care", HeaderMatch.Alias)]
    [InlineData("SOC Date", "start_of_care", HeaderMatch.Alias)]
    [InlineData("POC Start", "poc_start", HeaderMatch.Name)]
    [InlineData("Plan of Care Start Date", "poc_start", HeaderMatch.Alias)]
    [InlineData("POC End", "poc_end", HeaderMatch.Name)]
    [InlineData("Plan of Care End", "poc_end", HeaderMatch.Alias)]
    [InlineData("Cert Date", "poc_certified_date", HeaderMatch.Alias)]
    [InlineData("Certification Date", "poc_certified_date", HeaderMatch.Alias)]
    [InlineData("Progress Note", "progress_report", HeaderMatch.Alias)]
    [InlineData("Progress Report", "progress_report", HeaderMatch.Name)]
    [InlineData("Auth #", "auth_number", HeaderMatch.Alias)]
    [InlineData("Authorization Number", "auth_number", HeaderMatch.Alias)]
    [InlineData("Prior Auth #", "auth_number", HeaderMatch.Alias)]
    [InlineData("Auth Start", "auth_start", HeaderMatch.Name)]
    [InlineData("Authorization Start Date", "auth_start", HeaderMatch.Alias)]
    [InlineData("Auth End", "auth_end", HeaderMatch.Name)]
    [InlineData("Auth Expiration Date", "auth_end", HeaderMatch.Alias)]
    [InlineData("Visits Authorized", "auth_visits", HeaderMatch.Alias)]
    [InlineData("Authorized Visits", "auth_visits", HeaderMatch.Alias)]
    public void An_emr_header_for_an_episode_field_is_our_name_or_a_built_in_alias(string header, string field, HeaderMatch match)
    {
        var mapping = HeaderMapping.Of([.. Header.Split(','), header]);

        Assert.Null(mapping.Error);
        var columns = Assert.Single(mapping.Fields, f => f.Field == field).Columns;
        Assert.Equal(new HeaderColumn(header, 6, match), Assert.Single(columns));
    }

    [Fact]
    public void An_emr_export_with_episode_headers_fills_the_episode_and_errors_name_the_export_header()
    {
        var header = Header + ",SOC,POC Start,Plan of Care End,Cert Date,Progress Note,Auth #,Auth Start,Auth End,Visits Authorized";
        var good = Read(Csv(header, "V-1,P-1,2026-03-04,medicare,97112,20,02/02/26,02/02/26,05/02/26,02/10/26,Y,77-A,02/01/26,06/30/26,24"));
        var bad = Read(Csv(header, "V-1,P-1,2026-03-04,medicare,97112,20,,,,,,,,,lots"));

        var visit = Assert.Single(good.Visits);
        Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), PocEnd = D(5, 2), PocCertifiedDate = D(2, 10), ProgressReport = true }, visit.Episode);
        Assert.Equal(new VisitAuthorization("77-A", D(2, 1), D(6, 30), 24), visit.Authorization);
        Assert.Contains("auth_visits (Visits Authorized) must be an integer 0..1000 (got 'lots')", SingleRejection(bad).Errors);
    }

    [Fact]
    public void The_columns_preview_lists_the_episode_fields_as_optional()
    {
        var csv = Csv(Header + ",Start of Care,Auth #", "V-1,P-1,2026-03-04,medicare,97112,20,2026-02-02,A1");
        var preview = HeaderPreview.Of(new MemoryStream(Encoding.UTF8.GetBytes(csv)), InputFormat.Csv);
        using var output = new MemoryStream();
        preview.WriteJson(output);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToArray());

        var fields = json.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        foreach (var name in new[] { "start_of_care", "poc_start", "poc_end", "poc_certified_date", "progress_report", "auth_number", "auth_start", "auth_end", "auth_visits" })
            Assert.False(fields[name].GetProperty("required").GetBoolean(), name);
        Assert.Equal("Start of Care", fields["start_of_care"].GetProperty("columns")[0].GetProperty("header").GetString());
        Assert.Equal("alias", fields["auth_number"].GetProperty("columns")[0].GetProperty("match").GetString());
        Assert.Equal(0, fields["poc_start"].GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public void A_column_map_can_name_a_clinics_own_header_for_an_episode_field()
    {
        var map = ColumnMap.Create([new("Payer Ref", "auth_number"), new("Eval/Re-eval", "progress_report")]);
        var mapping = HeaderMapping.Of([.. Header.Split(','), "Payer Ref", "Eval/Re-eval"], map);

        Assert.Null(mapping.Error);
        Assert.Equal("Payer Ref", Assert.Single(mapping.Fields.Single(f => f.Field == "auth_number").Columns).Header);
        Assert.Equal("Eval/Re-eval", Assert.Single(mapping.Fields.Single(f => f.Field == "progress_report").Columns).Header);
    }

    [Fact]
    public void A_workbook_with_episode_date_cells_and_a_number_of_visits_fills_the_episode()
    {
        object?[] header = ["Encounter ID", "MRN", "DOS", "Payer", "CPT", "Minutes", "SOC", "POC Start", "Plan of Care End", "Certification Date", "Progress Note", "Auth #", "Auth Start", "Auth End", "Visits Authorized"];
        object?[] row = ["V-1", "P-1", D(3, 4), "medicare", 97112, 20, D(2, 2), D(2, 2), D(5, 2), D(2, 10), "Y", 7741, D(2, 1), D(6, 30), 24];
        var workbook = Xlsx.XlsxWriter.Write(("Export", [(1, header), (2, row)]));

        var result = Read(workbook, InputFormat.Xlsx);

        Assert.Empty(result.RejectedRows);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), PocEnd = D(5, 2), PocCertifiedDate = D(2, 10), ProgressReport = true }, visit.Episode);
        Assert.Equal(new VisitAuthorization("7741", D(2, 1), D(6, 30), 24), visit.Authorization);
    }

    // ---- JSON ----

    private static string JsonVisit(string extra) => $$"""
        {"visits": [{"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare",
          {{extra}}
          "lines": [{"code": "97112", "minutes": 20}]}]}
        """;

    [Fact]
    public void A_json_visit_with_episode_and_authorization_objects_gets_them()
    {
        var result = Read(JsonVisit("""
            "episode": {"startOfCare": "2026-02-02", "pocStart": "2/2/2026", "pocEnd": "2026-05-02", "pocCertifiedDate": "2026-02-10", "progressReport": true},
            "authorization": {"number": "AUTH-77", "start": "2026-02-01", "end": "2026-06-30", "visits": 24},
            """));

        Assert.Empty(result.RejectedRows);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), PocEnd = D(5, 2), PocCertifiedDate = D(2, 10), ProgressReport = true }, visit.Episode);
        Assert.Equal(new VisitAuthorization("AUTH-77", D(2, 1), D(6, 30), 24), visit.Authorization);
    }

    [Fact]
    public void Json_episode_objects_that_are_null_or_empty_give_nothing_and_a_numeric_auth_number_is_kept_as_written()
    {
        var none = Read(JsonVisit("\"episode\": null, \"authorization\": {},"));
        var numeric = Read(JsonVisit("\"authorization\": {\"number\": 12345, \"visits\": \"12\"},"));

        Assert.Null(Assert.Single(none.Visits).Episode);
        Assert.Null(none.Visits[0].Authorization);
        Assert.Equal(new VisitAuthorization("12345", null, null, 12), Assert.Single(numeric.Visits).Authorization);
    }

    [Theory]
    [InlineData("\"episode\": {\"pocStart\": \"2026-03-01\", \"pocEnd\": \"2026-02-28\"},", "episode.pocEnd 2026-02-28 is before episode.pocStart 2026-03-01")]
    [InlineData("\"episode\": {\"startOfCare\": \"tomorrow\"},", "episode.startOfCare 'tomorrow' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)")]
    [InlineData("\"episode\": {\"progressReport\": \"maybe\"},", "episode.progressReport 'maybe' is not Y/N")]
    [InlineData("\"authorization\": {\"start\": \"2026-03-01\"},", "authorization.start is given without authorization.number (an authorisation is identified by its number)")]
    [InlineData("\"authorization\": {\"number\": \"A1\", \"visits\": 5000},", "authorization.visits must be an integer 0..1000 (got '5000')")]
    [InlineData("\"authorization\": {\"number\": \"A1\", \"start\": \"2026-03-01\", \"end\": \"2026-01-01\"},", "authorization.end 2026-01-01 is before authorization.start 2026-03-01")]
    [InlineData("\"episode\": [\"2026-02-02\"],", "episode must be an object: {\"startOfCare\": …, \"pocStart\": …, \"pocEnd\": …, \"pocCertifiedDate\": …, \"progressReport\": …}")]
    [InlineData("\"authorization\": \"A1\",", "authorization must be an object: {\"number\": …, \"start\": …, \"end\": …, \"visits\": …}")]
    [InlineData("\"authorization\": {\"number\": {\"id\": 1}},", "authorization.number must be a string or a number")]
    public void A_bad_json_episode_value_rejects_the_visit_with_its_reason(string extra, string reason)
    {
        var rejected = SingleRejection(Read(JsonVisit(extra)));

        Assert.Equal(1, rejected.Row);
        Assert.Equal([reason], rejected.Errors);
    }

    // ---- a batch large enough to be partitioned ----

    [Fact]
    public void A_partitioned_batch_keeps_every_visits_episode_and_authorisation()
    {
        var csv = new StringBuilder(EpisodeHeader).Append('\n');
        for (var v = 0; v < 1000; v++)
        {
            csv.Append($"V-{v},P-{v / 4},2026-03-04,medicare,97112,20,2026-02-02,2026-02-02,2026-05-0{1 + v % 9},,{(v % 2 == 0 ? "Y" : "")},A-{v / 4},2026-02-01,,{v % 30}\n");
            csv.Append($"V-{v},P-{v / 4},2026-03-04,medicare,97110,15,,,,,,,,,\n");
        }
        csv.Append("V-BAD,P-9,2026-03-04,medicare,97110,15,,,,,,,2026-02-01,,\n");
        // The reader sniffs the first 64 KiB before it measures the rest: the batch must be larger than that.
        var limits = IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 4 * 1024 };
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer(), limits);

        var batch = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), InputFormat.Csv);
        Assert.Null(batch.FileError);
        Assert.True(batch.IsPartitioned);
        var visits = new List<Visit>();
        var rejected = new List<RejectedRow>();
        using (batch.Spilled)
            for (var p = 0; p < batch.Spilled!.Partitions; p++)
            {
                var part = batch.Spilled.Read(p);
                visits.AddRange(part.Visits);
                rejected.AddRange(part.RejectedRows);
            }

        Assert.Equal(1000, visits.Count);
        foreach (var visit in visits)
        {
            var v = int.Parse(visit.VisitId[2..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(new VisitEpisode { StartOfCare = D(2, 2), PocStart = D(2, 2), PocEnd = D(5, 1 + v % 9), ProgressReport = v % 2 == 0 }, visit.Episode);
            Assert.Equal(new VisitAuthorization($"A-{v / 4}", D(2, 1), null, v % 30), visit.Authorization);
        }
        var bad = Assert.Single(rejected);
        Assert.Equal("V-BAD", bad.VisitId);
        Assert.Equal(["auth_start is given without auth_number (an authorisation is identified by its number)"], bad.Errors);
    }
}
