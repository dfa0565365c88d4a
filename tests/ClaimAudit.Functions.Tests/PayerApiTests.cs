namespace ClaimAudit.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class PayerApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private const string AcmeProfile = """
        {"payerId": "acme-health", "name": "Acme Health PPO", "unitMethod": "ama",
         "requiresDisciplineModifier": true, "rates": {"97112": 41.5, "97110": 33.0}}
        """;

    private async Task<HttpOutcome> Put(string key, string payerId, string body, string? ifMatch = null)
    {
        var request = Http.Request("PUT", $"/api/payers/{payerId}", body, "application/json", key,
            ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });
        return await Http.Run(request, await _functions.PutPayer().Run(request, payerId, default));
    }

    private async Task<HttpOutcome> Get(string key, string payerId)
    {
        var request = Http.Request("GET", $"/api/payers/{payerId}", apiKey: key);
        return await Http.Run(request, await _functions.GetPayer().Run(request, payerId, default));
    }

    private async Task<HttpOutcome> Delete(string key, string payerId, string? ifMatch = null)
    {
        var request = Http.Request("DELETE", $"/api/payers/{payerId}", apiKey: key,
            headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });
        return await Http.Run(request, await _functions.DeletePayer().Run(request, payerId, default));
    }

    [Fact]
    public async Task A_profile_is_created_read_replaced_under_its_ETag_and_deleted()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var created = await Put(key, "acme-health", AcmeProfile);
        Assert.Equal(201, created.Status);
        var etag1 = created.Header("ETag");
        Assert.False(string.IsNullOrEmpty(etag1));

        var read = await Get(key, "acme-health");
        Assert.Equal(200, read.Status);
        Assert.Equal(etag1, read.Header("ETag"));
        Assert.Equal("clinic", read.Header("X-Profile-Source"));
        Assert.Equal("Acme Health PPO", read.Json.GetProperty("name").GetString());
        Assert.Equal("ama", read.Json.GetProperty("unitMethod").GetString());

        // A write under the ETag just read succeeds and moves the ETag on …
        var replaced = await Put(key, "acme-health", AcmeProfile.Replace("Acme Health PPO", "Acme Health HMO"), etag1);
        Assert.Equal(200, replaced.Status);
        var etag2 = replaced.Header("ETag");
        Assert.NotEqual(etag1, etag2);

        // … so a second writer still holding the first ETag loses: 412, and its change is not applied.
        var lost = await Put(key, "acme-health", AcmeProfile.Replace("Acme Health PPO", "Stale Name"), etag1);
        Assert.Equal(412, lost.Status);
        Assert.StartsWith("application/problem+json", lost.Header("Content-Type"));
        Assert.Contains("acme-health", lost.Json.GetProperty("detail").GetString());
        Assert.Equal("Acme Health HMO", (await Get(key, "acme-health")).Json.GetProperty("name").GetString());

        Assert.Equal(412, (await Delete(key, "acme-health", etag1)).Status);
        Assert.Equal(204, (await Delete(key, "acme-health", etag2)).Status);
        Assert.Equal(404, (await Get(key, "acme-health")).Status);
        Assert.Equal(404, (await Delete(key, "acme-health")).Status);
    }

    [Fact]
    public async Task A_delete_whose_If_Match_is_not_an_ETag_at_all_is_412_and_deletes_nothing()
    {
        var (_, key) = await azurite.NewClinicAsync();
        Assert.Equal(201, (await Put(key, "acme-health", AcmeProfile)).Status);

        var refused = await Delete(key, "acme-health", "nope");

        Assert.Equal(412, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Header("Content-Type"));
        Assert.Equal(200, (await Get(key, "acme-health")).Status);
    }

    [Fact]
    public async Task The_list_holds_the_clinics_own_profiles_and_no_other_clinics()
    {
        var (_, key1) = await azurite.NewClinicAsync();
        var (_, key2) = await azurite.NewClinicAsync();
        Assert.Equal(201, (await Put(key1, "acme-health", AcmeProfile)).Status);

        async Task<List<string>> List(string key)
        {
            var request = Http.Request("GET", "/api/payers", apiKey: key);
            var outcome = await Http.Run(request, await _functions.ListPayers().Run(request, default));
            Assert.Equal(200, outcome.Status);
            return outcome.Json.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("payerId").GetString()!).ToList();
        }

        Assert.Contains("acme-health", await List(key1));
        Assert.DoesNotContain("acme-health", await List(key2));
        Assert.Equal(404, (await Get(key2, "acme-health")).Status);
        Assert.Equal(404, (await Delete(key2, "acme-health")).Status);
        Assert.Equal(200, (await Get(key1, "acme-health")).Status);
    }

    [Fact]
    public async Task An_invalid_profile_is_a_400_problem_with_its_reasons_and_nothing_is_stored()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var malformed = await Put(key, "acme-health", "{\"payerId\": \"acme-health\", \"unitMethod\": ");
        Assert.Equal(400, malformed.Status);
        Assert.StartsWith("application/problem+json", malformed.Header("Content-Type"));
        Assert.Equal(400, malformed.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(malformed.Json.GetProperty("detail").GetString()));

        var mismatch = await Put(key, "acme-health", AcmeProfile.Replace("\"acme-health\"", "\"other\""));
        Assert.Equal(400, mismatch.Status);
        Assert.Contains("'other'", mismatch.Json.GetProperty("detail").GetString());

        Assert.Equal(404, (await Get(key, "acme-health")).Status);
    }

    [Fact]
    public async Task Every_payer_route_needs_a_known_key()
    {
        var (_, key) = await azurite.NewClinicAsync();
        foreach (var apiKey in new string?[] { null, "", key + "-wrong" })
        {
            var request = Http.Request("GET", "/api/payers", apiKey: apiKey);
            var outcome = await Http.Run(request, await _functions.ListPayers().Run(request, default));
            Assert.Equal(401, outcome.Status);
            Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
            Assert.Contains("X-Api-Key", outcome.Json.GetProperty("detail").GetString());
            Assert.Equal(401, (await Put(apiKey!, "acme-health", AcmeProfile)).Status);
        }
    }

    [Fact]
    public async Task The_shipped_medicare_profile_is_in_force_until_a_clinic_overrides_it_and_again_after_the_override_is_deleted()
    {
        var (_, key) = await azurite.NewClinicAsync();
        var builtin = await Get(key, "medicare");
        Assert.Equal(200, builtin.Status);
        Assert.Equal("builtin", builtin.Header("X-Profile-Source"));
        Assert.Equal("cms", builtin.Json.GetProperty("unitMethod").GetString());

        // Override under the built-in profile's ETag: the clinic's own copy with its own rates.
        var own = builtin.Body.Replace("\"unitMethod\": \"cms\"", "\"unitMethod\": \"strict\"");
        var put = await Put(key, "medicare", own, builtin.Header("ETag"));
        Assert.Equal(201, put.Status);
        var overridden = await Get(key, "medicare");
        Assert.Equal(("clinic", "strict"), (overridden.Header("X-Profile-Source"), overridden.Json.GetProperty("unitMethod").GetString()));

        Assert.Equal(204, (await Delete(key, "medicare")).Status);
        var restored = await Get(key, "medicare");
        Assert.Equal(("builtin", "cms"), (restored.Header("X-Profile-Source"), restored.Json.GetProperty("unitMethod").GetString()));
        Assert.Equal(builtin.Header("ETag"), restored.Header("ETag"));
    }
}
