using System.Globalization;
using System.Net;
using System.Text;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// Writes the analytics as one self-contained HTML page a billing manager can screenshot, print or
/// forward: headline figures with the industry references beside them, inline-SVG bar charts (denial
/// rate by code × payer, AR aging), and tables for reason codes, the rule scorecard, the misses,
/// open claims, unmatched remittances and balancing problems. No scripts, no external assets; a
/// Content-Security-Policy forbids them. Everything from the data goes through HTML encoding.
/// </summary>
/// <remarks>
/// Test hooks: <c>data-metric/data-value</c> on headline figures, <c>data-chart</c> on charts,
/// <c>data-code/data-payer/data-rate</c> and <c>data-bucket/data-amount</c> on bars,
/// <c>data-section</c> on sections, <c>data-rule</c> on scorecard rows, <c>data-visit-id</c> on open
/// claims and misses, <c>data-measure/data-meets</c> on references.
/// </remarks>
public static class AnalyticsHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Stream output, AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var h = new StringBuilder(32 * 1024);
        WriteHead(h, report);
        WriteHeadline(h, report);
        WriteReferences(h, report.References);
        h.Append("<section class=\"charts\">");
        WriteDenialRateChart(h, report.DenialRates);
        WriteAgingChart(h, report.Aging);
        h.Append("</section>");
        WriteDenialRates(h, report.DenialRates);
        WriteReasonCodes(h, report.ReasonCodes);
        WriteScorecard(h, report.Scorecard);
        WriteMisses(h, report.Misses);
        WriteOpenClaims(h, report);
        WriteUnmatched(h, report.Unmatched);
        WriteBalancing(h, report.Balancing);
        h.Append("<footer>ClaimAudit denial analytics. Figures marked &ldquo;").Append(AnalyticsBuilder.ReferenceLabel)
            .Append("&rdquo; are published industry benchmarks shown for comparison, not this clinic&#39;s figures. ")
            .Append("Amounts are the payer&#39;s 835 amounts netted over reversals; a denial stays outstanding until it is paid or written off.</footer>")
            .Append("</main></body></html>\n");
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        writer.Write(h);
    }

    // ---- head and headline -------------------------------------------------------------------

    private static void WriteHead(StringBuilder h, AnalyticsReport r)
    {
        var period = r.From is null && r.To is null ? "all dates of service"
            : $"dates of service {(r.From is { } f ? Day(f) : "…")} to {(r.To is { } t ? Day(t) : "…")}";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Denial analytics – ").Append(Enc(r.ClinicId)).Append("</title>")
            .Append("<style>").Append(Css).Append("</style></head><body><main>")
            .Append("<header class=\"masthead\"><h1>Denial analytics</h1><p class=\"meta\">Clinic <strong data-field=\"clinic-id\">").Append(Enc(r.ClinicId))
            .Append("</strong> · ").Append(Enc(period)).Append(" · aged as of <strong data-field=\"as-of\">").Append(Enc(Day(r.AsOf)))
            .Append("</strong> · Generated ").Append(Enc(r.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant))).Append("</p></header>");
    }

    private static void WriteHeadline(StringBuilder h, AnalyticsReport r)
    {
        var t = r.Totals;
        var refs = r.References.ToDictionary(x => x.Measure, StringComparer.Ordinal);
        h.Append("<section class=\"headline\" aria-label=\"Summary\">");
        Card(h, "clean-claim-rate", "Clean-claim rate", Pct(t.CleanClaimRate), R(t.CleanClaimRate),
            $"{Plural(t.AuditedClaims, "claim")} audited", refs.GetValueOrDefault("Clean claim rate"));
        Card(h, "denial-rate", "Denial rate", Pct(t.DenialRate), R(t.DenialRate),
            $"{N(t.DeniedClaims)} of {N(t.RemittedClaims)} remitted claims denied", refs.GetValueOrDefault("Denial rate"));
        Card(h, "first-pass-resolution-rate", "First-pass resolution", Pct(t.FirstPassResolutionRate), R(t.FirstPassResolutionRate),
            "paid with no denial on the first remittance", null);
        Card(h, "denied", "Denied dollars", Money(t.Denied), t.Denied.ToString("0.00", Invariant),
            $"{Pct(t.DollarDenialRate)} of {Money(t.Charged)} charged · {Money(t.Paid)} paid", null, t.Denied > 0 ? "bad" : "good");
        Card(h, "outstanding", "Outstanding AR", Money(t.Outstanding), t.Outstanding.ToString("0.00", Invariant),
            $"{Plural(r.OpenClaims.Count, "open claim")}", null);
        Card(h, "days-in-ar", "Days in AR", t.DaysInAr is { } d ? d.ToString("0.#", Invariant) : "—", R(t.DaysInAr),
            "outstanding ÷ average billed a day", refs.GetValueOrDefault("Days in AR"));
        Card(h, "ar-over-90", "AR over 90 days", Pct(t.ArOver90Share), R(t.ArOver90Share),
            "share of outstanding dollars", refs.GetValueOrDefault("AR over 90 days"));
        h.Append("</section>");
    }

    private static void Card(StringBuilder h, string metric, string label, string shown, string raw, string detail, ReferenceComparison? reference, string? tone = null)
    {
        tone ??= reference?.Meets switch { true => "good", false => "bad", null => "" };
        h.Append("<div class=\"card ").Append(tone).Append("\"><div class=\"label\">").Append(Enc(label)).Append("</div>")
            .Append("<div class=\"value\" data-metric=\"").Append(metric).Append("\" data-value=\"").Append(Enc(raw)).Append("\">").Append(Enc(shown)).Append("</div>")
            .Append("<div class=\"detail\">").Append(Enc(detail)).Append("</div>");
        if (reference is not null)
            h.Append("<div class=\"ref\" data-reference=\"").Append(metric).Append("\"><span class=\"ref-tag\">").Append(AnalyticsBuilder.ReferenceLabel)
                .Append("</span> ").Append(Enc(reference.Reference)).Append("</div>");
        h.Append("</div>");
    }

    private static void WriteReferences(StringBuilder h, IReadOnlyList<ReferenceComparison> refs)
    {
        h.Append("<section data-section=\"references\"><h2>This clinic beside the industry reference</h2>")
            .Append("<table class=\"references\"><thead><tr><th>Measure</th><th class=\"num\">This clinic</th><th class=\"num\">Industry reference</th><th>Within the reference</th></tr></thead><tbody>");
        foreach (var x in refs)
        {
            var value = x.Measure == "Days in AR" ? (x.Value is { } d ? d.ToString("0.#", Invariant) + " days" : "—") : Pct(x.Value);
            var meets = x.Meets switch { true => "<span class=\"badge clean\">yes</span>", false => "<span class=\"badge error\">no</span>", null => "—" };
            h.Append("<tr data-measure=\"").Append(Enc(x.Measure)).Append("\" data-meets=\"").Append(x.Meets is { } m ? (m ? "true" : "false") : "")
                .Append("\"><td>").Append(Enc(x.Measure)).Append("</td><td class=\"num\">").Append(Enc(value)).Append("</td><td class=\"num\">")
                .Append(Enc(x.Reference)).Append("</td><td>").Append(meets).Append("</td></tr>");
        }
        h.Append("</tbody></table></section>");
    }

    // ---- charts ------------------------------------------------------------------------------

    private const int Width = 540, LabelWidth = 170, ValueWidth = 150, BarHeight = 16, RowHeight = 26;
    private const int BarArea = Width - LabelWidth - ValueWidth;

    private sealed record Bar(string Label, string DataAttributes, string Tooltip, double Fraction, string Tone, string ValueText);

    private static void WriteDenialRateChart(StringBuilder h, IReadOnlyList<DenialRateRow> rows)
    {
        // Bars are on a 0–100 % scale behind a light full-length track, so rates of different codes compare at a glance.
        var bars = rows.OrderByDescending(r => r.DenialRate ?? 0).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.PayerId, StringComparer.Ordinal)
            .Select(r => new Bar($"{r.Code} · {r.PayerId}",
                $"data-code=\"{Enc(r.Code)}\" data-payer=\"{Enc(r.PayerId)}\" data-rate=\"{R(r.DenialRate)}\"",
                $"{r.Code} for {r.PayerId}: {N(r.DeniedLines)} of {N(r.Lines)} lines denied, {Money(r.Denied)} of {Money(r.Charged)}",
                r.DenialRate ?? 0, "error", $"{Pct(r.DenialRate)} · {N(r.DeniedLines)} of {N(r.Lines)}"))
            .ToList();
        WriteChart(h, "denial-rate", "Denial rate by code and payer", "Share of remitted lines denied (0–100 %).", bars, true, "No remitted line matched an audited line.");
    }

    private static void WriteAgingChart(StringBuilder h, IReadOnlyList<AgingBucket> buckets)
    {
        var max = buckets.Count == 0 ? 0 : buckets.Max(b => b.Amount);
        var bars = buckets.Select(b => new Bar(b.Label + " days",
                $"data-bucket=\"{Enc(b.Label)}\" data-amount=\"{b.Amount.ToString("0.00", Invariant)}\" data-claims=\"{N(b.Claims)}\"",
                $"{b.Label} days: {Money(b.Amount)} outstanding on {Plural(b.Claims, "claim")}",
                max > 0 ? (double)(b.Amount / max) : 0, b.MinDays > 90 ? "error" : "total", $"{Money(b.Amount)} · {Plural(b.Claims, "claim")}"))
            .ToList();
        WriteChart(h, "aging", "AR aging", "Outstanding dollars by days since the date of service; red: over 90 days.", bars, false, "No claims.");
    }

    private static void WriteChart(StringBuilder h, string id, string title, string caption, IReadOnlyList<Bar> bars, bool track, string empty)
    {
        h.Append("<figure class=\"chart\" data-chart=\"").Append(id).Append("\" data-bars=\"").Append(N(bars.Count)).Append("\"><figcaption><h3>")
            .Append(Enc(title)).Append("</h3><p>").Append(Enc(caption)).Append("</p></figcaption>");
        if (bars.Count == 0)
        {
            h.Append("<p class=\"empty\">").Append(Enc(empty)).Append("</p></figure>");
            return;
        }
        var height = bars.Count * RowHeight + 4;
        h.Append("<svg class=\"bars\" role=\"img\" aria-label=\"").Append(Enc(title)).Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 2;
            var label = bar.Label.Length > 24 ? bar.Label[..23] + "…" : bar.Label;
            var width = bar.Fraction <= 0 ? 0 : Math.Max(2.0, bar.Fraction * BarArea);
            h.Append("<g class=\"bar\" ").Append(bar.DataAttributes).Append("><title>").Append(Enc(bar.Tooltip)).Append("</title>")
                .Append("<text class=\"label\" x=\"").Append(N(LabelWidth - 10)).Append("\" y=\"").Append(N(y + BarHeight / 2 + 4)).Append("\" text-anchor=\"end\">")
                .Append(Enc(label)).Append("</text>");
            if (track)
                h.Append("<rect class=\"track\" x=\"").Append(N(LabelWidth)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(BarArea))
                    .Append("\" height=\"").Append(N(BarHeight)).Append("\" rx=\"3\"></rect>");
            if (width > 0)
                h.Append("<rect class=\"").Append(bar.Tone).Append("\" x=\"").Append(N(LabelWidth)).Append("\" y=\"").Append(N(y)).Append("\" width=\"")
                    .Append(width.ToString("0.#", Invariant)).Append("\" height=\"").Append(N(BarHeight)).Append("\" rx=\"3\"></rect>");
            var end = track ? BarArea : width;
            h.Append("<text class=\"value\" x=\"").Append((LabelWidth + end + 6).ToString("0.#", Invariant)).Append("\" y=\"").Append(N(y + BarHeight / 2 + 4))
                .Append("\">").Append(Enc(bar.ValueText)).Append("</text></g>");
        }
        h.Append("</svg></figure>");
    }

    // ---- tables ------------------------------------------------------------------------------

    private static void Section(StringBuilder h, string id, string title, string intro)
    {
        h.Append("<section data-section=\"").Append(id).Append("\"><h2>").Append(Enc(title)).Append("</h2>");
        if (intro.Length > 0) h.Append("<p class=\"dim\">").Append(Enc(intro)).Append("</p>");
    }

    private static void WriteDenialRates(StringBuilder h, IReadOnlyList<DenialRateRow> rows)
    {
        Section(h, "denial-rates", "Denials by code and payer", "Remitted lines matched to audited lines, with the share denied by count and by dollars.");
        if (rows.Count == 0) h.Append("<p class=\"empty\">No remitted line matched an audited line.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Code</th><th>Payer</th><th class=\"num\">Lines</th><th class=\"num\">Denied</th><th class=\"num\">Denial rate</th>")
                .Append("<th class=\"num\">Charged</th><th class=\"num\">Denied $</th><th class=\"num\">Dollar denial rate</th></tr></thead><tbody>");
            foreach (var r in rows)
                h.Append("<tr data-code=\"").Append(Enc(r.Code)).Append("\" data-payer=\"").Append(Enc(r.PayerId)).Append("\"><td>").Append(Enc(r.Code)).Append("</td><td>")
                    .Append(Enc(r.PayerId)).Append("</td>").Append(Num(N(r.Lines))).Append(Num(N(r.DeniedLines))).Append(Num(Pct(r.DenialRate)))
                    .Append(Num(Money(r.Charged))).Append(Num(Money(r.Denied))).Append(Num(Pct(r.DollarDenialRate))).Append("</tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static void WriteReasonCodes(StringBuilder h, IReadOnlyList<ReasonCodeRow> rows)
    {
        Section(h, "reason-codes", "Denial reasons by category", "The payer's adjustment codes that denied money (contractual write-downs and patient share excluded). Labels are ClaimAudit's own short wording.");
        if (rows.Count == 0) h.Append("<p class=\"empty\">No denials.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Category</th><th>Code</th><th>Meaning</th><th class=\"num\">Lines</th><th class=\"num\">Amount</th></tr></thead><tbody>");
            foreach (var r in rows)
                h.Append("<tr data-code=\"").Append(Enc(r.Code)).Append("\"><td>").Append(Enc(DenialCategories.NameOf(r.Category))).Append("</td><td>").Append(Enc(r.Code))
                    .Append("</td><td>").Append(Enc(r.Label)).Append("</td>").Append(Num(N(r.Lines))).Append(Num(Money(r.Amount))).Append("</tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static void WriteScorecard(StringBuilder h, IReadOnlyList<RuleScore> rows)
    {
        Section(h, "scorecard", "Rule scorecard",
            "Per rule: the lines it flagged, those that went out unchanged (same code, modifiers and units), and how the payer answered them. Precision = denied as predicted ÷ sent unchanged.");
        if (rows.Count == 0) h.Append("<p class=\"empty\">No rule flagged a line in this period.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Rule</th><th>Predicts</th><th class=\"num\">Flagged</th><th class=\"num\">Sent unchanged</th><th class=\"num\">Denied as predicted</th>")
                .Append("<th class=\"num\">Denied otherwise</th><th class=\"num\">Precision</th></tr></thead><tbody>");
            foreach (var s in rows)
                h.Append("<tr data-rule=\"").Append(Enc(s.RuleId)).Append("\"><td><span class=\"c-rule\">").Append(Enc(s.RuleId)).Append("</span><br><span class=\"dim\">")
                    .Append(Enc(s.Title)).Append("</span></td><td>").Append(s.Predicted is { } p ? Enc(DenialCategories.NameOf(p)) : "no denial").Append("</td>")
                    .Append(Num(N(s.FlaggedLines))).Append(Num(N(s.SentUnchanged))).Append(Num(N(s.DeniedAsPredicted))).Append(Num(N(s.DeniedOtherwise)))
                    .Append("<td class=\"num\" data-precision=\"").Append(R(s.Precision)).Append("\">").Append(Enc(Pct(s.Precision))).Append("</td></tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static void WriteMisses(StringBuilder h, IReadOnlyList<CategoryMisses> misses)
    {
        Section(h, "misses", "Denials no rule predicted", "Per denial category: the denied lines, and those that no rule predicting that category had flagged — where the audit can learn.");
        if (misses.Count == 0) h.Append("<p class=\"empty\">No denied lines.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Category</th><th>Visit</th><th>Code</th><th>Payer</th><th>Date of service</th><th>Payer codes</th><th>Rules that flagged it</th><th class=\"num\">Denied</th></tr></thead>");
            foreach (var m in misses)
            {
                h.Append("<tbody data-category=\"").Append(DenialCategories.NameOf(m.Category)).Append("\"><tr class=\"group\"><th colspan=\"8\">")
                    .Append(Enc(DenialCategories.NameOf(m.Category))).Append(": ").Append(N(m.Unflagged)).Append(" of ").Append(N(m.Denials))
                    .Append(" denied lines not predicted</th></tr>");
                foreach (var l in m.Lines)
                    h.Append("<tr data-visit-id=\"").Append(Enc(l.VisitId)).Append("\"><td></td><td>").Append(Enc(l.VisitId)).Append("</td><td>").Append(Enc(l.Code))
                        .Append("</td><td>").Append(Enc(l.PayerId)).Append("</td><td>").Append(Enc(Day(l.DateOfService))).Append("</td><td>")
                        .Append(Enc(string.Join(" ", l.Codes.Concat(l.Remarks)))).Append("</td><td>")
                        .Append(l.RulesThatFlagged.Count == 0 ? "none" : Enc(string.Join(" ", l.RulesThatFlagged))).Append("</td>").Append(Num(Money(l.Amount))).Append("</tr>");
                h.Append("</tbody>");
            }
            h.Append("</table>");
        }
        h.Append("</section>");
    }

    private static void WriteOpenClaims(StringBuilder h, AnalyticsReport r)
    {
        Section(h, "open-claims", "Open claims", $"Claims with money outstanding (billed − paid − contractual and patient-share adjustments), oldest first, aged to {Day(r.AsOf)}.");
        if (r.OpenClaims.Count == 0) h.Append("<p class=\"empty\">No claim has money outstanding.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Visit</th><th>Payer</th><th>Date of service</th><th class=\"num\">Days</th><th>Bucket</th><th class=\"num\">Billed</th>")
                .Append("<th class=\"num\">Paid</th><th class=\"num\">Adjusted</th><th class=\"num\">Outstanding</th><th>Remitted</th></tr></thead><tbody>");
            foreach (var o in r.OpenClaims)
                h.Append("<tr data-visit-id=\"").Append(Enc(o.VisitId)).Append("\"><td>").Append(Enc(o.VisitId)).Append("</td><td>").Append(Enc(o.PayerId)).Append("</td><td>")
                    .Append(Enc(Day(o.DateOfService))).Append("</td>").Append(Num(N(o.Days))).Append("<td>").Append(Enc(o.Bucket)).Append("</td>")
                    .Append(Num(Money(o.Billed))).Append(Num(Money(o.Paid))).Append(Num(Money(o.Adjusted))).Append(Num(Money(o.Outstanding)))
                    .Append("<td>").Append(o.Remitted ? "yes" : "no remittance yet").Append("</td></tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static void WriteUnmatched(StringBuilder h, IReadOnlyList<UnmatchedRemittance> rows)
    {
        Section(h, "unmatched", "Remittances that match no audited claim", "");
        if (rows.Count == 0) h.Append("<p class=\"empty\">Every remitted claim and line matched an audited one.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Remittance</th><th>Where</th><th>Visit id in the 835</th><th>Line</th><th>Code</th><th class=\"num\">Charge</th><th class=\"num\">Paid</th><th>Why</th></tr></thead><tbody>");
            foreach (var u in rows)
                h.Append("<tr><td>").Append(Enc(u.RemittanceKey)).Append("</td><td>").Append(Enc(u.Location)).Append("</td><td>").Append(Enc(u.PatientControlNumber))
                    .Append("</td><td>").Append(Enc(u.LineControl)).Append("</td><td>").Append(Enc(u.Code)).Append("</td>").Append(Num(Money(u.Charge))).Append(Num(Money(u.Paid)))
                    .Append("<td>").Append(Enc(u.Reason)).Append("</td></tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static void WriteBalancing(StringBuilder h, IReadOnlyList<RemittanceBalanceIssue> rows)
    {
        Section(h, "balancing", "Remittances that do not balance", "");
        if (rows.Count == 0) h.Append("<p class=\"empty\">Every remittance balances.</p>");
        else
        {
            h.Append("<table><thead><tr><th>Remittance</th><th>Where</th><th>Problem</th><th class=\"num\">Off by</th></tr></thead><tbody>");
            foreach (var b in rows)
                h.Append("<tr><td>").Append(Enc(b.RemittanceKey)).Append("</td><td>").Append(Enc(b.Location)).Append("</td><td>").Append(Enc(b.Message))
                    .Append("</td>").Append(Num(Money(b.Difference))).Append("</tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    // ---- formatting --------------------------------------------------------------------------

    private static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");
    private static string Num(string shown) => "<td class=\"num\">" + Enc(shown) + "</td>";
    private static string N(int value) => value.ToString("#,##0", Invariant);
    private static string Plural(int count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";
    private static string R(double? value) => value is { } v ? v.ToString("0.####", Invariant) : "";
    /// <summary>A rate as a percentage with one decimal at most; "—" when there is nothing to divide.</summary>
    private static string Pct(double? rate) => rate is { } r ? (r * 100).ToString("0.#", Invariant) + "%" : "—";
    private static string Money(decimal amount) => Model.Money.Format(amount);
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    // The audit report's style sheet (same look), plus what only this page has: reference tags and chart tracks.
    private const string ExtraCss =
        ".headline{grid-template-columns:repeat(4,1fr)}" +
        ".ref{margin-top:4px;font-size:12px;color:var(--dim)}" +
        ".ref-tag{display:inline-block;font-size:10.5px;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--line);background:var(--soft);border-radius:8px;padding:0 6px}" +
        "rect.track{fill:var(--soft);stroke:var(--line)}" +
        "table.references{max-width:720px}" +
        "tr.group th{text-align:left;background:var(--soft);padding:6px 8px;font-weight:600}" +
        "section[data-section]{break-inside:auto}" +
        "@media print{.headline{grid-template-columns:repeat(4,1fr)}}";

    private static readonly string Css = ReadCss() + ExtraCss;

    private static string ReadCss()
    {
        const string resource = "ClaimAudit.Reporting.ReportHtml.css";
        using var stream = typeof(AnalyticsHtml).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from {typeof(AnalyticsHtml).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd('\n');
    }
}
