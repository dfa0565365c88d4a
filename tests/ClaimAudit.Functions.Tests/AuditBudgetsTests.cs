using ClaimAudit.Application;
using Microsoft.Extensions.Configuration;

namespace ClaimAudit.Functions.Tests;

/// <summary>Issue 14, item 2: the audit's time budget is the function timeout minus a margin, and posted batches stop before the HTTP limit.</summary>
public sealed class AuditBudgetsTests
{
    private static AuditBudget From(params (string Key, string Value)[] settings) =>
        AuditBudgets.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void Without_settings_the_budget_is_the_flex_consumption_default_timeout_less_a_minute()
    {
        Assert.Equal(new AuditBudget(TimeSpan.FromMinutes(29), TimeSpan.FromSeconds(210)), From());
    }

    [Fact]
    public void The_function_timeout_set_as_an_app_setting_gives_the_budget()
    {
        // AzureFunctionsJobHost__functionTimeout overrides host.json's functionTimeout.
        Assert.Equal(new AuditBudget(TimeSpan.FromMinutes(9), TimeSpan.FromSeconds(210)), From(("AzureFunctionsJobHost:functionTimeout", "00:10:00")));
        Assert.Equal(TimeSpan.FromMinutes(29), From(("AzureFunctionsJobHost:functionTimeout", "-1")).Upload);
    }

    [Fact]
    public void An_explicit_budget_wins_and_a_short_one_also_bounds_posted_batches()
    {
        Assert.Equal(new AuditBudget(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)),
            From(("ClaimAudit:AuditBudget", "00:02:00"), ("AzureFunctionsJobHost:functionTimeout", "00:10:00")));
    }

    [Fact]
    public void A_malformed_setting_names_itself()
    {
        var e = Assert.Throws<InvalidOperationException>(() => From(("ClaimAudit:AuditBudget", "ten minutes")));
        Assert.Contains("ClaimAudit:AuditBudget", e.Message);
    }
}
