using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimAudit.Infra.Tests;

/// <summary>What `azd provision` would create, read from the ARM JSON that Bicep compiles.</summary>
[Collection(BicepCollection.Name)]
public sealed partial class TemplateTests(CompiledTemplate compiled)
{
    // Built-in Azure role definition ids.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private TemplateResource FunctionApp => compiled.Single("Microsoft.Web/sites");

    private TemplateResource StorageAccount => compiled.Single("Microsoft.Storage/storageAccounts");

    /// <summary>The parameter whose value names the function app's user-assigned identity.</summary>
    private string IdentityParameter
    {
        get
        {
            var keys = FunctionApp.Node["identity"]!["userAssignedIdentities"]!.AsObject().Select(p => p.Key).ToList();
            var key = Assert.Single(keys);
            return Assert.Single(IdentityReference().Matches(key)).Groups["param"].Value;
        }
    }

    private string IdentityResourceId => $"resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('{IdentityParameter}'))";

    [Fact]
    public void Plan_is_Flex_Consumption_on_Linux()
    {
        var plan = compiled.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.String("sku.name"));
        Assert.Equal("FlexConsumption", plan.String("sku.tier"));
        Assert.Equal("functionapp", plan.String("kind"));
        Assert.Equal("true", plan.String("properties.reserved"));

