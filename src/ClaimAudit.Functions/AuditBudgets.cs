using System.Globalization;
using ClaimAudit.Application;
using Microsoft.Extensions.Configuration;

namespace ClaimAudit.Functions;

/// <summary>
/// The app's audit time budget (issue 14): the function timeout minus a margin, so a batch that takes
/// too long is stopped and recorded as <c>failed</c> with a reason before the host kills the worker.
/// </summary>
public static class AuditBudgets
{
    /// <summary>An explicit budget for uploads (a TimeSpan, e.g. <c>00:20:00</c>); when set, the function timeout is not consulted.</summary>
    public const string BudgetSetting = "ClaimAudit:AuditBudget";

    /// <summary>
    /// host.json's <c>functionTimeout</c> as the worker can see it: the app setting
    /// <c>AzureFunctionsJobHost__functionTimeout</c>, which overrides host.json (the isolated worker
    /// does not read host.json itself).
    /// </summary>
    public const string FunctionTimeoutSetting = "AzureFunctionsJobHost:functionTimeout";

    /// <summary>The Flex Consumption plan's function timeout when none is set.</summary>
    public static readonly TimeSpan DefaultFunctionTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Left for recording the failure and writing its report once the budget is spent.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Posted batches also stop before Azure's load balancer gives up on an HTTP response (230 s),
    /// so the caller gets the reason rather than a dropped connection.
    /// </summary>
    public static readonly TimeSpan PostedLimit = TimeSpan.FromSeconds(210);

    public static AuditBudget FromConfiguration(IConfiguration configuration)
    {
        var upload = Parse(configuration[BudgetSetting], BudgetSetting)
            ?? Less(Parse(configuration[FunctionTimeoutSetting], FunctionTimeoutSetting) is { } timeout && timeout > TimeSpan.Zero ? timeout : DefaultFunctionTimeout);
        return new AuditBudget(upload, upload < PostedLimit ? upload : PostedLimit);
    }

    // A timeout of a minute or less keeps half of it for the work.
    private static TimeSpan Less(TimeSpan timeout) => timeout > 2 * Margin ? timeout - Margin : timeout / 2;

    // "-1" (no timeout) reads as unset: the host may not kill the worker, but the platform still recycles it.
    private static TimeSpan? Parse(string? text, string setting)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "-1") return null;
        if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero) return value;
        throw new InvalidOperationException($"the setting {setting} is '{text}', which is not a positive duration such as 00:10:00");
    }
}
