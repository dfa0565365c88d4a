using System.Globalization;
using System.Text;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 14, item 2: the pathological batch of many visits of one patient on one date, all with
/// the same note, alternating the two codes of a Medicare PTP pair (97150 over 97110, modifier
/// allowed) so that every 97110 visit has its column 1 in another visit of the day.
/// </summary>
internal static class OnePatientDay
{
    public const string Note = "Ther ex 30 min: sit to stand x10 and bridges 3x10 for quad and hip strength; goal independent transfers.";

    public static string Csv(int visits)
    {
        var csv = new StringBuilder("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,note\n");
        for (var i = 1; i <= visits; i++)
            csv.Append(CultureInfo.InvariantCulture, $"V-{i},P-1,2026-03-04,medicare,{(i % 2 == 1 ? "97150" : "97110")},30,2,GP,{Note}\n");
        return csv.ToString();
    }
}
