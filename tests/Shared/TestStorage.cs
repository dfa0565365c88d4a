namespace ClaimAudit.Tests.Shared;

/// <summary>
/// Where the tests' Azurite listens. <c>scripts/test.sh</c> starts one on ports free for that run
/// and passes its connection string in <c>CLAIMAUDIT_TEST_STORAGE</c>, so two runs on one machine
/// never share an emulator; <c>scripts/azurite.sh start</c> writes it to <c>.azurite/connection</c>
/// for a plain <c>dotnet test</c>; otherwise the usual ports (<c>UseDevelopmentStorage=true</c>).
/// </summary>
internal static class TestStorage
{
    public const string EnvironmentVariable = "CLAIMAUDIT_TEST_STORAGE";

    public static string ConnectionString { get; } = Find();

    private static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment.Trim();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) continue;
            var file = Path.Combine(dir.FullName, ".azurite", "connection");
            return File.Exists(file) ? File.ReadAllText(file).Trim() : "UseDevelopmentStorage=true";
        }
        return "UseDevelopmentStorage=true";
    }
}
