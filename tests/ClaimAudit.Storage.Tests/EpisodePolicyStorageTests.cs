using Azure.Data.Tables;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Storage.Tests;

/// <summary>Issue 10: a clinic's profile keeps its episode rules in the PayerProfiles table, and a row stored before them reads as "no episode rules".</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EpisodePolicyStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_profile_with_episode_rules_comes_back_from_storage_with_them()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var profiles = new PayerProfileStore(azurite.Storage);
        var policy = new EpisodePolicy
        {
            Certification = new CertificationPolicy(true, 45, 120),
            ProgressReportEveryTreatmentDays = 8,
            RequiresAuthorization = true,
            YearlyVisitLimit = 25,
        };

        await profiles.PutAsync(clinicId, new PayerProfile { PayerId = "acme", Episodes = policy }, null);
        var stored = await profiles.GetEffectiveAsync(clinicId, "acme");

        Assert.Equal(policy, stored!.Profile.Episodes);
        // The shipped medicare profile is served with its own rules to a clinic without an override.
        Assert.Equal(10, (await profiles.GetEffectiveAsync(clinicId, "medicare"))!.Profile.Episodes.ProgressReportEveryTreatmentDays);
    }

    [Fact]
    public async Task A_profile_stored_before_episode_rules_existed_reads_with_every_episode_rule_off()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var table = azurite.Storage.Table(AuditStorage.PayerProfilesTable);
        await table.UpsertEntityAsync(new TableEntity(clinicId, "medicare") { ["Profile"] = """{"payerId": "medicare", "name": "Our Medicare", "unitMethod": "cms"}""" });

        var stored = await new PayerProfileStore(azurite.Storage).GetEffectiveAsync(clinicId, "medicare");

        Assert.True(stored!.IsClinicOverride);
        Assert.Equal(EpisodePolicy.None, stored.Profile.Episodes);
    }
}
