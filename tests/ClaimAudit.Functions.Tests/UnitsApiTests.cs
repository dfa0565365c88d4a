namespace ClaimAudit.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class UnitsApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private async Task<HttpOutcome> Post(string key, string body)
    {
        var request = Http.Request("POST", "/api/units", body, "application/json", key);
        return await Http.Run(request, await _functions.ComputeUnits().Run(request, default));
    }

    [Fact]
    public async Task The_worked_example_answers_the_section_7_shape()
    {
        var (_, key) = await azurite.NewClinicAsync();
        // PRODUCT.md section 3: 97112 24 min + 97110 23 min = 47 min → 3 units, 97112 ×2, 97110 ×1.
        var outcome = await Post(key, """{"method":"cms","lines":[{"code":"97112","minutes":24},{"code":"97110","minutes":23}]}""");
        Assert.Equal(200, outcome.Status);
        Assert.Equal("""{"method":"cms","totalMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},{"code":"97110","minutes":23,"units":1}]}""",
            outcome.Body);
    }

    [Fact]
    public async Task A_payer_id_brings_the_clinics_unit_method()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new ClaimAudit.Storage.PayerProfileStore(azurite.Storage).PutAsync(clinicId,
            TestProfiles.Acme with { UnitMethod = ClaimAudit.Core.Units.UnitMethod.Ama }, null);
        // Section 3: 97110 33 + 97140 7 under ama → 97110 ×2, 97140 ×0.
        var outcome = await Post(key, """{"payerId":"acme","lines":[{"code":"97110","minutes":33},{"code":"97140","minutes":7}]}""");
        Assert.Equal(200, outcome.Status);
        Assert.Equal("ama", outcome.Json.GetProperty("method").GetString());
        Assert.Equal(2, outcome.Json.GetProperty("totalUnits").GetInt32());
    }

    [Fact]
    public async Task An_unknown_payer_is_422_naming_it_and_a_bad_request_is_400_with_its_reasons()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var unknown = await Post(key, """{"payerId":"globex","lines":[{"code":"97110","minutes":33}]}""");
        Assert.Equal(422, unknown.Status);
        Assert.StartsWith("application/problem+json", unknown.Header("Content-Type"));
        Assert.Contains("'globex'", unknown.Json.GetProperty("detail").GetString());

        var bad = await Post(key, """{"method":"fast","lines":[{"code":"97110","minutes":900}]}""");
        Assert.Equal(400, bad.Status);
        var errors = bad.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains("'fast'"));
        Assert.Contains(errors, e => e!.Contains("900"));

        Assert.Equal(400, (await Post(key, "{\"method\": \"cms\", \"lines\": [")).Status);
        // A malformed body that also names an unknown code stays 400.
        Assert.Equal(400, (await Post(key, """{"method":"fast","lines":[{"code":"99999","minutes":20}]}""")).Status);
        Assert.Equal(401, (await Post("nope", """{"method":"cms","lines":[]}""")).Status);
    }

    [Fact]
    public async Task A_code_the_profile_does_not_know_is_422_naming_it()
    {
        var (_, key) = await azurite.NewClinicAsync();
        // Sections 3 and 7: 99999 is neither timed nor untimed in the built-in lists; it is not one unit.
        var unknown = await Post(key, """{"method":"cms","lines":[{"code":"97110","minutes":30},{"code":"99999","minutes":20}]}""");
        Assert.Equal(422, unknown.Status);
        Assert.StartsWith("application/problem+json", unknown.Header("Content-Type"));
        Assert.Contains("code 99999 is neither a timed nor an untimed code", unknown.Json.GetProperty("detail").GetString());

        // With a payer, the payer is named; a supply is refused as billed by quantity.
        var typo = await Post(key, """{"payerId":"medicare","lines":[{"code":"97111","minutes":38}]}""");
        Assert.Equal(422, typo.Status);
        Assert.Contains("97111", typo.Json.GetProperty("detail").GetString());
        Assert.Contains("Medicare Part B", typo.Json.GetProperty("detail").GetString());
        var supply = await Post(key, """{"method":"cms","lines":[{"code":"A4556","minutes":5}]}""");
        Assert.Equal(422, supply.Status);
        Assert.Contains("billed by quantity, not by time", supply.Json.GetProperty("detail").GetString());
    }
}
