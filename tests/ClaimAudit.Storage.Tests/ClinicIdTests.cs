namespace ClaimAudit.Storage.Tests;

/// <summary>Clinic ids are normalised in one place (<see cref="ClinicIds"/>): lower-case, a documented safe set, a clear refusal.</summary>
public sealed class ClinicIdTests
{
    [Theory]
    [InlineData("T71dd0a9", "t71dd0a9")]
    [InlineData("DEMO-Clinic", "demo-clinic")]
    [InlineData("clinic-001", "clinic-001")]
    public void A_clinic_id_is_read_in_lower_case(string raw, string expected)
    {
        Assert.Equal(expected, ClinicIds.Normalize(raw));
        Assert.True(ClinicIds.TryNormalize(raw, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-demo")]
    [InlineData("demo clinic")]
    [InlineData("demo_clinic")]
    [InlineData("demo/clinic")]
    [InlineData("_builtin")]
    [InlineData("_unrouted")]
    [InlineData("clïnic")]
    [InlineData("ｃlinic")] // full-width c: lower-cases, but is not one of the safe characters
    [InlineData("KELVIN\u212A")] // the Kelvin sign lower-cases to an ASCII 'k' under some rules; refused, not folded
    public void A_clinic_id_outside_the_safe_set_is_refused_naming_the_rule(string raw)
    {
        Assert.False(ClinicIds.TryNormalize(raw, out _));
        var e = Assert.Throws<ArgumentException>(() => ClinicIds.Normalize(raw));
        Assert.Contains(ClinicIds.Rule, e.Message);
    }

    [Fact]
    public void A_clinic_id_of_64_characters_is_refused() =>
        Assert.False(ClinicIds.TryNormalize(new string('a', 64), out _));
}

[Collection(AzuriteCollection.Name)]
public sealed class ClinicIdStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_key_created_for_an_upper_case_clinic_id_finds_the_lower_case_clinic()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var key = await azurite.Keys.CreateAsync(clinicId.ToUpperInvariant());
        Assert.Equal(clinicId, await azurite.Keys.FindClinicAsync(key));
    }

    [Fact]
    public async Task The_stores_key_a_clinic_by_its_normalised_id()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var profiles = new PayerProfileStore(azurite.Storage);
        await profiles.PutAsync(clinicId.ToUpperInvariant(), new ClaimAudit.Core.Payers.PayerProfile { PayerId = "own-payer", Name = "Own", UnitMethod = ClaimAudit.Core.Units.UnitMethod.Cms }, null);
        Assert.True(await profiles.ClinicOverrideExistsAsync(clinicId, "own-payer"));

        var maps = new ClinicMapStore(azurite.Storage);
        await maps.PutPayerMapAsync(clinicId.ToUpperInvariant(), ClaimAudit.Core.Payers.PayerMap.Parse("""{"Own Payer PPO": "own-payer"}"""u8), null);
        Assert.NotNull(await maps.GetPayerMapAsync(clinicId));
    }
}
