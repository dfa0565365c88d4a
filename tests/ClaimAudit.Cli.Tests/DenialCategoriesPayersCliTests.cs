using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 11 on the CLI: `payers show` shows a profile's own denial categories, `payers list` says it has some, a bad entry is refused naming it.</summary>
public sealed class DenialCategoriesPayersCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-denials-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Payers_show_and_list_show_the_profiles_own_denial_categories_and_a_bad_entry_is_refused()
    {
        var good = Write("good.json", """
            {"payerId": "acme", "denialCategories": [{"group": "CO", "reason": "50", "category": "other"}, {"remark": "N115", "category": "benefit-limit"}]}
            """);
        var bad = Write("bad.json", """{"payerId": "acme", "denialCategories": [{"group": "CO", "category": "other"}]}""");

        var shown = await CliRun.RunAsync("payers", "show", "acme", "--payers", good);
        var listed = await CliRun.RunAsync("payers", "list", "--payers", good);
        var refused = await CliRun.RunAsync("payers", "list", "--payers", bad);

        Assert.Equal(0, shown.ExitCode);
        using var doc = JsonDocument.Parse(shown.Stdout);
        var entries = doc.RootElement.GetProperty("denialCategories").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("50", entries[0].GetProperty("reason").GetString());
        Assert.Equal("other", entries[0].GetProperty("category").GetString());
        Assert.Equal("benefit-limit", entries[1].GetProperty("category").GetString());
        Assert.Equal(0, listed.ExitCode);
        Assert.EndsWith(" — 2 own denial-category entries (before the shipped mapping)",
            listed.Stdout.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("acme ", StringComparison.Ordinal)));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("denialCategories[0] has neither a reason nor a remark code", refused.Stderr);
    }
}
