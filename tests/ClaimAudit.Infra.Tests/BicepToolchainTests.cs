namespace ClaimAudit.Infra.Tests;

/// <summary>`azd provision` compiles infra/main.bicep: it must compile, and lint, without a single diagnostic.</summary>
[Collection(BicepCollection.Name)]
public sealed class BicepToolchainTests(CompiledTemplate compiled)
{
    [Fact]
    public void Build_of_main_bicep_reports_no_warning_or_error()
    {
        Assert.Equal(0, compiled.BuildResult.ExitCode);
        Assert.Equal(string.Empty, compiled.BuildResult.Combined);
    }

    [Fact]
    public void Lint_of_main_bicep_and_its_modules_reports_no_warning_or_error()
    {
        var lint = TestEnvironment.Run(TestEnvironment.BicepPath, ["lint", TestEnvironment.MainBicep]);

        Assert.Equal(0, lint.ExitCode);
        Assert.Equal(string.Empty, lint.Combined);
    }

    [Fact]
    public void Compiled_template_targets_the_subscription_and_creates_the_resource_group()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", (string)compiled.Root.Template["$schema"]!);
        var resourceGroup = compiled.Single("Microsoft.Resources/resourceGroups");
        Assert.Same(compiled.Root.Template, resourceGroup.Scope.Template);
    }
}
