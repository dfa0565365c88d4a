using System.Globalization;
using System.Text;
using ClaimAudit.Core.Remittances;
using ClaimAudit.Core.Reporting;
using nietras.SeparatedValues;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// Writes the analytics as one flat CSV a billing manager can filter in Excel: the first column,
/// <c>section</c>, says what a row is (totals, denial-rate, reason-code, aging, open-claim, scorecard,
/// miss, unmatched, balancing, reference); each section fills the columns that apply to it and leaves
/// the others empty. UTF-8 with BOM, CRLF, RFC 4180 quoting, text cells neutralised against formula
/// injection as the audit report's CSV does (<see cref="ReportCsv.Neutralise"/>); numbers are written
/// from numbers, invariant, never prefixed, so they stay summable.
/// </summary>
/// <remarks>
/// Sections and their columns:
/// <list type="bullet">
/// <item><c>totals</c>: <c>name</c> (audited_claims, clean_claim_rate, …), <c>value</c>.</item>
/// <item><c>denial-rate</c>: code, payer_id, count (lines), denied_count, rate, charged, denied_amount, dollar_rate.</item>
/// <item><c>reason-code</c>: category, code, detail (our label), count (lines), amount.</item>
/// <item><c>aging</c>: name (bucket), count (claims), amount.</item>
/// <item><c>open-claim</c>: visit_id, payer_id, date_of_service, days, name (bucket), billed, paid, adjusted, outstanding, value (remitted true/false).</item>
/// <item><c>scorecard</c>: name (rule id), detail (title), category (predicted), count (flagged lines), sent_unchanged, denied_as_predicted, denied_otherwise, rate (precision).</item>
/// <item><c>miss</c>: name "category" rows (category, count = denials, denied_count = unflagged), then name "line" rows
/// (category, visit_id, line_control, code, payer_id, date_of_service, codes, remarks, amount, rules).</item>
/// <item><c>unmatched</c>: name (remittance key), location, visit_id (the 835's patient control number), line_control, code, charged, paid, detail (reason).</item>
/// <item><c>balancing</c>: name (remittance key), location, detail (message), amount (difference).</item>
/// <item><c>reference</c>: name (measure), value (the clinic's), reference, meets, detail ("industry reference").</item>
/// </list>
/// Lists (codes, remarks, rules) are joined with a space.
/// </remarks>
public static class AnalyticsCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "section", "name", "category", "code", "payer_id", "visit_id", "line_control", "date_of_service", "days",
        "count", "denied_count", "sent_unchanged", "denied_as_predicted", "denied_otherwise", "rate", "dollar_rate",
        "billed", "charged", "paid", "adjusted", "denied_amount", "outstanding", "amount", "value", "reference", "meets",
        "codes", "remarks", "rules", "location", "detail",
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Stream output, AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        // The BOM makes Excel read the file as UTF-8; CRLF is what RFC 4180 and Excel expect.
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        using (var csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = Invariant }).To(text, leaveOpen: true))
        {
            csv.Header.Add(Columns);
            csv.Header.Write();
            foreach (var row in Rows(report)) WriteRow(csv, row);
        }
        text.Flush();
    }

    private static IEnumerable<Dictionary<string, string>> Rows(AnalyticsReport r)
    {
        var t = r.Totals;
        foreach (var (name, value) in new (string, string)[]
        {
            ("audited_claims", N(t.AuditedClaims)), ("clean_claim_rate", R(t.CleanClaimRate)), ("remitted_claims", N(t.RemittedClaims)),
            ("denied_claims", N(t.DeniedClaims)), ("denial_rate", R(t.DenialRate)), ("charged", M(t.Charged)), ("paid", M(t.Paid)),
            ("denied", M(t.Denied)), ("dollar_denial_rate", R(t.DollarDenialRate)), ("first_pass_resolution_rate", R(t.FirstPassResolutionRate)),
            ("outstanding", M(t.Outstanding)), ("days_in_ar", R(t.DaysInAr)), ("ar_over_90_share", R(t.ArOver90Share)),
        })
            yield return Row("totals", ("name", Text(name)), ("value", value));

        foreach (var d in r.DenialRates)
            yield return Row("denial-rate", ("code", Text(d.Code)), ("payer_id", Text(d.PayerId)), ("count", N(d.Lines)), ("denied_count", N(d.DeniedLines)),
                ("rate", R(d.DenialRate)), ("charged", M(d.Charged)), ("denied_amount", M(d.Denied)), ("dollar_rate", R(d.DollarDenialRate)));

        foreach (var c in r.ReasonCodes)
            yield return Row("reason-code", ("category", Cat(c.Category)), ("code", Text(c.Code)), ("detail", Text(c.Label)), ("count", N(c.Lines)), ("amount", M(c.Amount)));

        foreach (var b in r.Aging)
            yield return Row("aging", ("name", Text(b.Label)), ("count", N(b.Claims)), ("amount", M(b.Amount)));

        foreach (var o in r.OpenClaims)
            yield return Row("open-claim", ("visit_id", Text(o.VisitId)), ("payer_id", Text(o.PayerId)), ("date_of_service", Day(o.DateOfService)),
                ("days", N(o.Days)), ("name", Text(o.Bucket)), ("billed", M(o.Billed)), ("paid", M(o.Paid)), ("adjusted", M(o.Adjusted)),
                ("outstanding", M(o.Outstanding)), ("value", o.Remitted ? "true" : "false"));

        foreach (var s in r.Scorecard)
            yield return Row("scorecard", ("name", Text(s.RuleId)), ("detail", Text(s.Title)), ("category", s.Predicted is { } p ? Cat(p) : ""),
                ("count", N(s.FlaggedLines)), ("sent_unchanged", N(s.SentUnchanged)), ("denied_as_predicted", N(s.DeniedAsPredicted)),
                ("denied_otherwise", N(s.DeniedOtherwise)), ("rate", R(s.Precision)));

        foreach (var m in r.Misses)
        {
            yield return Row("miss", ("name", "category"), ("category", Cat(m.Category)), ("count", N(m.Denials)), ("denied_count", N(m.Unflagged)));
            foreach (var l in m.Lines)
                yield return Row("miss", ("name", "line"), ("category", Cat(m.Category)), ("visit_id", Text(l.VisitId)), ("line_control", Text(l.LineControl)),
                    ("code", Text(l.Code)), ("payer_id", Text(l.PayerId)), ("date_of_service", Day(l.DateOfService)), ("codes", Text(string.Join(' ', l.Codes))),
                    ("remarks", Text(string.Join(' ', l.Remarks))), ("amount", M(l.Amount)), ("rules", Text(string.Join(' ', l.RulesThatFlagged))));
        }

        foreach (var u in r.Unmatched)
            yield return Row("unmatched", ("name", Text(u.RemittanceKey)), ("location", Text(u.Location)), ("visit_id", Text(u.PatientControlNumber)),
                ("line_control", Text(u.LineControl)), ("code", Text(u.Code)), ("charged", M(u.Charge)), ("paid", M(u.Paid)), ("detail", Text(u.Reason)));

        foreach (var b in r.Balancing)
            yield return Row("balancing", ("name", Text(b.RemittanceKey)), ("location", Text(b.Location)), ("detail", Text(b.Message)), ("amount", M(b.Difference)));

        foreach (var x in r.References)
            yield return Row("reference", ("name", Text(x.Measure)), ("value", R(x.Value)), ("reference", Text(x.Reference)),
                ("meets", x.Meets is { } meets ? (meets ? "true" : "false") : ""), ("detail", AnalyticsBuilder.ReferenceLabel));
    }

    private static Dictionary<string, string> Row(string section, params (string Column, string Value)[] cells)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal) { ["section"] = section };
        foreach (var (column, value) in cells) row[column] = value;
        return row;
    }

    private static void WriteRow(SepWriter csv, Dictionary<string, string> cells)
    {
        using var row = csv.NewRow();
        foreach (var column in Columns) row[column].Set(cells.GetValueOrDefault(column, ""));
    }

    // Text from the input (ids, codes, messages) can start with = + - @: neutralised. Numbers are ours.
    private static string Text(string? value) => ReportCsv.Neutralise(value);
    private static string Cat(RemittanceCategory c) => DenialCategories.NameOf(c);
    private static string N(int value) => value.ToString(Invariant);
    private static string M(decimal value) => value.ToString("0.00", Invariant);
    private static string R(double? value) => value is { } v ? v.ToString("0.####", Invariant) : "";
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
