using System.Globalization;

namespace ClaimAudit.Core.Payers;

/// <summary>
/// Which codes are therapy codes for a payer: the one test behind the NCCI import's row filter
/// (<see cref="NcciImport"/>) and the discipline-modifier rule (MOD_DISCIPLINE_MISSING), so the
/// lines that must carry GP/GO/GN are the ones whose edits and limits a profile keeps.
/// </summary>
internal static class TherapyCodes
{
    /// <summary>
    /// Physical medicine and rehabilitation codes (97010–97799), G0283, and the codes the profile
    /// names: its timed and untimed codes (so 29xxx strapping, 95992, 20560/20561 keep their edits and
    /// limits), and the codes of its rates, daily limits, one-on-one, not-payable and replacement lists
    /// (both sides of a replacement). Supplies billed by quantity are not therapy codes.
    /// </summary>
    public static bool Includes(PayerProfile profile, string code)
    {
        if (code == "G0283") return true;
        if (code.Length == 5 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 97010 and <= 97799) return true;
        return profile.IsTimed(code) || profile.IsUntimed(code) || profile.Rates.ContainsKey(code) || profile.DailyUnitLimits.ContainsKey(code)
            || profile.OneOnOneCodes.Contains(code) || profile.NotPayable.Contains(code)
            || profile.CodeReplacements.ContainsKey(code) || profile.CodeReplacements.Values.Contains(code);
    }
}
