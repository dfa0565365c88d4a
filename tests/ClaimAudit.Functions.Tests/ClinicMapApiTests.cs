using System.Text.Json;
using Azure.Data.Tables;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// A clinic's own export names (PRODUCT.md section 13) over HTTP: <c>/api/column-map</c>,
/// <c>/api/payer-map</c> and the preview, and what they change in an audit (posted and uploaded).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClinicMapApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    /// <summary>
    /// An EMR export as it comes: built-in aliases for most headers, but the date is "Svc Dt" (no alias)
    /// and the payer is named as the EMR names it, not by profile id. "Referring Fax" is not ours.
    /// </summary>
    private const string VendorCsv = """
        Encounter ID,Patient Account,Svc Dt,Primary Insurance,CPT,Treatment Minutes,Units,Modifiers,Dx,Referring Fax
        E-1,A-500,03/02/2026,Medicare Part B,97110,23,2,GP,M54.50,555-0100
        E-1,A-500,03/02/2026,Medicare Part B,97140,10,1,GP,M54.50,555-0100
        E-2,A-501,03/03/2026,MEDICARE - PART B,97110,30,2,GP,M54.50,555-0100
        """;

    private const string VendorColumnMap = """{"Svc Dt": "date_of_service"}""";
    private const string VendorPayerMap = """{"Medicare Part B": "medicare"}""";

    private static Dictionary<string, string>? Headers(string? ifMatch = null, string? ifNoneMatch = null)
    {
        var headers = new Dictionary<string, string>();
        if (ifMatch is not null) headers["If-Match"] = ifMatch;
        if (ifNoneMatch is not null) headers["If-None-Match"] = ifNoneMatch;
        return headers.Count == 0 ? null : headers;
    }

    private async Task<HttpOutcome> GetColumnMap(string? key)
    {
        var request = Http.Request("GET", "/api/column-map", apiKey: key);
        return await Http.Run(request, await _functions.GetColumnMap().Run(request, default));
    }

    private async Task<HttpOutcome> PutColumnMap(string? key, string body, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = Http.Request("PUT", "/api/column-map", body, "application/json", key, Headers(ifMatch, ifNoneMatch));
        return await Http.Run(request, await _functions.PutColumnMap().Run(request, default));
    }

    private async Task<HttpOutcome> GetPayerMap(string? key)
    {
        var request = Http.Request("GET", "/api/payer-map", apiKey: key);
        return await Http.Run(request, await _functions.GetPayerMap().Run(request, default));
    }

    private async Task<HttpOutcome> PutPayerMap(string? key, string body, string? ifMatch = null)
    {
        var request = Http.Request("PUT", "/api/payer-map", body, "application/json", key, Headers(ifMatch));
        return await Http.Run(request, await _functions.PutPayerMap().Run(request, default));
    }

    private async Task<HttpOutcome> Preview(string? key, byte[] body, string? contentType, string query = "", FunctionFactory? functions = null)
    {
        var request = Http.BinaryRequest("POST", "/api/column-map/preview" + query, body, contentType, key);
        return await Http.Run(request, await (functions ?? _functions).PreviewColumnMap().Run(request, default));
    }

    private async Task<HttpOutcome> PostAudit(string key, byte[] body, string contentType, string query = "")
    {
        var request = Http.BinaryRequest("POST", "/api/audits" + query, body, contentType, key);
        return await Http.Run(request, await _functions.PostAudit().Run(request, default));
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static Dictionary<string, string> Entries(HttpOutcome outcome) =>
        outcome.Json.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static void AssertProblem(HttpOutcome outcome, int status)
    {
        Assert.Equal(status, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Equal(status, outcome.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_column_map_is_put_and_read_back_under_its_ETag_and_a_stale_ETag_is_412()
    {
        var (_, key) = await azurite.NewClinicAsync();

        // None stored: the empty map, and no ETag (there is nothing to match).
        var none = await GetColumnMap(key);
        Assert.Equal(200, none.Status);
        Assert.StartsWith("application/json", none.Header("Content-Type"));
        Assert.Empty(Entries(none));
        Assert.Null(none.Header("ETag"));

        // A PUT without If-Match creates it and answers with what was stored and its ETag.
        var created = await PutColumnMap(key, """{"Svc Dt": "date_of_service", "Payer ID": "ignore"}""");
        Assert.Equal(200, created.Status);
        var etag1 = created.Header("ETag");
        Assert.False(string.IsNullOrEmpty(etag1));
        Assert.Equal(new Dictionary<string, string> { ["Svc Dt"] = "date_of_service", ["Payer ID"] = "ignore" }, Entries(created));

        var read = await GetColumnMap(key);
        Assert.Equal(etag1, read.Header("ETag"));
        Assert.Equal(Entries(created), Entries(read));

        // A write under the ETag just read succeeds and moves the ETag on …
        var replaced = await PutColumnMap(key, """{"Svc Dt": "date_of_service", "Svc Min": "minutes"}""", etag1);
        Assert.Equal(200, replaced.Status);
        var etag2 = replaced.Header("ETag");
        Assert.NotEqual(etag1, etag2);

        // … so a second writer still holding the first ETag loses: 412, and its change is not applied.
        var lost = await PutColumnMap(key, """{"Svc Dt": "visit_id"}""", etag1);
        AssertProblem(lost, 412);
        Assert.Contains("column map", lost.Json.GetProperty("detail").GetString());
        var after = await GetColumnMap(key);
        Assert.Equal(etag2, after.Header("ETag"));
        Assert.Equal("minutes", Entries(after)["Svc Min"]);

        // An If-Match that is no ETag at all cannot match either (412, not a storage fault).
        foreach (var notAnETag in new[] { "nope", "\"nope\"" })
        {
            var garbled = await PutColumnMap(key, "{}", notAnETag);
            AssertProblem(garbled, 412);
            Assert.Contains("GET /api/column-map", garbled.Json.GetProperty("detail").GetString());
        }

        // If-None-Match: * creates only; there is a map now.
        AssertProblem(await PutColumnMap(key, "{}", ifNoneMatch: "*"), 412);
        Assert.Equal(400, (await PutColumnMap(key, "{}", ifNoneMatch: etag2)).Status);

        // {} clears it (under If-Match: * — any stored map).
        var cleared = await PutColumnMap(key, "{}", "*");
        Assert.Equal(200, cleared.Status);
        Assert.Empty(Entries(await GetColumnMap(key)));
    }

    [Fact]
    public async Task If_Match_on_a_clinic_without_a_map_is_412_and_If_None_Match_star_creates_one()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var stale = await PutColumnMap(key, VendorColumnMap, "W/\"datetime'2026-01-01T00%3A00%3A00.0000000Z'\"");
        AssertProblem(stale, 412);
        Assert.Contains("no column map", stale.Json.GetProperty("detail").GetString());
        AssertProblem(await PutColumnMap(key, VendorColumnMap, "*"), 412);
        Assert.Empty(Entries(await GetColumnMap(key)));

        var created = await PutColumnMap(key, VendorColumnMap, ifNoneMatch: "*");
        Assert.Equal(200, created.Status);
        Assert.Equal(created.Header("ETag"), (await GetColumnMap(key)).Header("ETag"));
    }

    [Fact]
    public async Task An_invalid_column_map_is_422_naming_the_entry_malformed_JSON_is_400_and_nothing_is_stored()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var invalid = await PutColumnMap(key, """{"Svc Dt": "date_of_servise", "DOS": "date_of_service", "dos": "date_of_service"}""");
        AssertProblem(invalid, 422);
        var detail = invalid.Json.GetProperty("detail").GetString()!;
        Assert.Contains("'Svc Dt' maps to 'date_of_servise', which is not a field", detail);
        Assert.Contains("'dos' is listed twice", detail);
        Assert.NotEmpty(invalid.Json.GetProperty("errors").EnumerateArray());

        AssertProblem(await PutColumnMap(key, """{"Svc Dt": ["date_of_service"]}"""), 422);
        AssertProblem(await PutColumnMap(key, """["Svc Dt"]"""), 422);

        var malformed = await PutColumnMap(key, """{"Svc Dt": "date_of_service" """);
        AssertProblem(malformed, 400);
        Assert.Contains("not valid JSON", malformed.Json.GetProperty("detail").GetString());

        var none = await GetColumnMap(key);
        Assert.Empty(Entries(none));
        Assert.Null(none.Header("ETag"));
    }

    [Fact]
    public async Task A_payer_map_is_checked_against_the_clinics_own_profiles_422_naming_each_bad_entry()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();

        var invalid = await PutPayerMap(key, """{"Medicare Part B": "medicare", "Acme PPO": "acme-health", "Globex": "globex"}""");
        AssertProblem(invalid, 422);
        var detail = invalid.Json.GetProperty("detail").GetString()!;
        Assert.Contains("'Acme PPO' maps to 'acme-health', which is not a payer profile", detail);
        Assert.Contains("'Globex' maps to 'globex'", detail);
        Assert.DoesNotContain("'Medicare Part B' maps", detail);
        Assert.Empty(Entries(await GetPayerMap(key)));

        // Once the clinic has the profile, the same map is accepted (targets are stored lower-case).
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme with { PayerId = "acme-health" }, null);
        var stored = await PutPayerMap(key, """{"Medicare Part B": "Medicare", "Acme PPO": "acme-health"}""");
        Assert.Equal(200, stored.Status);
        Assert.Equal(new Dictionary<string, string> { ["Medicare Part B"] = "medicare", ["Acme PPO"] = "acme-health" }, Entries(stored));

        var read = await GetPayerMap(key);
        Assert.Equal(stored.Header("ETag"), read.Header("ETag"));
        Assert.Equal(Entries(stored), Entries(read));
        AssertProblem(await PutPayerMap(key, VendorPayerMap, "W/\"datetime'2026-01-01T00%3A00%3A00.0000000Z'\""), 412);
        Assert.Equal(200, (await PutPayerMap(key, VendorPayerMap, read.Header("ETag"))).Status);
        AssertProblem(await PutPayerMap(key, "{\"Medicare Part B\": "), 400);
    }

    [Fact]
    public async Task Another_clinic_neither_sees_nor_changes_the_maps()
    {
        var (_, key1) = await azurite.NewClinicAsync();
        var (_, key2) = await azurite.NewClinicAsync();
        var columns = await PutColumnMap(key1, VendorColumnMap);
        var payers = await PutPayerMap(key1, VendorPayerMap);

        var otherColumns = await GetColumnMap(key2);
        Assert.Empty(Entries(otherColumns));
        Assert.Null(otherColumns.Header("ETag"));
        Assert.Empty(Entries(await GetPayerMap(key2)));
        // Clinic 1's ETag means nothing to clinic 2's (absent) map.
        AssertProblem(await PutColumnMap(key2, "{}", columns.Header("ETag")), 412);
        AssertProblem(await PutPayerMap(key2, "{}", payers.Header("ETag")), 412);

        // Clinic 2's own maps leave clinic 1's alone.
        Assert.Equal(200, (await PutColumnMap(key2, """{"Svc Dt": "ignore"}""")).Status);
        var first = await GetColumnMap(key1);
        Assert.Equal(columns.Header("ETag"), first.Header("ETag"));
        Assert.Equal("date_of_service", Entries(first)["Svc Dt"]);

        // The preview of clinic 2 does not use clinic 1's map.
        var preview = await Preview(key2, Utf8(VendorCsv), "text/csv");
        Assert.False(preview.Json.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Every_map_route_needs_a_known_key()
    {
        var (_, key) = await azurite.NewClinicAsync();
        foreach (var apiKey in new string?[] { null, "", key + "-wrong" })
        {
            var outcome = await GetColumnMap(apiKey);
            AssertProblem(outcome, 401);
            Assert.Contains("X-Api-Key", outcome.Json.GetProperty("detail").GetString());
            AssertProblem(await PutColumnMap(apiKey, VendorColumnMap), 401);
            AssertProblem(await GetPayerMap(apiKey), 401);
            AssertProblem(await PutPayerMap(apiKey, VendorPayerMap), 401);
            AssertProblem(await Preview(apiKey, Utf8(VendorCsv), "text/csv"), 401);
        }
    }

    [Fact]
    public async Task A_vendor_CSV_is_refused_before_the_maps_and_audited_with_no_rejected_rows_after_them()
    {
        var (_, key) = await azurite.NewClinicAsync();

        // No map: "Svc Dt" is no known column, so the required date is missing — a file error naming it.
        var refused = await PostAudit(key, Utf8(VendorCsv), "text/csv");
        AssertProblem(refused, 400);
        var fileError = refused.Json.GetProperty("detail").GetString()!;
        Assert.Contains("required column missing from the header: date_of_service", fileError);
        Assert.Contains("column map", fileError);

        // The column map alone: the header reads, but "Medicare Part B" is no payer profile — every row
        // is rejected naming it (and the closest known names).
        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        var rejected = await PostAudit(key, Utf8(VendorCsv), "text/csv");
        AssertProblem(rejected, 422);
        var reasons = rejected.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Contains(reasons, r => r.StartsWith("row 2: ", StringComparison.Ordinal) && r.Contains("unknown payer 'Medicare Part B'") && r.Contains("'medicare'"));
        Assert.Contains(reasons, r => r.StartsWith("row 4: ", StringComparison.Ordinal) && r.Contains("unknown payer 'MEDICARE - PART B'"));

        // With the payer map too, every row is audited under medicare ("MEDICARE - PART B" is the same name).
        Assert.Equal(200, (await PutPayerMap(key, VendorPayerMap)).Status);
        var audited = await PostAudit(key, Utf8(VendorCsv), "text/csv");
        Assert.Equal(201, audited.Status);
        var report = audited.Json;
        Assert.Equal(0, report.GetProperty("summary").GetProperty("rejectedRows").GetInt32());
        Assert.Empty(report.GetProperty("rejectedRows").EnumerateArray());
        var visits = report.GetProperty("visits").EnumerateArray().ToList();
        Assert.Equal(["E-1", "E-2"], visits.Select(v => v.GetProperty("visitId").GetString()!).ToArray());
        Assert.All(visits, v => Assert.Equal("medicare", v.GetProperty("payerId").GetString()));
        Assert.Equal("2026-03-02", visits[0].GetProperty("dateOfService").GetString());
    }

    [Fact]
    public async Task An_uploaded_vendor_CSV_is_audited_with_the_clinics_maps()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        Assert.Equal(200, (await PutPayerMap(key, VendorPayerMap)).Status);
        var blob = await azurite.UploadAsync(clinicId, "exports/march.csv", VendorCsv);

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "exports/march.csv"));
        Assert.Equal((BatchStatus.Audited, 2, 3, 0), (record!.Status, record.Visits, record.Lines, record.RejectedRows));
        var report = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/exports/march.csv/report.json"))!).RootElement;
        Assert.All(report.GetProperty("visits").EnumerateArray(), v => Assert.Equal("medicare", v.GetProperty("payerId").GetString()));
    }

    [Fact]
    public async Task An_upload_before_the_column_map_fails_naming_the_missing_column()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var blob = await azurite.UploadAsync(clinicId, "march.csv", VendorCsv);

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "march.csv"));
        Assert.Equal(BatchStatus.Failed, record!.Status);
        Assert.False(record.Retryable);
        Assert.Contains("date_of_service", record.Error);
    }

    [Fact]
    public async Task A_payer_map_naming_a_profile_deleted_since_stops_the_audit_with_a_422_that_says_how_to_fix_it()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        var profiles = new PayerProfileStore(azurite.Storage);
        await profiles.PutAsync(clinicId, TestProfiles.Acme, null);
        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        Assert.Equal(200, (await PutPayerMap(key, """{"Medicare Part B": "medicare", "Acme PPO": "acme"}""")).Status);
        await profiles.DeleteAsync(clinicId, "acme", null);

        var outcome = await PostAudit(key, Utf8(VendorCsv), "text/csv");

        AssertProblem(outcome, 422);
        var detail = outcome.Json.GetProperty("detail").GetString()!;
        Assert.Contains("'Acme PPO' maps to 'acme', which is not a payer profile", detail);
        Assert.Contains("PUT /api/payer-map", detail);
        Assert.DoesNotContain("could not be read", detail);
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, outcome.Json.GetProperty("batchId").GetString()!);
        Assert.Equal(BatchStatus.Failed, record!.Status);
        Assert.Contains("'Acme PPO'", record.Error);

        // The blob trigger records the same reason, in the report too, without a retry.
        var blob = await azurite.UploadAsync(clinicId, "march.csv", VendorCsv);
        await _functions.AuditUploadedBatch().RunAsHost(blob);
        var uploaded = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "march.csv"));
        Assert.Equal((BatchStatus.Failed, false), (uploaded!.Status, uploaded.Retryable));
        var report = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/march.csv/report.json"))!).RootElement;
        Assert.Contains("PUT /api/payer-map", report.GetProperty("fileError").GetString());
    }

    [Fact]
    public async Task A_stored_map_that_no_longer_parses_is_a_500_naming_it_and_can_be_replaced()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await azurite.Tables.GetTableClient(AuditStorage.ColumnMapsTable).UpsertEntityAsync(
            new TableEntity(clinicId, ClinicMapStore.RowKey) { [ClinicMapStore.MapProperty] = """{"Svc Dt": "date_of_servise"}""" });

        var read = await GetColumnMap(key);
        AssertProblem(read, 500);
        Assert.Contains("stored column map", read.Json.GetProperty("detail").GetString());
        Assert.Contains("PUT /api/column-map", read.Json.GetProperty("detail").GetString());

        var audit = await PostAudit(key, Utf8(VendorCsv), "text/csv");
        AssertProblem(audit, 500);
        Assert.Contains("stored column map", audit.Json.GetProperty("detail").GetString());
        AssertProblem(await Preview(key, Utf8(VendorCsv), "text/csv"), 500);

        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        Assert.Equal("date_of_service", Entries(await GetColumnMap(key))["Svc Dt"]);
    }

    [Fact]
    public async Task A_map_larger_than_one_table_property_round_trips()
    {
        var (_, key) = await azurite.NewClinicAsync();
        // 1,500 payer names of ~60 characters: about 100,000 characters of JSON, over a property's 32K.
        var names = Enumerable.Range(0, 1500).Select(i => $"Regional Medicare Administrative Contractor Plan Number {i:D5}").ToList();
        var body = JsonSerializer.Serialize(names.ToDictionary(n => n, _ => "medicare"));

        var stored = await PutPayerMap(key, body);

        Assert.Equal(200, stored.Status);
        var read = Entries(await GetPayerMap(key));
        Assert.Equal(names, read.Keys.ToList());
    }

    [Fact]
    public async Task The_preview_shows_each_field_with_its_header_the_ignored_columns_and_what_is_missing()
    {
        var (_, key) = await azurite.NewClinicAsync();

        // Without the map: a dry run, so 200 — ok false, the error and the missing field say why.
        var before = await Preview(key, Utf8(VendorCsv), "text/csv");
        Assert.Equal(200, before.Status);
        Assert.StartsWith("application/json", before.Header("Content-Type"));
        Assert.Equal("csv", before.Json.GetProperty("format").GetString());
        Assert.False(before.Json.GetProperty("ok").GetBoolean());
        Assert.Contains("date_of_service", before.Json.GetProperty("error").GetString());
        Assert.Equal(["date_of_service"], before.Json.GetProperty("missingRequired").EnumerateArray().Select(f => f.GetString()!).ToArray());
        Assert.Contains(Ignored(before), i => i.Header == "Svc Dt");

        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        var after = await Preview(key, Utf8(VendorCsv), "text/csv");
        Assert.Equal(200, after.Status);
        Assert.True(after.Json.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.Json.GetProperty("error").ValueKind);
        Assert.Empty(after.Json.GetProperty("missingRequired").EnumerateArray());
        var fields = after.Json.GetProperty("fields").EnumerateArray().ToDictionary(
            f => f.GetProperty("field").GetString()!,
            f => f.GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("header").GetString(), c.GetProperty("column").GetString(), c.GetProperty("match").GetString())).ToList());
        Assert.Equal([("Svc Dt", "C", "columnMap")], fields["date_of_service"]);
        Assert.Equal([("Encounter ID", "A", "alias")], fields["visit_id"]);
        Assert.Equal([("Primary Insurance", "D", "alias")], fields["payer_id"]);
        Assert.Equal([("Treatment Minutes", "F", "alias")], fields["minutes"]);
        Assert.Empty(fields["note"]);
        Assert.Equal([("Referring Fax", "J")], Ignored(after));
    }

    private static List<(string Header, string Column)> Ignored(HttpOutcome preview) =>
        preview.Json.GetProperty("ignored").EnumerateArray().Select(i => (i.GetProperty("header").GetString()!, i.GetProperty("column").GetString()!)).ToList();

    [Fact]
    public async Task The_preview_sniffs_a_body_without_a_type_refuses_other_types_and_is_413_over_the_limit()
    {
        var (_, key) = await azurite.NewClinicAsync();

        foreach (var type in new string?[] { null, "application/octet-stream" })
        {
            var sniffed = await Preview(key, Utf8(VendorCsv), type);
            Assert.Equal(200, sniffed.Status);
            Assert.Equal("csv", sniffed.Json.GetProperty("format").GetString());
        }
        var json = await Preview(key, Utf8("""{"visits": []}"""), "application/json");
        Assert.Equal(200, json.Status);
        Assert.False(json.Json.GetProperty("ok").GetBoolean());
        Assert.Contains("column maps apply to CSV and .xlsx files", json.Json.GetProperty("error").GetString());

        AssertProblem(await Preview(key, Utf8("<visits/>"), "application/xml"), 415);

        var small = new FunctionFactory(azurite, new ApiOptions { MaxRequestBytes = 100 });
        var tooLarge = await Preview(key, Utf8(VendorCsv), "text/csv", functions: small);
        AssertProblem(tooLarge, 413);
        Assert.Contains("100", tooLarge.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_xlsx_body_and_its_sheet_reach_the_engine_as_a_workbook()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        Assert.Equal(200, (await PutColumnMap(key, VendorColumnMap)).Status);
        Assert.Equal(200, (await PutPayerMap(key, VendorPayerMap)).Status);
        var rows = VendorCsv.Split('\n').Select(line => line.Trim().Split(',')).ToList();
        var workbook = TestXlsx.Build("Visits", rows);

        // The preview names the format and the sheet asked for.
        var preview = await Preview(key, workbook, TestXlsx.ContentType, "?sheet=Visits");
        Assert.Equal(200, preview.Status);
        Assert.Equal(("xlsx", "Visits"), (preview.Json.GetProperty("format").GetString(), preview.Json.GetProperty("sheet").GetString()));
        // Sniffed too: a workbook is a zip.
        Assert.Equal("xlsx", (await Preview(key, workbook, "application/octet-stream")).Json.GetProperty("format").GetString());

        // POST /api/audits takes the workbook's media type and audits the sheet with the clinic's maps.
        var posted = await PostAudit(key, workbook, TestXlsx.ContentType, "?sheet=Visits");
        Assert.Equal(201, posted.Status);
        Assert.Equal(0, posted.Json.GetProperty("summary").GetProperty("rejectedRows").GetInt32());
        Assert.Equal(rows.Count - 1, posted.Json.GetProperty("summary").GetProperty("lines").GetInt32());
        var wrongSheet = await PostAudit(key, workbook, TestXlsx.ContentType, "?sheet=March");
        AssertProblem(wrongSheet, 400);
        Assert.Contains("no sheet named 'March'", wrongSheet.Json.GetProperty("detail").GetString());

        // An upload named .xlsx is audited as a workbook as well.
        var blob = azurite.BatchBlob(clinicId, "march.xlsx");
        await blob.UploadAsync(BinaryData.FromBytes(workbook), overwrite: true);
        await _functions.AuditUploadedBatch().RunAsHost(blob);
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "march.xlsx"));
        Assert.NotNull(record);
        Assert.Equal((BatchStatus.Audited, 0), (record.Status, record.RejectedRows));
    }
}
