using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>Issue 14, item 2: a posted batch that runs out of its budget is a failed batch and a 422 that says why — not a 500, not a hung request.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditBudgetApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_posted_batch_over_its_budget_answers_422_with_the_reason_and_is_recorded_as_failed()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        var audits = BatchAuditService.Create(azurite.Storage, budget: new AuditBudget(TimeSpan.FromMinutes(29), TimeSpan.Zero));
        var function = new PostAudit(new ClinicAuthenticator(azurite.Keys), audits, new ReportStore(azurite.Storage), new ApiOptions());
        const string csv = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers\n"
            + "V-1,P-1,2026-03-04,medicare,97110,30,2,GP\n";

        var request = Http.Request("POST", "/api/audits", csv, "text/csv", key);
        var answer = await Http.Run(request, await function.Run(request, default));

        Assert.Equal(422, answer.Status);
        const string reason = "the batch took longer than the 0-minute budget; split it or contact support";
        Assert.Contains(reason, answer.Body);
        var batchId = answer.Json.GetProperty("batchId").GetString()!;
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, batchId);
        Assert.Equal((BatchStatus.Failed, reason), (record!.Status, record.Error));
    }
}
