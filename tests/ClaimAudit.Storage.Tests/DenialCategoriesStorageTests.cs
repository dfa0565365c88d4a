using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Storage.Tests;

/// <summary>Issue 11: a clinic's profile keeps its own denial categories in the PayerProfiles table.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DenialCategoriesStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_profile_with_denial_categories_comes_back_from_storage_with_them()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var profiles = new PayerProfileStore(azurite.Storage);
        IReadOnlyList<DenialCategoryEntry> entries =
        [
            new("CO", "50", null, RemittanceCategory.Other),
            new(null, null, "N115", RemittanceCategory.BenefitLimit),
        ];

        await profiles.PutAsync(clinicId, new PayerProfile { PayerId = "acme", DenialCategories = entries }, null);
        var stored = await profiles.GetEffectiveAsync(clinicId, "acme");

        Assert.Equal(entries, stored!.Profile.DenialCategories);
        Assert.Equal(RemittanceCategory.Other, DenialCategories.For(stored.Profile).Classify(new Adjustment("CO", "50", 10m), []));
    }
}