        var planParameter = Assert.Single(ParameterReference().Matches(plan.Name)).Groups["param"].Value;
        Assert.Same(plan.Scope.Template, FunctionApp.Scope.Template);
        Assert.Equal($"[resourceId('Microsoft.Web/serverfarms', parameters('{planParameter}'))]", FunctionApp.String("properties.serverFarmId"));
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_linux_over_https_only()
    {
        var app = FunctionApp;

        Assert.Equal("functionapp,linux", app.String("kind"));
        Assert.Equal("dotnet-isolated", app.String("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", app.String("properties.functionAppConfig.runtime.version"));
        Assert.Equal("true", app.String("properties.httpsOnly"));
        Assert.NotNull(app.Node["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["maximumInstanceCount"]);
        Assert.NotNull(app.Node["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["instanceMemoryMB"]);
    }

    [Fact]
    public void Deployment_package_is_pulled_from_a_created_blob_container_with_the_user_assigned_identity()
    {
        var app = FunctionApp;
        var storage = app.Node["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal($"[{IdentityResourceId}]", (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);

        // value = <blob endpoint of the app's storage account><deployment container parameter>
        var value = (string)storage["value"]!;
        Assert.Contains($"{StorageAccountOf(app.Scope)}, '2023-05-01').primaryEndpoints.blob", value);
        var containerParameter = Assert.Single(Regex.Matches(value, @"parameters\('(?<param>\w+)'\)\)\]$")).Groups["param"].Value;
        var containerName = Literal(compiled.Root, app.Scope.ParameterValue(containerParameter));
        Assert.Contains(containerName, CreatedContainers());
    }

    [Fact]
    public void Storage_account_accepts_only_Entra_ID_over_TLS_1_2_and_no_public_blobs()
    {
        var account = StorageAccount;

        Assert.Equal("false", account.String("properties.allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", account.String("properties.minimumTlsVersion"));
        Assert.Equal("false", account.String("properties.allowBlobPublicAccess"));
        Assert.Equal("true", account.String("properties.supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Storage_has_the_upload_and_report_containers_and_the_eleven_tables()
    {
        Assert.Contains("visit-batches", CreatedContainers());
        Assert.Contains("audit-reports", CreatedContainers());

        var tables = ModuleArrayParameter(compiled.Single("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal(["AuditedClaims", "Batches", "ClinicKeys", "ColumnMaps", "Episodes", "NoteFingerprints", "PayerMap", "PayerProfiles", "Remittances", "TherapyLedger", "VisitLedger"],
            tables.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("AuditStorage")]
    public void Storage_connection_is_identity_based_on_the_apps_storage_account(string connection)
    {
        var settings = AppSettings();
        var account = StorageAccountOf(FunctionApp.Scope);

        Assert.False(settings.ContainsKey(connection), $"{connection} as a single setting would be a connection string with a key");
        Assert.Equal($"[reference({account}, '2023-05-01').primaryEndpoints.blob]", settings[$"{connection}__blobServiceUri"]);
        Assert.Equal($"[reference({account}, '2023-05-01').primaryEndpoints.queue]", settings[$"{connection}__queueServiceUri"]);
        Assert.Equal($"[reference({account}, '2023-05-01').primaryEndpoints.table]", settings[$"{connection}__tableServiceUri"]);
        Assert.Equal("managedidentity", settings[$"{connection}__credential"]);
        Assert.Equal($"[reference({IdentityResourceId}, '2023-01-31').clientId]", settings[$"{connection}__clientId"]);
    }

    [Fact]
    public void Application_Insights_is_reached_with_Entra_ID_only()
    {
        var settings = AppSettings();
        var insights = compiled.Single("Microsoft.Insights/components");

        Assert.Equal("true", insights.String("properties.DisableLocalAuth"));
        Assert.Contains(".ConnectionString]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal(
            $"[format('ClientId={{0}};Authorization=AAD', reference({IdentityResourceId}, '2023-01-31').clientId)]",
            settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void No_storage_key_or_key_based_connection_string_appears_anywhere()
    {
        foreach (var forbidden in new[] { "AccountKey=", "listKeys(", "DefaultEndpointsProtocol", "SharedAccessSignature", "listAccountSas(" })
        {
            Assert.DoesNotContain(forbidden, compiled.Json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(StorageBlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageQueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageTableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    public void App_identity_holds_its_role(string roleDefinitionId, string scopeType)
    {
        var assignment = Assert.Single(RoleAssignments(roleDefinitionId), r => r.Scope.Template == FunctionApp.Scope.Template);

        Assert.Equal($"[reference({IdentityResourceId}, '2023-01-31').principalId]", assignment.String("properties.principalId"));
        Assert.Equal("ServicePrincipal", assignment.String("properties.principalType"));
        Assert.StartsWith($"[resourceId('{scopeType}', parameters(", assignment.String("scope"));
        if (scopeType == "Microsoft.Storage/storageAccounts")
        {
            Assert.Equal($"[{StorageAccountOf(FunctionApp.Scope)}]", assignment.String("scope"));
        }
    }

    [Theory]
    [InlineData(StorageBlobDataReader)]
    [InlineData(StorageTableDataContributor)]
    public void Deploying_user_can_read_reports_and_mint_keys(string roleDefinitionId)
    {
        var assignment = Assert.Single(RoleAssignments(roleDefinitionId), r => r.Scope.Template != FunctionApp.Scope.Template);
        var principalParameter = Assert.Single(ParameterReference().Matches(assignment.String("properties.principalId")!)).Groups["param"].Value;

        // main passes azd's AZURE_PRINCIPAL_ID through, and skips the module when it is empty.
        Assert.Equal("[parameters('principalId')]", assignment.Scope.ParameterValue(principalParameter)?.ToString());
        Assert.Equal("[not(empty(parameters('principalId')))]", assignment.Scope.Deployment!.String("condition"));
        Assert.Equal($"[{StorageAccountOf(assignment.Scope)}]", assignment.String("scope"));
    }

    [Fact]
    public void Every_module_uses_the_storage_account_the_storage_module_creates()
    {
        var modules = compiled.Root.Resources
            .Select(r => r.NestedTemplate)
            .Where(t => t?.Template["parameters"]?["storageAccountName"] is not null)
            .Select(t => t!)
            .ToList();

        Assert.Equal(["eventgrid", "functions", "user-access"], modules.Select(m => m.DeploymentName).Order(StringComparer.Ordinal));
        foreach (var module in modules)
        {
            var value = module.ParameterValue("storageAccountName")!.ToString();
            Assert.Contains("'Microsoft.Resources/deployments', 'storage')", value);
            Assert.EndsWith(".outputs.name.value]", value);
        }
    }

    [Fact]
    public void Event_Grid_system_topic_listens_to_the_storage_account()
    {
        var topic = compiled.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.String("properties.topicType"));
        Assert.Equal($"[{StorageAccountOf(topic.Scope)}]", topic.String("properties.source"));
    }

    [Fact]
    public void Function_app_carries_the_azd_service_name_of_azure_yaml()
    {
        var serviceName = Assert.Single(AzureYaml.Services()).Key;
        var tags = FunctionApp.String("tags")!;

        var parameter = Assert.Single(Regex.Matches(tags, @"createObject\('azd-service-name', parameters\('(?<param>\w+)'\)\)")).Groups["param"].Value;
        var passed = FunctionApp.Scope.ParameterValue(parameter)!.ToString();
        Assert.Equal("[parameters('serviceName')]", passed);
        Assert.Equal(serviceName, (string?)compiled.Root.Template["parameters"]!["serviceName"]!["defaultValue"]);
        Assert.Null(MainParameters()["serviceName"]); // not overridden by the azd parameters file
    }

    [Fact]
    public void Parameters_file_fills_every_required_parameter_from_the_azd_environment()
    {
        var declared = compiled.Root.Template["parameters"]!.AsObject();
        var given = MainParameters();

        foreach (var (name, definition) in declared)
        {
            if (definition!["defaultValue"] is null)
            {
                Assert.True(given.ContainsKey(name), $"main.parameters.json does not set required parameter '{name}'");
            }
        }

        foreach (var (name, _) in given)
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets unknown parameter '{name}'");
        }

        Assert.Equal("${AZURE_ENV_NAME}", (string?)given["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)given["location"]!["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)given["principalId"]!["value"]);
    }

    [Fact]
    public void Outputs_are_upper_snake_case_and_cover_what_the_hooks_read()
    {
        var outputs = compiled.Root.Template["outputs"]!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.All(outputs, name => Assert.Matches("^[A-Z][A-Z0-9_]*$", name));
        foreach (var expected in new[]
                 {
                     "AZURE_FUNCTION_APP_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_RESOURCE_GROUP", "EVENTGRID_SYSTEM_TOPIC_NAME",
                     "AZURE_STORAGE_BLOB_ENDPOINT", "AZURE_STORAGE_TABLE_ENDPOINT",
                 })
        {
            Assert.Contains(expected, outputs);
        }

        // Variables each hook insists on, and the optional ones it reads from the environment.
        var sh = File.ReadAllText(TestEnvironment.PostdeployScript);
        var ps1 = File.ReadAllText(Path.ChangeExtension(TestEnvironment.PostdeployScript, ".ps1"));
        var shRequired = Regex.Match(sh, @"for required in (?<names>[A-Z_ ]+); do").Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var psRequired = Regex.Matches(Regex.Match(ps1, @"foreach \(\$required in (?<names>[^)]+)\)").Groups["names"].Value, "'(?<n>[A-Z_]+)'").Select(m => m.Groups["n"].Value);
        Assert.NotEmpty(shRequired);
        Assert.Equal(shRequired, psRequired);
        foreach (var name in shRequired.Concat(["AZURE_FUNCTION_APP_HOSTNAME", "AUDIT_FUNCTION_NAME", "VISIT_BATCHES_CONTAINER_NAME"]))
        {
            Assert.Contains(name, outputs);
        }
    }

    /// <summary><c>resourceId('Microsoft.Storage/storageAccounts', parameters('x'))</c> of a module, for its storage-account parameter.</summary>
    private static string StorageAccountOf(TemplateScope scope)
    {
        Assert.NotNull(scope.Template["parameters"]?["storageAccountName"]);
        return "resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))";
    }

    private Dictionary<string, string> AppSettings()
    {
        var config = Assert.Single(compiled.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains("'appsettings'"));
        return config.Node["properties"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.ToString());
    }

    private IEnumerable<TemplateResource> RoleAssignments(string roleDefinitionId) =>
        compiled.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Scope.ResolveVariables(r.String("properties.roleDefinitionId")!)
                .Equals($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{roleDefinitionId}')]", StringComparison.Ordinal));

    private IReadOnlyList<string> CreatedContainers() =>
        ModuleArrayParameter(compiled.Single("Microsoft.Storage/storageAccounts/blobServices/containers"));

    /// <summary>
    /// A copy loop over a module parameter (<c>parameters('containers')[copyIndex()]</c>): the values main
    /// passes for it, main's variables resolved.
    /// </summary>
    private IReadOnlyList<string> ModuleArrayParameter(TemplateResource looped)
    {
        var parameter = Assert.Single(Regex.Matches(looped.Name, @"parameters\('(?<param>\w+)'\)\[copyIndex\(\)\]")).Groups["param"].Value;
        var passed = Assert.IsType<JsonArray>(looped.Scope.ParameterValue(parameter));
        return passed.Select(item => Literal(compiled.Root, item)).ToList();
    }

    /// <summary>A literal string, or <c>[variables('x')]</c> of main resolved to its value.</summary>
    private static string Literal(TemplateScope scope, JsonNode? node)
    {
        var text = node!.ToString();
        var resolved = scope.ResolveVariables(text);
        return resolved.StartsWith("['", StringComparison.Ordinal) && resolved.EndsWith("']", StringComparison.Ordinal)
            ? resolved[2..^2]
            : resolved;
    }

    private static JsonObject MainParameters() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.InfraDirectory, "main.parameters.json")))!["parameters"]!.AsObject();

    [GeneratedRegex(@"resourceId\('Microsoft\.ManagedIdentity/userAssignedIdentities', parameters\('(?<param>\w+)'\)\)")]
    private static partial Regex IdentityReference();

    [GeneratedRegex(@"parameters\('(?<param>\w+)'\)")]
    private static partial Regex ParameterReference();
}
