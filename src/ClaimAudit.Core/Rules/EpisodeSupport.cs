using System.Globalization;

namespace ClaimAudit.Core.Rules;

/// <summary>Shared wording of the episode rules (PRODUCT.md section 10).</summary>
internal static class EpisodeSupport
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// What an episode finding puts at risk: the whole visit's billed value (a claim outside a
    /// certified plan or an authorisation is denied as a whole, as a missing diagnosis holds it).
    /// </summary>
    public static decimal VisitValue(VisitEvaluation visit)
    {
        var sum = 0m;
        foreach (var line in visit.Lines) sum += line.BilledValue;
        return sum;
    }

    public static string Visits(int count) => count == 1 ? "1 visit" : $"{count.ToString(CultureInfo.InvariantCulture)} visits";
}
