using System.Text.Json;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// Episode counts span uploads (PRODUCT.md section 10): visits used on an authorisation and treatment days
/// since the last progress report are counted from the stored visit ledger, and the authorisation one upload
/// states is known to the next. Uploaded blobs through the trigger, against Azurite. A file uploaded again
/// (a re-export) or replaced never counts a visit twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EpisodeCrossBatchTests(AzuriteFixture azurite)
{
    private const string AuthHeader = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes,auth_number,auth_start,auth_end,auth_visits\n";

    // An authorisation of 5 visits, 1 March to 30 June 2026, stated by the first upload only.
    private const string Week1 = AuthHeader +
        "V-1,P-1,2026-03-02,acme-auth,97110,30,2,GP,M54.50,A-100,2026-03-01,2026-06-30,5\n" +
        "V-2,P-1,2026-03-04,acme-auth,97110,30,2,GP,M54.50,A-100,2026-03-01,2026-06-30,5\n";
    // The second names the authorisation only; the third says nothing of it (the stored one covers the dates).
    private const string Week2 = AuthHeader +
        "V-3,P-1,2026-03-09,acme-auth,97110,30,2,GP,M54.50,A-100,,,\n" +
        "V-4,P-1,2026-03-11,acme-auth,97110,30,2,GP,M54.50,A-100,,,\n";
    private const string Week3 = AuthHeader +
        "V-5,P-1,2026-03-16,acme-auth,97110,30,2,GP,M54.50,,,,\n" +
        "V-6,P-1,2026-03-18,acme-auth,97110,30,2,GP,M54.50,,,,\n";

    private static readonly Core.Payers.PayerProfile AuthProfile = TestProfiles.Acme with
    {
        PayerId = "acme-auth",
        Episodes = new EpisodePolicy { RequiresAuthorization = true },
    };

    private async Task<JsonElement> AuditBlobAsync(string clinicId, string name, string content)
    {
        var blob = await azurite.UploadAsync(clinicId, name, content);
        await new FunctionFactory(azurite).AuditUploadedBatch().RunAsHost(blob);
        return JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"))!).RootElement.Clone();
    }

    private static List<string> Rules(JsonElement report, string visitId) => ReportReading.Findings(report, visitId).Select(f => f.Rule).ToList();

    private async Task<string> ClinicWith(Core.Payers.PayerProfile profile)
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, profile, null);
        return clinicId;
    }

    [Fact]
    public async Task An_authorisation_is_used_up_over_three_uploads_and_a_file_uploaded_twice_counts_once()
    {
        var clinicId = await ClinicWith(AuthProfile);

        // Visits 1 and 2 of 5: 4 and 3 left; "within 3 visits" of the count is VISIT_LIMIT_NEAR.
        var first = await AuditBlobAsync(clinicId, "week1.csv", Week1);
        Assert.Empty(Rules(first, "V-1"));
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(first, "V-2"));

        // Visits 3 and 4, with the window and count the first upload stored. The same file is then
        // uploaded again (a new blob version, audited again): its visits replace their own entries.
        var second = await AuditBlobAsync(clinicId, "week2.csv", Week2);
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(second, "V-3"));
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(second, "V-4"));
        var again = await AuditBlobAsync(clinicId, "week2.csv", Week2);
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(again, "V-4"));

        // Visit 5 uses the last authorised visit; visit 6 is past the count. Had week 2 counted twice,
        // visit 5 would be the 7th and exceeded too.
        var third = await AuditBlobAsync(clinicId, "week3.csv", Week3);
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(third, "V-5"));
        Assert.Contains("AUTH_EXCEEDED", Rules(third, "V-6"));
        Assert.DoesNotContain("AUTH_MISSING", Rules(third, "V-6"));

        // Without the first upload's authorisation on file, the payer requires one and none covers the date.
        var alone = await AuditBlobAsync(await ClinicWith(AuthProfile), "week3.csv", Week3);
        Assert.Contains("AUTH_MISSING", Rules(alone, "V-5"));
    }

    [Fact]
    public async Task A_replaced_file_that_drops_a_visit_gives_that_visit_back_to_the_authorisation()
    {
        var clinicId = await ClinicWith(AuthProfile);
        await AuditBlobAsync(clinicId, "week1.csv", Week1);
        await AuditBlobAsync(clinicId, "week2.csv", Week2);
        // Week 2 replaced by a file without V-4: its visit-ledger entry goes, so three visits are used before week 3.
        await AuditBlobAsync(clinicId, "week2.csv", AuthHeader + "V-3,P-1,2026-03-09,acme-auth,97110,30,2,GP,M54.50,A-100,,,\n");

        var third = await AuditBlobAsync(clinicId, "week3.csv", Week3);

        // V-5 is visit 4 of 5 (1 left), V-6 visit 5 of 5 (0 left): near, never exceeded.
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(third, "V-5"));
        Assert.Equal(["VISIT_LIMIT_NEAR"], Rules(third, "V-6"));
    }

    /// <summary>
    /// CMS Pub 100-02 ch. 15 §220.3: a progress report at least once every 10 treatment days. The start of
    /// care (2 March) is treatment day 1; days 1–6 arrive in one upload, days 7–11 in the next.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_progress_report_is_due_on_the_11th_treatment_day_counted_across_uploads(bool reportOnDay10)
    {
        var clinicId = await ClinicWith(TestProfiles.Acme with
        {
            PayerId = "acme-pr",
            Episodes = new EpisodePolicy { ProgressReportEveryTreatmentDays = 10 },
        });
        const string header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes,start_of_care,poc_start,progress_report\n";
        string[] days1 = ["02", "03", "04", "05", "06", "09"];
        string[] days2 = ["10", "11", "12", "13", "16"];
        var early = header + string.Concat(days1.Select((d, i) =>
            $"V-{i + 1},P-1,2026-03-{d},acme-pr,97110,30,2,GP,M54.50,{(i == 0 ? "2026-03-02,2026-03-02" : ",")},\n"));
        var late = header + string.Concat(days2.Select((d, i) =>
            $"V-{i + 7},P-1,2026-03-{d},acme-pr,97110,30,2,GP,M54.50,,,{(reportOnDay10 && i + 7 == 10 ? "Y" : "")}\n"));

        var first = await AuditBlobAsync(clinicId, "early.csv", early);
        Assert.All(Enumerable.Range(1, 6), v => Assert.DoesNotContain("PROGRESS_REPORT_DUE", Rules(first, $"V-{v}")));

        var second = await AuditBlobAsync(clinicId, "late.csv", late);
        Assert.All(Enumerable.Range(7, 4), v => Assert.DoesNotContain("PROGRESS_REPORT_DUE", Rules(second, $"V-{v}")));
        if (reportOnDay10) Assert.DoesNotContain("PROGRESS_REPORT_DUE", Rules(second, "V-11"));
        else Assert.Contains("PROGRESS_REPORT_DUE", Rules(second, "V-11"));
    }
}
