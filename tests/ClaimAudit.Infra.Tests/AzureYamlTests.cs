namespace ClaimAudit.Infra.Tests;

public sealed class AzureYamlTests
{
    [Fact]
    public void The_one_service_deploys_the_functions_project_to_a_function_app()
    {
        var services = AzureYaml.Services();

        var (name, body) = Assert.Single(services);
        Assert.Equal("functions", name);
        Assert.Equal("./src/ClaimAudit.Functions", AzureYaml.Value(body, "project"));
        Assert.Equal("dotnet", AzureYaml.Value(body, "language"));
        Assert.Equal("function", AzureYaml.Value(body, "host"));
        Assert.True(File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, "src", "ClaimAudit.Functions", "ClaimAudit.Functions.csproj")));
    }

    [Fact]
    public void Postdeploy_hook_has_a_posix_and_a_windows_script_that_exist()
    {
        var text = AzureYaml.Text;
        Assert.Contains("postdeploy:", text);
        Assert.Contains("posix:", text);
        Assert.Contains("windows:", text);

        var scripts = AzureYaml.HookScripts().ToList();
        Assert.Equal(["./infra/hooks/postdeploy.sh", "./infra/hooks/postdeploy.ps1"], scripts);
        foreach (var script in scripts)
        {
            Assert.True(File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, script)), $"{script} is missing");
        }
    }

    [Fact]
    public void Posix_hook_script_is_executable()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no executable bit to check
        }

        var mode = File.GetUnixFileMode(TestEnvironment.PostdeployScript);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), "infra/hooks/postdeploy.sh must be executable (git update-index --chmod=+x)");
    }
}
