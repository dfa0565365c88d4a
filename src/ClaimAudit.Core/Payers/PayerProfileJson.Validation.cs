using System.Globalization;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Payers;

// Validation: what makes a profile usable, whether it was read from JSON, imported from NCCI files or built in code.
public static partial class PayerProfileJson
{
    /// <summary>
    /// Every problem of a profile, each naming its field (<c>ptpPairs[2].column1 '9711' is not a
    /// 5-character code</c>); empty when the profile is usable.
    /// </summary>
    public static IReadOnlyList<string> Validate(PayerProfile profile)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.PayerId))
            errors.Add("payerId is required");
        else if (!PayerIdPattern().IsMatch(profile.PayerId.Trim()))
            errors.Add($"payerId '{profile.PayerId}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        if (!Enum.IsDefined(profile.UnitMethod))
            errors.Add($"unitMethod '{(int)profile.UnitMethod}' must be cms, ama or strict");

        void Code(string field, string? code)
        {
            if (code is null || !ProcedureCode.IsWellFormed(code.AsSpan().Trim()))
                errors.Add($"{field} '{code}' is not a 5-character code");
        }
        void Codes(string field, IReadOnlyList<string>? codes)
        {
            if (codes is null) return;
            for (var i = 0; i < codes.Count; i++) Code($"{field}[{i}]", codes[i]);
        }

        Codes("timedCodes", profile.TimedCodes);
        Codes("untimedCodes", profile.UntimedCodes);
        if (profile.UntimedCodes is not null)
        {
            // A code both timed and untimed would be billed by time and as one unit at once: refuse it, naming it.
            var timed = profile.TimedCodes ?? PayerProfile.DefaultTimedCodes;
            var timedFrom = profile.TimedCodes is null ? "the default timed codes" : "timedCodes";
            for (var i = 0; i < profile.UntimedCodes.Count; i++)
                if (profile.UntimedCodes[i] is { } code && timed.Any(t => string.Equals(t?.Trim(), code.Trim(), StringComparison.OrdinalIgnoreCase)))
                    errors.Add($"untimedCodes[{i}] '{code}' is also in {timedFrom}: a code is either timed or untimed, remove it from one list");
        }
        if (profile.QuantityCodes is { } quantity)
            for (var i = 0; i < quantity.Count; i++)
                if (quantity[i] is not { } q || !(ProcedureCode.IsWellFormed(q.AsSpan().Trim()) || CodePrefixPattern().IsMatch(q.Trim())))
                    errors.Add($"quantityCodes[{i}] '{quantity[i]}' is not a 5-character code or a prefix of 1-4 letters or digits ending in '*' (\"L*\")");
        for (var i = 0; i < profile.PtpPairs.Count; i++)
        {
            var pair = profile.PtpPairs[i];
            Code($"ptpPairs[{i}].column1", pair.Column1);
            Code($"ptpPairs[{i}].column2", pair.Column2);
            if (string.Equals(pair.Column1?.Trim(), pair.Column2?.Trim(), StringComparison.OrdinalIgnoreCase))
                errors.Add($"ptpPairs[{i}] pairs '{pair.Column1}' with itself");
        }
        for (var i = 0; i < profile.DistinctModifiers.Count; i++)
            if (profile.DistinctModifiers[i] is not { } m || !ModifierPattern().IsMatch(m.Trim()))
                errors.Add($"distinctModifiers[{i}] '{profile.DistinctModifiers[i]}' is not a 2-character modifier");
        foreach (var (year, amount) in profile.KxThresholds)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || year.Trim().Length != 4 || y < 1990 || y > 2199)
                errors.Add($"kxThresholds key '{year}' is not a year");
            else if (amount is <= 0 or > Money.MaxAmount)
                errors.Add($"kxThresholds['{year}'] must be a dollar amount from 0.01 to {MaxAmountText} (got {Number(amount)})");
        }
        if (profile.ReviewThreshold is { } review && review is <= 0 or > Money.MaxAmount)
            errors.Add($"reviewThreshold must be a dollar amount from 0.01 to {MaxAmountText} (got {Number(review)})");
        if (profile.AssistantRate is < 0 or > 1)
            errors.Add("assistantRate must be between 0 and 1");
        Codes("oneOnOneCodes", profile.OneOnOneCodes);
        foreach (var (code, limit) in profile.DailyUnitLimits)
        {
            Code("dailyUnitLimits key", code);
            if (limit < 0) errors.Add($"dailyUnitLimits['{code}'] must be 0 or more units");
        }
        foreach (var (code, replacement) in profile.CodeReplacements)
        {
            Code("codeReplacements key", code);
            Code($"codeReplacements['{code}']", replacement);
        }
        Codes("notPayable", profile.NotPayable);
        foreach (var (code, rate) in profile.Rates)
        {
            Code("rates key", code);
            // Bounded so that no sum of line values can overflow (see Money.MaxRatePerUnit).
            if (rate is < 0 or > Money.MaxRatePerUnit)
                errors.Add($"rates['{code}'] must be 0 to {Money.MaxRatePerUnit.ToString("#,##0.00", CultureInfo.InvariantCulture)} dollars per unit (got {Number(rate)})");
        }
        ValidateEpisodes(profile.Episodes, errors);
        ValidateDenialCategories(profile.DenialCategories, errors);
        return errors;
    }

    /// <summary>Section 10's bounds; each message names the field as the profile JSON writes it.</summary>
    private static void ValidateEpisodes(EpisodePolicy? episodes, List<string> errors)
    {
        if (episodes is null) return;
        if (episodes.Certification is { } certification)
        {
            if (certification.WithinDays is < 1 or > MaxCertificationWithinDays)
                errors.Add($"certification.withinDays must be 1..{MaxCertificationWithinDays} days (got {certification.WithinDays})");
            if (certification.MaxPlanDays is < 1 or > MaxPlanDays)
                errors.Add($"certification.maxPlanDays must be 1..{MaxPlanDays} days (got {certification.MaxPlanDays})");
        }
        if (episodes.ProgressReportEveryTreatmentDays is { } every and (< 1 or > MaxProgressReportInterval))
            errors.Add($"progressReportEveryTreatmentDays must be 1..{MaxProgressReportInterval} treatment days (got {every})");
        if (episodes.YearlyVisitLimit is { } limit and (< 1 or > MaxYearlyVisitLimit))
            errors.Add($"yearlyVisitLimit must be 1..{MaxYearlyVisitLimit} visits (got {limit})");
    }

    /// <summary>Section 11: each entry names a CAS group the guide defines and a reason or remark code; at most <see cref="MaxDenialCategories"/> entries.</summary>
    private static void ValidateDenialCategories(IReadOnlyList<Remittances.DenialCategoryEntry>? entries, List<string> errors)
    {
        if (entries is null) return;
        if (entries.Count > MaxDenialCategories)
        {
            errors.Add($"denialCategories has {entries.Count} entries; a profile may have at most {MaxDenialCategories} (the shipped mapping still applies after them)");
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Group is not null && !AdjustmentGroups.Contains(e.Group.Trim()))
                errors.Add($"denialCategories[{i}].group '{e.Group}' is not a CAS group; use CO, PR, OA, PI or CR (or leave it out for any group)");
            if (string.IsNullOrWhiteSpace(e.Reason) && string.IsNullOrWhiteSpace(e.Remark))
                errors.Add($"denialCategories[{i}] has neither a reason nor a remark code: it would place every adjustment{(e.Group is null ? "" : $" of group {e.Group}")}; give a reason (CARC, \"50\") or a remark (RARC, \"N362\")");
            if (e.Reason is { } reason && !string.IsNullOrWhiteSpace(reason) && !AdjustmentCodePattern().IsMatch(reason.Trim()))
                errors.Add($"denialCategories[{i}].reason '{reason}' is not a reason code (1-5 letters or digits, e.g. \"50\" or \"B7\")");
            if (e.Remark is { } remark && !string.IsNullOrWhiteSpace(remark) && !AdjustmentCodePattern().IsMatch(remark.Trim()))
                errors.Add($"denialCategories[{i}].remark '{remark}' is not a remark code (1-5 letters or digits, e.g. \"N362\" or \"MA130\")");
            if (!Enum.IsDefined(e.Category))
                errors.Add($"denialCategories[{i}].category {(int)e.Category} is not a category; use one of: {string.Join(", ", Remittances.DenialCategories.AllNames)}");
        }
    }

    private static readonly HashSet<string> AdjustmentGroups = new(StringComparer.OrdinalIgnoreCase) { "CO", "PR", "OA", "PI", "CR" };

    public const int MaxDenialCategories = 200;

    [GeneratedRegex("^[A-Za-z0-9]{1,5}$")]
    private static partial Regex AdjustmentCodePattern();

    public const int MaxCertificationWithinDays = 365;
    public const int MaxPlanDays = 730;
    public const int MaxProgressReportInterval = 100;
    public const int MaxYearlyVisitLimit = 1000;

    private static readonly string MaxAmountText = Money.MaxAmount.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quantityCodes prefix entry: 1-4 letters or digits and a closing '*' ("L*", "A45*").</summary>
    [GeneratedRegex("^[A-Za-z0-9]{1,4}\\*$")]
    private static partial Regex CodePrefixPattern();

    [GeneratedRegex("^[A-Za-z0-9]{2}$")]
    private static partial Regex ModifierPattern();

    /// <summary>A payer id: letters, digits, '.', '_' and '-', up to 64 characters (also a valid Table Storage key).</summary>
    public static bool IsValidPayerId(string? payerId) => payerId is not null && PayerIdPattern().IsMatch(payerId);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex PayerIdPattern();
}
