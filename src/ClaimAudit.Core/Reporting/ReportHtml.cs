using System.Globalization;
using System.Net;
using System.Text;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page (PRODUCT.md section 8) a billing manager can
/// forward or print: headline numbers, bar charts as inline SVG, every visit with its findings,
/// rejected rows and the file error. No scripts, no external fonts, images or links; a
/// Content-Security-Policy forbids them even if a future change slipped one in.
/// </summary>
/// <remarks>
/// Everything that comes from the input (ids, codes, messages, fixes) goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>. The page is written in chunks as the visits are
/// enumerated — once, in a single pass — and never held whole in memory. Charts come from
/// <see cref="AuditReport.Summary"/>, which the engine computes before the visits are enumerated.
/// Test hooks: <c>data-chart</c> on each chart, <c>data-rule/data-count</c>,
/// <c>data-payer/data-visits/data-visits-with-errors</c>, <c>data-code/data-lines/data-lines-with-errors</c>
/// on bars, <c>data-metric/data-value</c> on headline numbers, <c>data-visit-id/data-status</c> on visits,
/// <c>data-rule/data-severity</c> on findings, <c>data-row</c> on rejected rows.
/// </remarks>
public static class ReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const int FlushThreshold = 16 * 1024;

    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        var html = new StringBuilder(FlushThreshold * 2);

        WriteHead(html, report);
        WriteHeadline(html, report.Summary);
        WriteCharts(html, report.Summary);
        await FlushAsync(writer, html, cancellationToken);

        html.Append("<section class=\"visits-section\"><h2>Visits</h2>");
        var anyVisit = false;
        foreach (var visit in report.Visits)
        {
            if (!anyVisit)
            {
                html.Append("<table class=\"visits\"><thead><tr><th class=\"c-sev\">Severity</th><th class=\"c-rule\">Rule</th><th class=\"c-code\">Code</th>")
                    .Append("<th>What is wrong</th><th>How to fix</th><th class=\"num c-amt\">At stake</th></tr></thead>");
                anyVisit = true;
            }
            WriteVisit(html, visit);
            if (html.Length >= FlushThreshold) await FlushAsync(writer, html, cancellationToken);
        }
        html.Append(anyVisit ? "</table>" : "<p class=\"empty\">No visits in this batch.</p>");
        html.Append("</section>");

        WriteRejectedRows(html, report.RejectedRows);
        html.Append("<footer>ClaimAudit report, schema version ").Append(report.SchemaVersion.ToString(Invariant))
            .Append(". Amounts use the payer profile&#39;s rates; figures marked &ldquo;at stake&rdquo; are what a payer would deny or recoup if the finding is not fixed.</footer>")
            .Append("</main></body></html>\n");
        await FlushAsync(writer, html, cancellationToken);
    }

    private static async Task FlushAsync(StreamWriter writer, StringBuilder html, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(html, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        html.Clear();
    }

    // ---- page head ---------------------------------------------------------------------------

    private static void WriteHead(StringBuilder h, AuditReport report)
    {
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Claim audit – ").Append(Enc(report.ClinicId)).Append(" – ").Append(Enc(report.BatchId)).Append("</title>")
            .Append("<style>").Append(Css).Append("</style></head><body><main>");

        h.Append("<header class=\"masthead\"><h1>Claim audit</h1><p class=\"meta\">")
            .Append("Clinic <strong data-field=\"clinic-id\">").Append(Enc(report.ClinicId)).Append("</strong>")
            .Append(" · Batch <strong data-field=\"batch-id\">").Append(Enc(report.BatchId)).Append("</strong>")
            .Append(" · Generated ").Append(Enc(report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant)))
            .Append("</p></header>");

        if (report.FileError is { } fileError)
        {
            h.Append("<section class=\"file-error\" data-file-error=\"true\"><h2>The file could not be audited</h2><p>")
                .Append(Enc(fileError))
                .Append("</p><p class=\"dim\">No visit was read. Fix the file and upload it again.</p></section>");
        }
    }

    private static void WriteHeadline(StringBuilder h, ReportSummary s)
    {
        h.Append("<section class=\"headline\" aria-label=\"Summary\">");
        Card(h, "visits", "Visits", N(s.Visits), s.Visits.ToString(Invariant),
            $"{Plural(s.Lines, "line")} · {Plural(s.RejectedRows, "rejected row")}", "");
        Card(h, "clean-claim-rate", "Clean-claim rate", Percent(s.CleanClaimRate), s.CleanClaimRate.ToString("0.####", Invariant),
            $"{N(s.CleanVisits)} of {N(s.Visits)} visits ready to submit", s.Visits > 0 && s.CleanVisits == s.Visits ? "good" : "");
        Card(h, "errors", "Errors", N(s.Findings.Error), s.Findings.Error.ToString(Invariant),
            $"{Plural(s.Findings.Warning, "warning")} · {N(s.Findings.Info) + " info"}", s.Findings.Error > 0 ? "bad" : "good");
        Card(h, "revenue-at-risk", "Revenue at risk", Money(s.Revenue.AtRisk), s.Revenue.AtRisk.ToString("0.00", Invariant),
            "on lines a payer would deny as billed", s.Revenue.AtRisk > 0 ? "bad" : "");
        Card(h, "under-billed", "Under-billed", Money(s.Revenue.UnderBilled), s.Revenue.UnderBilled.ToString("0.00", Invariant),
            "documented units not billed", s.Revenue.UnderBilled > 0 ? "warn" : "");
        h.Append("</section>");
        if (!s.DocumentationReviewed)
            h.Append("<p class=\"notice\" data-notice=\"documentation-not-reviewed\">").Append(Enc(ReportText.DocumentationNotReviewed)).Append("</p>");
    }

    private static void Card(StringBuilder h, string metric, string label, string shown, string raw, string detail, string tone)
    {
        h.Append("<div class=\"card ").Append(tone).Append("\"><div class=\"label\">").Append(label).Append("</div>")
            .Append("<div class=\"value\" data-metric=\"").Append(metric).Append("\" data-value=\"").Append(Enc(raw)).Append("\">")
            .Append(Enc(shown)).Append("</div><div class=\"detail\">").Append(Enc(detail)).Append("</div></div>");
    }

    // ---- charts ------------------------------------------------------------------------------

    private const int BarHeight = 16;
    private const int RowHeight = 26;

    /// <summary>Geometry of one bar chart in SVG user units; the by-rule chart is wide (rule ids are long), the others sit side by side.</summary>
    private sealed record Geometry(int Width, int LabelWidth, int ValueWidth, int MaxLabel)
    {
        public int BarArea => Width - LabelWidth - ValueWidth;
    }

    private static readonly Geometry Wide = new(640, 230, 90, 30);
    private static readonly Geometry Narrow = new(500, 150, 80, 20);

    private static void WriteCharts(StringBuilder h, ReportSummary s)
    {
        h.Append("<section class=\"charts\">");

        var byRule = s.ByRule.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        ChartStart(h, Wide, "by-rule", "Findings by rule", "How many times each rule fired in this batch.",
            [("error", "error"), ("warning", "warning"), ("info", "info")], byRule.Count);
        var maxRule = byRule.Count == 0 ? 0 : byRule.Max(kv => kv.Value);
        for (var i = 0; i < byRule.Count; i++)
        {
            var (rule, count) = (byRule[i].Key, byRule[i].Value);
            var tone = ChartTone(rule);
            BarStart(h, Wide, i, rule, $"data-rule=\"{Enc(rule)}\" data-count=\"{count.ToString(Invariant)}\"", $"{rule}: {Plural(count, "finding")}");
            Rect(h, Wide, i, count, maxRule, tone);
            ValueText(h, Wide, i, count, maxRule, N(count));
            h.Append("</g>");
        }
        ChartEnd(h, byRule.Count, "No findings.");

        var byPayer = s.ByPayer.OrderByDescending(kv => kv.Value.Visits).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        ChartStart(h, Narrow, "by-payer", "Visits with errors by payer", "Dark: visits with at least one error. Light: all visits.",
            [("total", "all visits"), ("error", "with errors")], byPayer.Count);
        var maxPayer = byPayer.Count == 0 ? 0 : byPayer.Max(kv => kv.Value.Visits);
        for (var i = 0; i < byPayer.Count; i++)
        {
            var (payer, p) = (byPayer[i].Key, byPayer[i].Value);
            BarStart(h, Narrow, i, payer,
                $"data-payer=\"{Enc(payer)}\" data-visits=\"{p.Visits.ToString(Invariant)}\" data-visits-with-errors=\"{p.VisitsWithErrors.ToString(Invariant)}\"",
                $"{payer}: {N(p.VisitsWithErrors)} of {Plural(p.Visits, "visit")} with errors");
            Rect(h, Narrow, i, p.Visits, maxPayer, "total");
            Rect(h, Narrow, i, p.VisitsWithErrors, maxPayer, "error");
            ValueText(h, Narrow, i, p.Visits, maxPayer, $"{N(p.VisitsWithErrors)} of {N(p.Visits)}");
            h.Append("</g>");
        }
        ChartEnd(h, byPayer.Count, "No visits.");

        var byCode = s.ByCode.OrderByDescending(kv => kv.Value.LinesWithErrors).ThenByDescending(kv => kv.Value.Lines)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        ChartStart(h, Narrow, "by-code", "Lines with errors by code", "Dark: lines with at least one error. Light: all lines of the code.",
            [("total", "all lines"), ("error", "with errors")], byCode.Count);
        var maxCode = byCode.Count == 0 ? 0 : byCode.Max(kv => kv.Value.Lines);
        for (var i = 0; i < byCode.Count; i++)
        {
            var (code, c) = (byCode[i].Key, byCode[i].Value);
            BarStart(h, Narrow, i, code,
                $"data-code=\"{Enc(code)}\" data-lines=\"{c.Lines.ToString(Invariant)}\" data-lines-with-errors=\"{c.LinesWithErrors.ToString(Invariant)}\"",
                $"{code}: {N(c.LinesWithErrors)} of {Plural(c.Lines, "line")} with errors");
            Rect(h, Narrow, i, c.Lines, maxCode, "total");
            Rect(h, Narrow, i, c.LinesWithErrors, maxCode, "error");
            ValueText(h, Narrow, i, c.Lines, maxCode, $"{N(c.LinesWithErrors)} of {N(c.Lines)}");
            h.Append("</g>");
        }
        ChartEnd(h, byCode.Count, "No lines.");

        h.Append("</section>");
    }

    /// <summary>
    /// The by-rule chart colours a rule's bar by the severity of its descriptor (the summary counts
    /// rules, not severities, and the visits come after the charts in one pass); an id no
    /// registered rule has is grey.
    /// </summary>
    private static string ChartTone(string ruleId) => RuleCatalog.Find(ruleId)?.Severity.ToText() ?? "other";

    private static void ChartStart(StringBuilder h, Geometry g, string id, string title, string caption, (string Tone, string Label)[] legend, int rows)
    {
        h.Append("<figure class=\"chart\" data-chart=\"").Append(id).Append("\" data-bars=\"").Append(rows.ToString(Invariant)).Append("\">")
            .Append("<figcaption><h3>").Append(title).Append("</h3><p>").Append(caption).Append("</p><ul class=\"legend\">");
        foreach (var (tone, label) in legend)
            h.Append("<li><span class=\"swatch ").Append(tone).Append("\"></span>").Append(label).Append("</li>");
        h.Append("</ul></figcaption>");
        if (rows == 0) return;
        var height = rows * RowHeight + 4;
        h.Append("<svg class=\"bars\" role=\"img\" aria-label=\"").Append(title).Append("\" viewBox=\"0 0 ")
            .Append(g.Width.ToString(Invariant)).Append(' ').Append(height.ToString(Invariant))
            .Append("\" width=\"").Append(g.Width.ToString(Invariant)).Append("\" height=\"").Append(height.ToString(Invariant))
            .Append("\" preserveAspectRatio=\"xMinYMin meet\">");
    }

    private static void ChartEnd(StringBuilder h, int rows, string empty)
    {
        h.Append(rows == 0 ? $"<p class=\"empty\">{empty}</p>" : "</svg>").Append("</figure>");
    }

    private static void BarStart(StringBuilder h, Geometry g, int index, string label, string dataAttributes, string tooltip)
    {
        var y = index * RowHeight + 2;
        var shown = label.Length > g.MaxLabel ? label[..(g.MaxLabel - 1)] + "…" : label;
        h.Append("<g class=\"bar\" ").Append(dataAttributes).Append("><title>").Append(Enc(tooltip)).Append("</title>")
            .Append("<text class=\"label\" x=\"").Append((g.LabelWidth - 10).ToString(Invariant)).Append("\" y=\"")
            .Append((y + BarHeight / 2 + 4).ToString(Invariant)).Append("\" text-anchor=\"end\">").Append(Enc(shown)).Append("</text>");
    }

    private static void Rect(StringBuilder h, Geometry g, int index, int value, int max, string tone)
    {
        if (value <= 0) return;
        var width = max == 0 ? 0 : Math.Max(2.0, (double)value / max * g.BarArea);
        h.Append("<rect class=\"").Append(tone).Append("\" x=\"").Append(g.LabelWidth.ToString(Invariant)).Append("\" y=\"")
            .Append((index * RowHeight + 2).ToString(Invariant)).Append("\" width=\"").Append(width.ToString("0.#", Invariant))
            .Append("\" height=\"").Append(BarHeight.ToString(Invariant)).Append("\" rx=\"3\"></rect>");
    }

    private static void ValueText(StringBuilder h, Geometry g, int index, int value, int max, string text)
    {
        var width = max == 0 || value <= 0 ? 0 : Math.Max(2.0, (double)value / max * g.BarArea);
        h.Append("<text class=\"value\" x=\"").Append((g.LabelWidth + width + 6).ToString("0.#", Invariant)).Append("\" y=\"")
            .Append((index * RowHeight + 2 + BarHeight / 2 + 4).ToString(Invariant)).Append("\">").Append(Enc(text)).Append("</text>");
    }

    // ---- visits ------------------------------------------------------------------------------

    private static void WriteVisit(StringBuilder h, VisitReport v)
    {
        var status = v.Status is "error" or "warning" or "clean" ? v.Status : "warning";
        h.Append("<tbody class=\"visit ").Append(status).Append("\" data-visit-id=\"").Append(Enc(v.VisitId))
            .Append("\" data-status=\"").Append(Enc(v.Status)).Append("\"><tr class=\"visit-head\"><th colspan=\"6\" scope=\"rowgroup\">")
            .Append("<span class=\"badge ").Append(status).Append("\">").Append(status == "clean" ? "Clean" : status == "error" ? "Errors" : "Warnings").Append("</span>")
            .Append("<span class=\"vid\">Visit ").Append(Enc(v.VisitId)).Append("</span>")
            .Append("<span class=\"who\">Patient ").Append(Enc(v.PatientId)).Append(" · ").Append(Enc(v.DateOfService))
            .Append(" · ").Append(Enc(v.PayerId)).Append("</span>");
        if (v.Lines.Count > 0)
        {
            h.Append("<span class=\"lines\">");
            for (var i = 0; i < v.Lines.Count; i++)
            {
                var l = v.Lines[i];
                h.Append("<span class=\"line\" data-code=\"").Append(Enc(l.Code)).Append("\"><b>").Append(Enc(l.Code)).Append("</b> ")
                    .Append(l.Minutes.ToString(Invariant)).Append(" min · ")
                    .Append(l.ComputedUnits is int computed ? Plural(computed, "unit") : "units not checked");
                if (l.BilledUnits is int billed && billed != l.ComputedUnits)
                    h.Append(" <em>(billed ").Append(billed.ToString(Invariant)).Append(")</em>");
                if (l.BilledModifiers.Count > 0)
                    h.Append(" · ").Append(Enc(string.Join(" ", l.BilledModifiers)));
                h.Append("</span>");
            }
            h.Append("</span>");
        }
        h.Append("</th></tr>");

        foreach (var f in v.Findings)
        {
            var sev = f.Severity is "error" or "warning" or "info" ? f.Severity : "info";
            h.Append("<tr class=\"finding ").Append(sev).Append("\" data-rule=\"").Append(Enc(f.RuleId)).Append("\" data-severity=\"")
                .Append(Enc(f.Severity)).Append("\"><td class=\"c-sev\"><span class=\"sev ").Append(sev).Append("\">").Append(Enc(f.Severity)).Append("</span></td>")
                .Append("<td class=\"c-rule\">").Append(Enc(f.RuleId)).Append("</td>")
                .Append("<td class=\"c-code\">").Append(Enc(f.Code ?? "")).Append("</td>")
                .Append("<td class=\"msg\">").Append(Enc(f.Message)).Append("</td>")
                .Append("<td class=\"fix\">").Append(Enc(f.Fix)).Append("</td>")
                .Append("<td class=\"num c-amt\">").Append(f.Amount == 0 ? "" : Enc(Money(f.Amount))).Append("</td></tr>");
        }
        h.Append("</tbody>");
    }

    private static void WriteRejectedRows(StringBuilder h, IReadOnlyList<RejectedRow> rows)
    {
        if (rows.Count == 0) return;
        h.Append("<section class=\"rejected\"><h2>Rejected rows</h2><p class=\"dim\">")
            .Append(Enc(Plural(rows.Count, "input row")))
            .Append(" could not be audited. Row numbers are spreadsheet rows (the header is row 1).</p>")
            .Append("<table class=\"rejected-rows\"><thead><tr><th class=\"num c-row\">Row</th><th>Reasons</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Append("<tr data-row=\"").Append(row.Row.ToString(Invariant)).Append("\"><td class=\"num c-row\">").Append(row.Row.ToString(Invariant))
                .Append("</td><td><ul class=\"reasons\">");
            foreach (var error in row.Errors) h.Append("<li>").Append(Enc(error)).Append("</li>");
            h.Append("</ul></td></tr>");
        }
        h.Append("</tbody></table></section>");
    }

    // ---- formatting --------------------------------------------------------------------------

    private static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string N(int value) => value.ToString("#,##0", Invariant);

    private static string Plural(int count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>US dollars with thousands separators, e.g. <c>$1,234.56</c> and <c>-$12.50</c>; invariant, whatever the host culture.</summary>
    public static string Money(decimal amount) => Model.Money.Format(amount);

    private static string Percent(double rate) => (rate * 100).ToString("0.#", Invariant) + "%";

    private const string Css = """
        :root{--ink:#1f2933;--dim:#52606d;--line:#d9e2ec;--soft:#f5f7fa;--err:#b42318;--err-bg:#fef3f2;--warn:#b54708;--warn-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;--ok:#067647;--ok-bg:#ecfdf3;--bar:#cbd2d9}
        *{box-sizing:border-box}
        html{background:#fff;color:var(--ink)}
        body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        main{max-width:1180px;margin:0 auto;padding:28px 32px 40px}
        h1{font-size:26px;margin:0 0 4px;letter-spacing:-.01em}
        h2{font-size:18px;margin:32px 0 10px}
        h3{font-size:15px;margin:0}
        .meta,.dim{color:var(--dim);margin:0}
        .masthead{border-bottom:2px solid var(--ink);padding-bottom:12px;margin-bottom:20px}
        .file-error{border:1px solid var(--err);border-left:6px solid var(--err);background:var(--err-bg);border-radius:6px;padding:12px 16px;margin:0 0 20px}
        .file-error h2{margin:0 0 6px;color:var(--err);font-size:16px}
        .file-error p{margin:4px 0}
        .headline{display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
        .card{border:1px solid var(--line);border-top:4px solid var(--bar);border-radius:6px;padding:12px 14px;background:#fff}
        .card.bad{border-top-color:var(--err)}.card.warn{border-top-color:var(--warn)}.card.good{border-top-color:var(--ok)}
        .card .label{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--dim)}
        .card .value{font-size:28px;font-weight:650;font-variant-numeric:tabular-nums;margin:2px 0}
        .card.bad .value{color:var(--err)}.card.warn .value{color:var(--warn)}.card.good .value{color:var(--ok)}
        .card .detail{font-size:12px;color:var(--dim)}
        .charts{display:grid;grid-template-columns:1fr 1fr;gap:18px;margin-top:26px}
        .chart[data-chart=by-rule]{grid-column:1/-1}
        .chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:14px 16px;break-inside:avoid;page-break-inside:avoid}
        .chart figcaption p{margin:2px 0 6px;color:var(--dim);font-size:12px}
        .legend{list-style:none;margin:0 0 8px;padding:0;display:flex;gap:14px;font-size:12px;color:var(--dim)}
        .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
        svg.bars{display:block;max-width:100%;height:auto}
        svg text{font-size:12px;fill:var(--ink);font-variant-numeric:tabular-nums}
        svg text.label{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:11.5px}
        svg text.value{fill:var(--dim)}
        rect.error,.swatch.error{fill:var(--err);background:var(--err)}
        rect.warning,.swatch.warning{fill:#dc6803;background:#dc6803}
        rect.info,.swatch.info{fill:#2e90fa;background:#2e90fa}
        rect.other{fill:#7b8794}
        rect.total,.swatch.total{fill:var(--bar);background:var(--bar)}
        .empty{color:var(--dim);font-style:italic;margin:6px 0}
        .notice{border-left:4px solid #b26b00;background:#fff6e5;padding:8px 12px;margin:12px 0}
        table{width:100%;border-collapse:collapse}
        thead th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--dim);border-bottom:2px solid var(--ink);padding:6px 8px}
        td{padding:6px 8px;vertical-align:top;border-bottom:1px solid var(--line)}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .c-sev{width:78px}.c-rule{width:200px;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:12px;word-break:break-all}
        .c-code{width:60px;white-space:nowrap}.c-amt{width:90px}.c-row{width:70px}
        tbody.visit{break-inside:avoid;page-break-inside:avoid}
        tr.visit-head th{text-align:left;font-weight:400;background:var(--soft);padding:8px;border-top:12px solid #fff;border-bottom:1px solid var(--line)}
        tbody.visit.clean tr.visit-head th{background:#fff;padding:3px 8px;border-top:0;font-size:13px;color:var(--dim)}
        .vid{font-weight:650;margin:0 10px 0 8px;color:var(--ink)}
        .who{color:var(--dim)}
        .lines{display:block;margin:4px 0 0;font-size:12px;color:var(--dim)}
        tbody.visit.clean .lines{display:inline;margin-left:12px}
        .line{display:inline-block;margin-right:14px}.line b{color:var(--ink);font-weight:600}.line em{color:var(--warn);font-style:normal}
        .badge,.sev{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:1px 8px;text-transform:uppercase;letter-spacing:.04em}
        .badge.error,.sev.error{color:var(--err);background:var(--err-bg);border:1px solid #fda29b}
        .badge.warning,.sev.warning{color:var(--warn);background:var(--warn-bg);border:1px solid #fec84b}
        .sev.info{color:var(--info);background:var(--info-bg);border:1px solid #b2ddff}
        .badge.clean{color:var(--ok);background:var(--ok-bg);border:1px solid #a6f4c5}
        td.fix{color:var(--ink)}td.msg{color:var(--ink)}
        tr.finding.error td.c-amt{color:var(--err);font-weight:600}
        .reasons{margin:0;padding-left:18px}
        .rejected-rows tr{break-inside:avoid;page-break-inside:avoid}
        footer{margin-top:36px;padding-top:10px;border-top:1px solid var(--line);font-size:12px;color:var(--dim)}
        @media (max-width:900px){.headline{grid-template-columns:repeat(2,1fr)}.charts{grid-template-columns:1fr}}
        @media print{
          @page{margin:14mm 12mm}
          body{font-size:10pt}
          main{max-width:none;padding:0}
          .headline{grid-template-columns:repeat(5,1fr);gap:6px}
          .card{padding:8px}.card .value{font-size:18pt}
          .charts{grid-template-columns:1fr;gap:8px;margin-top:12px}
          .chart{padding:8px 10px}
          thead{display:table-header-group}
          tr{break-inside:avoid;page-break-inside:avoid}
          h2,h3{break-after:avoid;page-break-after:avoid}
          .visits-section{break-before:page;page-break-before:always}
        }
        """;
}
