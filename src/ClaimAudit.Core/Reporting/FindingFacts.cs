using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// What the human-facing reports (CSV, HTML, console) say about a finding beyond its text: the
/// rule's short title, who fixes it, and the line it is about — worked out once here so every
/// format says the same.
/// </summary>
public static class FindingFacts
{
    /// <summary>Who fixes a finding: the billing team (the claim: units, modifiers, codes, authorisation, diagnoses).</summary>
    public const string Billing = "billing";

    /// <summary>
    /// Who fixes a finding: the clinician, the therapist the claim is sent back to (the note, the
    /// one-on-one attestation, the plan of care). The same word as schema 2's <c>fixedBy</c>.
    /// </summary>
    public const string Clinician = "clinician";

    /// <summary>Titles of the rows the reports add that are no rule of the catalog.</summary>
    private static readonly Dictionary<string, string> ReportRowTitles = new(StringComparer.Ordinal)
    {
        ["REJECTED_ROW"] = "Row not audited",
        ["FILE_ERROR"] = "File not read",
        ["DOCUMENTATION_NOT_REVIEWED"] = "Notes not reviewed",
        ["UNITS_NOT_CHECKED"] = "Units not checked against time",
        ["EPISODE_AUTHORIZATION"] = "Authorization visits left",
        ["EPISODE_PLAN_ENDING"] = "Plan of care ending",
        ["EPISODE_PROGRESS_REPORT_DUE"] = "Progress report due",
    };

    /// <summary>The rule's short title ("Missing 59 on a bundled pair"); the id itself for an id no rule has.</summary>
    public static string Title(string ruleId) =>
        RuleCatalog.Find(ruleId)?.Title ?? ReportRowTitles.GetValueOrDefault(ruleId) ?? ruleId;

    /// <summary>
    /// <see cref="Billing"/> or <see cref="Clinician"/>. Anything that is no rule (a rejected row, a
    /// file error, an unknown id) is billing's: whoever prepares the batch fixes it.
    /// </summary>
    public static string FixedBy(string ruleId) =>
        RuleCatalog.Find(ruleId)?.FixedBy == Rules.FixedBy.Clinician ? Clinician : Billing;

    /// <summary>True for a finding whose dollars are money left unbilled (documented time not billed), not money at risk.</summary>
    public static bool IsUnbilled(string ruleId) => ruleId == Model.RuleIds.UnitsUnderbilled;

    /// <summary>
    /// The line a finding is about: the line its rule named, else the line holding its row, else the
    /// first line of its code; null for a finding on the visit (no code) or a code the visit has no line of.
    /// </summary>
    public static LineReport? LineOf(VisitReport visit, FindingReport finding)
    {
        if (finding.Code is not { } code) return null;
        if (finding.LineIndex is int index && index < visit.Lines.Count && finding.Row is null) return visit.Lines[index];
        LineReport? first = null;
        foreach (var line in visit.Lines)
        {
            if (!string.Equals(line.Code, code, StringComparison.Ordinal)) continue;
            first ??= line;
            if (finding.Row is not int row) return first;
            foreach (var r in line.Rows)
                if (r == row) return line;
        }
        return first;
    }
}
