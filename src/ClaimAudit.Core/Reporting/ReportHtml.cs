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
internal static class ReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const int FlushThreshold = 16 * 1024;

    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default)
    {
        await using var sink = Start(output, report);
        await ReportWriter.WriteAsync(report, [sink], cancellationToken);
    }

    /// <summary>
    /// The page as a sink of <see cref="ReportWriter"/>. The headline and charts come first on the
    /// page but are known last, so the visits' rows go to a spool file as they come and are copied
    /// in after the summary.
    /// </summary>
    public static ReportSink Start(Stream output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        return new Sink(output, report);
    }

    private sealed class Sink(Stream output, AuditReport report) : ReportSink
    {
        private readonly StringBuilder _html = new(FlushThreshold * 2);
        private ReportSpool? _spool;
        private StreamWriter? _spooled;

        public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            if (_spooled is null)
            {
                _spool = new ReportSpool();
                _spooled = new StreamWriter(_spool.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
            }
            WriteVisit(_html, visit);
            if (_html.Length >= FlushThreshold) await FlushAsync(_spooled, _html, cancellationToken);
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            if (_spooled is not null) await FlushAsync(_spooled, _html, cancellationToken);
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
            var html = _html;
            WriteHead(html, report);
            WriteHeadline(html, summary);
            WriteCharts(html, summary);
            if (summary.Episodes is { } episodes) WriteEpisodes(html, episodes);
            html.Append("<section class=\"visits-section\"><h2>Visits</h2>");
            if (_spool is not null)
            {
                html.Append("<table class=\"visits\"><thead><tr><th class=\"c-sev\">Severity</th><th class=\"c-rule\">Rule</th><th class=\"c-code\">Code</th>")
                    .Append("<th>What is wrong</th><th>How to fix</th><th class=\"num c-amt\">At stake</th></tr></thead>");
                await FlushAsync(writer, html, cancellationToken);
                await _spool.CopyToAsync(output, cancellationToken);
            }
            html.Append(_spool is not null ? "</table>" : "<p class=\"empty\">No visits in this batch.</p>");
            html.Append("</section>");

            WriteRejectedRows(html, report.RejectedRows);
            html.Append("<footer>ClaimAudit report")
                .Append(". Amounts use the payer profile&#39;s rates; figures marked &ldquo;at stake&rdquo; are what a payer would deny or recoup if the finding is not fixed.</footer>")
                .Append("</main></body></html>\n");
            await FlushAsync(writer, html, cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_spooled is not null) await _spooled.DisposeAsync();
            if (_spool is not null) await _spool.DisposeAsync();
            await base.DisposeAsync();
        }
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
        if (!s.UnitsCheckedAgainstTime)
            h.Append("<p class=\"notice\" data-notice=\"units-not-checked\">").Append(Enc(ReportText.UnitsNotChecked)).Append("</p>");
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

    /// <summary>
    /// One bar of a chart: its label, test hooks and tooltip, the length that sets the bar's scale,
    /// the rectangles drawn (each from the start, in order, so a shorter one overlays a longer one)
    /// and the text after the bar.
    /// </summary>
    private sealed record Bar(string Label, string DataAttributes, string Tooltip, int Length, (int Value, string Tone)[] Rects, string ValueText);

    private static void WriteCharts(StringBuilder h, ReportSummary s)
    {
        h.Append("<section class=\"charts\">");

        var byRule = s.ByRule.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Bar(kv.Key, $"data-rule=\"{Enc(kv.Key)}\" data-count=\"{kv.Value.ToString(Invariant)}\"",
                $"{kv.Key}: {Plural(kv.Value, "finding")}", kv.Value, [(kv.Value, ChartTone(kv.Key))], N(kv.Value)))
            .ToList();
        WriteChart(h, Wide, "by-rule", "Findings by rule", "How many times each rule fired in this batch.",
            [("error", "error"), ("warning", "warning"), ("info", "info")], byRule, "No findings.");

        var byPayer = s.ByPayer.OrderByDescending(kv => kv.Value.Visits).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Bar(kv.Key,
                $"data-payer=\"{Enc(kv.Key)}\" data-visits=\"{kv.Value.Visits.ToString(Invariant)}\" data-visits-with-errors=\"{kv.Value.VisitsWithErrors.ToString(Invariant)}\"",
                $"{kv.Key}: {N(kv.Value.VisitsWithErrors)} of {Plural(kv.Value.Visits, "visit")} with errors",
                kv.Value.Visits, [(kv.Value.Visits, "total"), (kv.Value.VisitsWithErrors, "error")],
                $"{N(kv.Value.VisitsWithErrors)} of {N(kv.Value.Visits)}"))
            .ToList();
        WriteChart(h, Narrow, "by-payer", "Visits with errors by payer", "Dark: visits with at least one error. Light: all visits.",
            [("total", "all visits"), ("error", "with errors")], byPayer, "No visits.");

        var byCode = s.ByCode.OrderByDescending(kv => kv.Value.LinesWithErrors).ThenByDescending(kv => kv.Value.Lines)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Bar(kv.Key,
                $"data-code=\"{Enc(kv.Key)}\" data-lines=\"{kv.Value.Lines.ToString(Invariant)}\" data-lines-with-errors=\"{kv.Value.LinesWithErrors.ToString(Invariant)}\"",
                $"{kv.Key}: {N(kv.Value.LinesWithErrors)} of {Plural(kv.Value.Lines, "line")} with errors",
                kv.Value.Lines, [(kv.Value.Lines, "total"), (kv.Value.LinesWithErrors, "error")],
                $"{N(kv.Value.LinesWithErrors)} of {N(kv.Value.Lines)}"))
            .ToList();
        WriteChart(h, Narrow, "by-code", "Lines with errors by code", "Dark: lines with at least one error. Light: all lines of the code.",
            [("total", "all lines"), ("error", "with errors")], byCode, "No lines.");

        h.Append("</section>");
    }

    /// <summary>
    /// The by-rule chart colours a rule's bar by the severity of its descriptor (the summary counts
    /// rules, not severities, and the visits come after the charts in one pass); an id no
    /// registered rule has is grey.
    /// </summary>
    private static string ChartTone(string ruleId) => RuleCatalog.Find(ruleId)?.Severity.ToText() ?? "other";

    /// <summary>A bar chart as a figure: caption and legend, then one inline-SVG bar per entry, or a line saying there is nothing.</summary>
    private static void WriteChart(StringBuilder h, Geometry g, string id, string title, string caption,
        (string Tone, string Label)[] legend, IReadOnlyList<Bar> bars, string empty)
    {
        h.Append("<figure class=\"chart\" data-chart=\"").Append(id).Append("\" data-bars=\"").Append(bars.Count.ToString(Invariant)).Append("\">")
            .Append("<figcaption><h3>").Append(title).Append("</h3><p>").Append(caption).Append("</p><ul class=\"legend\">");
        foreach (var (tone, label) in legend)
            h.Append("<li><span class=\"swatch ").Append(tone).Append("\"></span>").Append(label).Append("</li>");
        h.Append("</ul></figcaption>");
        if (bars.Count == 0)
        {
            h.Append("<p class=\"empty\">").Append(empty).Append("</p></figure>");
            return;
        }

        var height = bars.Count * RowHeight + 4;
        h.Append("<svg class=\"bars\" role=\"img\" aria-label=\"").Append(title).Append("\" viewBox=\"0 0 ")
            .Append(g.Width.ToString(Invariant)).Append(' ').Append(height.ToString(Invariant))
            .Append("\" width=\"").Append(g.Width.ToString(Invariant)).Append("\" height=\"").Append(height.ToString(Invariant))
            .Append("\" preserveAspectRatio=\"xMinYMin meet\">");
        var max = bars.Max(b => b.Length);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 2;
            var shown = bar.Label.Length > g.MaxLabel ? bar.Label[..(g.MaxLabel - 1)] + "…" : bar.Label;
            h.Append("<g class=\"bar\" ").Append(bar.DataAttributes).Append("><title>").Append(Enc(bar.Tooltip)).Append("</title>")
                .Append("<text class=\"label\" x=\"").Append((g.LabelWidth - 10).ToString(Invariant)).Append("\" y=\"")
                .Append((y + BarHeight / 2 + 4).ToString(Invariant)).Append("\" text-anchor=\"end\">").Append(Enc(shown)).Append("</text>");
            foreach (var (value, tone) in bar.Rects)
            {
                if (value <= 0) continue;
                h.Append("<rect class=\"").Append(tone).Append("\" x=\"").Append(g.LabelWidth.ToString(Invariant)).Append("\" y=\"")
                    .Append(y.ToString(Invariant)).Append("\" width=\"").Append(BarWidth(g, value, max).ToString("0.#", Invariant))
                    .Append("\" height=\"").Append(BarHeight.ToString(Invariant)).Append("\" rx=\"3\"></rect>");
            }
            var end = bar.Length <= 0 ? 0 : BarWidth(g, bar.Length, max);
            h.Append("<text class=\"value\" x=\"").Append((g.LabelWidth + end + 6).ToString("0.#", Invariant)).Append("\" y=\"")
                .Append((y + BarHeight / 2 + 4).ToString(Invariant)).Append("\">").Append(Enc(bar.ValueText)).Append("</text></g>");
        }
        h.Append("</svg></figure>");
    }

    /// <summary>A bar's width in SVG units, scaled to the chart's longest bar; at least 2 so a small count stays visible.</summary>
    private static double BarWidth(Geometry g, int value, int max) => max == 0 ? 0 : Math.Max(2.0, (double)value / max * g.BarArea);

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
                h.Append("<span class=\"line\" data-code=\"").Append(Enc(l.Code)).Append("\" data-line-control=\"").Append(Enc(l.LineControl))
                    .Append('"').Append(l.UnitsCheckedAgainstTime is false ? " data-units-checked=\"false\"" : "").Append("><b>").Append(Enc(l.Code)).Append("</b> ");
                if (l.UnitsCheckedAgainstTime is false)
                {
                    h.Append(l.Minutes is int known ? known.ToString(Invariant) + " min · " : "")
                        .Append(l.BilledUnits is int billedOnly ? Plural(billedOnly, "unit") + " billed" : "no units billed")
                        .Append(" · <em>").Append(Enc(ReportText.LineUnitsNotChecked)).Append("</em>");
                }
                else
                {
                    h.Append(l.Minutes is int minutes ? minutes.ToString(Invariant) + " min · " : "")
                        .Append(l.ComputedUnits is int computed ? Plural(computed, "unit") : "units not checked");
                    if (l.BilledUnits is int billed && billed != l.ComputedUnits)
                        h.Append(" <em>(billed ").Append(billed.ToString(Invariant)).Append(")</em>");
                }
                if (l.BilledModifiers.Count > 0)
                    h.Append(" · ").Append(Enc(string.Join(" ", l.BilledModifiers)));
                if (l.LineControl is { } control) h.Append(" · <span class=\"dim\">").Append(Enc(control)).Append("</span>");
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
                .Append("<td class=\"c-code\">").Append(Enc(f.Code ?? ""))
                .Append(f.Location is { } location ? "<br><span class=\"dim\" data-location=\"" + Enc(location) + "\">" + Enc(location) + "</span>" : "").Append("</td>")
                .Append("<td class=\"msg\">").Append(Enc(f.Message)).Append("</td>")
                .Append("<td class=\"fix\">").Append(Enc(f.Fix)).Append("</td>")
                .Append("<td class=\"num c-amt\">").Append(f.Amount == 0 ? "" : Enc(Money(f.Amount))).Append("</td></tr>");
        }
        h.Append("</tbody>");
    }

    /// <summary>The episode picture (section 10): visits left per authorisation, plans ending, progress reports due at the next visit.</summary>
    private static void WriteEpisodes(StringBuilder h, EpisodeSummary e)
    {
        h.Append("<section class=\"episodes\" data-section=\"episodes\"><h2>Episodes of care</h2><p class=\"dim\">As of ")
            .Append(Enc(Day(e.AsOf))).Append(", the batch&#39;s latest date of service.</p>");

        h.Append("<h3>Visits left on authorizations</h3>");
        if (e.Authorizations.Count == 0) h.Append("<p class=\"empty\">No authorization was used in this batch.</p>");
        else
        {
            h.Append("<table class=\"episode-auths\"><thead><tr><th>Patient</th><th>Payer</th><th>Authorization</th><th>Ends</th>")
                .Append("<th class=\"num\">Authorized</th><th class=\"num\">Used</th><th class=\"num\">Left</th></tr></thead><tbody>");
            foreach (var a in e.Authorizations)
            {
                h.Append("<tr data-auth=\"").Append(Enc(a.Number)).Append("\"><td>").Append(Enc(a.PatientId)).Append("</td><td>").Append(Enc(a.PayerId))
                    .Append("</td><td>").Append(Enc(a.Number)).Append("</td><td>").Append(Enc(a.End is { } end ? Day(end) : "")).Append("</td><td class=\"num\">")
                    .Append(Enc(a.VisitsAuthorized?.ToString(Invariant) ?? "")).Append("</td><td class=\"num\">").Append(a.VisitsUsed.ToString(Invariant))
                    .Append("</td><td class=\"num\" data-visits-left=\"").Append(Enc(a.VisitsLeft?.ToString(Invariant) ?? "")).Append("\">")
                    .Append(Enc(a.VisitsLeft?.ToString(Invariant) ?? "")).Append("</td></tr>");
            }
            h.Append("</tbody></table>");
        }

        h.Append("<h3>Plans of care ending within ").Append(EpisodeSummary.PlanEndingWithinDays.ToString(Invariant)).Append(" days</h3>");
        if (e.PlansEnding.Count == 0) h.Append("<p class=\"empty\">No plan of care ends in the next two weeks.</p>");
        else
        {
            h.Append("<table class=\"episode-plans\"><thead><tr><th>Patient</th><th>Payer</th><th>Plan from</th><th>Ends</th></tr></thead><tbody>");
            foreach (var p in e.PlansEnding)
                h.Append("<tr><td>").Append(Enc(p.PatientId)).Append("</td><td>").Append(Enc(p.PayerId)).Append("</td><td>").Append(Enc(Day(p.PocStart)))
                    .Append("</td><td>").Append(Enc(Day(p.Ends))).Append("</td></tr>");
            h.Append("</tbody></table>");
        }

        h.Append("<h3>Progress report due at the next visit</h3>");
        if (e.ProgressReportsDue.Count == 0) h.Append("<p class=\"empty\">No progress report is due at the next visit.</p>");
        else
        {
            h.Append("<table class=\"episode-progress\"><thead><tr><th>Patient</th><th>Payer</th><th class=\"num\">Treatment days since the last report</th></tr></thead><tbody>");
            foreach (var d in e.ProgressReportsDue)
                h.Append("<tr><td>").Append(Enc(d.PatientId)).Append("</td><td>").Append(Enc(d.PayerId)).Append("</td><td class=\"num\">")
                    .Append(d.TreatmentDaysSinceReport.ToString(Invariant)).Append("</td></tr>");
            h.Append("</tbody></table>");
        }
        h.Append("</section>");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private static void WriteRejectedRows(StringBuilder h, IReadOnlyList<RejectedRow> rows)
    {
        if (rows.Count == 0) return;
        var located = rows.Any(r => r.Location is not null);
        h.Append("<section class=\"rejected\"><h2>Rejected rows</h2><p class=\"dim\">")
            .Append(Enc(Plural(rows.Count, "input row")))
            .Append(located
                ? " could not be audited. Rows are positions in the file (segment numbers count from the start of the transaction set)."
                : " could not be audited. Row numbers are spreadsheet rows (the header is row 1).").Append("</p>")
            .Append("<table class=\"rejected-rows\"><thead><tr><th class=\"num c-row\">Row</th><th>Reasons</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Append("<tr data-row=\"").Append(row.Row.ToString(Invariant)).Append("\"><td class=\"num c-row\">").Append(Enc(row.Location ?? row.Row.ToString(Invariant)))
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

    // ---- style sheet -------------------------------------------------------------------------

    private const string CssResource = "ClaimAudit.Reporting.ReportHtml.css";

    /// <summary>The page's style sheet, ReportHtml.css, embedded in the assembly and inlined in every page (no external assets).</summary>
    private static readonly string Css = ReadCss();

    private static string ReadCss()
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream(CssResource)
            ?? throw new InvalidOperationException($"embedded resource {CssResource} is missing from {typeof(ReportHtml).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        // The file ends with a newline (as every text file in the repository); the page never had one there.
        return reader.ReadToEnd().TrimEnd('\n');
    }
}
