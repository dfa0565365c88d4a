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
        Assert.Equal(401, (await Post("nope", """{"method":"cms","lines":[]}""")).Status);
    }
}
