using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page (PRODUCT.md section 8) that a billing manager
/// works from: who and what the batch is, the five headline figures, the work split by who fixes it
/// (billing, or the therapist the note goes back to), dollars at risk by payer, code and rule as small
/// charts, a per-provider view when the input names providers, then the problem visits worst first,
/// the clean visits collapsed to one line per day and payer, and the rejected rows. No scripts, no
/// external fonts, images or links; a Content-Security-Policy forbids them even if a future change
/// slipped one in. Sections are <c>&lt;details&gt;</c> so the page stays usable without scripts.
/// </summary>
/// <remarks>
/// Everything that comes from the input (ids, codes, providers, messages, fixes) goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>. The page is built in one pass over the visits and
/// never held whole in memory: each problem visit's block is spooled to a temporary file as it comes,
/// with a small index entry (where it is, its dollars), and the blocks are copied out sorted by dollars
/// once the summary is known. Clean visits keep only a count per day and payer (and the first few ids).
/// Dollars at risk are the findings' <see cref="FindingReport.AtRisk"/> shares, so every figure on the
/// page adds up to the summary's <c>revenue.atRisk</c>, and a line's dollars are shown once, on the line.
/// Test hooks: <c>data-field</c> in the masthead, <c>data-metric/data-value</c> on headline numbers,
/// <c>data-split/data-findings/data-visits/data-at-risk</c> on the billing/therapist panels,
/// <c>data-chart</c> on charts and <c>data-key/data-at-risk/data-findings</c> on their bars,
/// <c>data-provider</c> on provider rows, <c>data-visit-id/data-status/data-at-risk</c> on visits,
/// <c>data-rule/data-severity/data-fixed-by/data-at-risk</c> on findings, <c>data-line-at-risk</c> on
/// lines, <c>data-clean-date/data-payer/data-count</c> on clean groups, <c>data-row</c> on rejected rows.
/// </remarks>
internal static class ReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const int FlushThreshold = 16 * 1024;

    /// <summary>
    /// How many of the worst visits are shown in full (open, and so printed): their lines, findings and
    /// fixes. The rest are one row each — the page of a 5,000-visit month stays small and quick to open —
    /// and report.csv has every finding's text.
    /// </summary>
    internal const int DetailedVisits = 100;

    /// <summary>How many clean visit ids a day-and-payer line lists; the CSV lists every visit.</summary>
    internal const int CleanIdsPerGroup = 40;

    /// <summary>How many bars a chart draws; the rest are summed in one line under it.</summary>
    internal const int BarsPerChart = 8;

    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default)
    {
        await using var sink = Start(output, report);
        await ReportWriter.WriteAsync(report, [sink], cancellationToken);
    }

    /// <summary>The page as a sink of <see cref="ReportWriter"/>.</summary>
    public static ReportSink Start(Stream output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        return new Sink(output, report);
    }

    /// <summary>Dollars at risk and findings of one bar of a chart (a payer, a code, a rule).</summary>
    private sealed class Tally
    {
        public decimal AtRisk;
        public int Findings;
    }

    /// <summary>The findings one team fixes: how many, on how many visits, the dollars they carry, and by rule.</summary>
    private sealed class Split
    {
        public int Findings;
        public int Visits;
        public decimal AtRisk;
        public readonly Dictionary<string, int> Rules = new(StringComparer.Ordinal);
    }

    private sealed class ProviderTally
    {
        public int Visits;
        public int VisitsWithErrors;
        public int BillingFindings;
        public int TherapistFindings;
        public decimal AtRisk;
    }

    private sealed class CleanGroup
    {
        public int Count;
        public readonly List<string> Ids = [];
    }

    /// <summary>Where a problem visit's block and its one-row form are in the spool, and what it is sorted by.</summary>
    private readonly record struct Placed(long Offset, int Length, int RowLength, decimal AtRisk, decimal Exposure, decimal Unbilled, int Sequence);

    private sealed class Sink(Stream output, AuditReport report) : ReportSink
    {
        private readonly StringBuilder _block = new(4 * 1024);
        private readonly List<Placed> _placed = [];
        private ReportSpool? _spool;
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

        private readonly Dictionary<string, Tally> _byPayer = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> _byCode = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> _byRule = new(StringComparer.Ordinal);
        private readonly Split _billing = new(), _therapist = new();
        private readonly Dictionary<string, ProviderTally> _providers = new(StringComparer.Ordinal);
        private readonly SortedDictionary<(string Date, string Payer), CleanGroup> _clean = new(Comparer<(string Date, string Payer)>.Create(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Date, b.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Payer, b.Payer);
        }));
        private string? _firstDate, _lastDate;
        private int _sequence;

        public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            var sequence = _sequence++;
            if (_firstDate is null || string.CompareOrdinal(visit.DateOfService, _firstDate) < 0) _firstDate = visit.DateOfService;
            if (_lastDate is null || string.CompareOrdinal(visit.DateOfService, _lastDate) > 0) _lastDate = visit.DateOfService;
            CountProviders(visit);

            if (visit.Findings.Count == 0)
            {
                if (!_clean.TryGetValue((visit.DateOfService, visit.PayerId), out var group))
                    _clean[(visit.DateOfService, visit.PayerId)] = group = new CleanGroup();
                group.Count++;
                if (group.Ids.Count < CleanIdsPerGroup) group.Ids.Add(visit.VisitId);
                return;
            }

            var stake = Tally(visit);
            _block.Clear();
            WriteVisit(_block, visit, stake);
            var blockLength = _block.Length;
            WriteVisitRow(_block, visit, stake);

            _spool ??= new ReportSpool();
            var length = 0;
            foreach (var chunk in _block.GetChunks()) length += Encoding.UTF8.GetMaxByteCount(chunk.Length);
            length += 4;
            if (_bytes.Length < length)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = ArrayPool<byte>.Shared.Rent(length);
            }
            var offset = _spool.Stream.Position;
            // One encoder over the chunks: a surrogate pair split between two chunks is still one character.
            // The block and the row are encoded apart, so each one's length in bytes is known.
            var block = Encode(_block, 0, blockLength, 0);
            var row = Encode(_block, blockLength, _block.Length - blockLength, block);
            await _spool.Stream.WriteAsync(_bytes.AsMemory(0, block + row), cancellationToken);
            _placed.Add(new Placed(offset, block, row, stake.AtRisk, stake.Exposure, stake.Unbilled, sequence));
        }

        /// <summary>Encodes <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/> into the byte buffer at <paramref name="at"/>; returns the bytes written.</summary>
        private int Encode(StringBuilder text, int start, int count, int at)
        {
            var written = 0;
            var position = 0;
            foreach (var chunk in text.GetChunks())
            {
                var span = chunk.Span;
                var from = Math.Max(start - position, 0);
                var to = Math.Min(start + count - position, span.Length);
                position += span.Length;
                if (from >= to) continue;
                written += _encoder.GetBytes(span[from..to], _bytes.AsSpan(at + written), flush: false);
            }
            return written + _encoder.GetBytes([], _bytes.AsSpan(at + written), flush: true);
        }

        /// <summary>Adds the visit's findings to the charts and the billing/therapist split; returns its dollars.</summary>
        private VisitStake Tally(VisitReport visit)
        {
            decimal atRisk = 0m, unbilled = 0m;
            bool billing = false, therapist = false;
            foreach (var f in visit.Findings)
            {
                atRisk += f.AtRisk;
                if (f.RuleId == RuleIds.UnitsUnderbilled) unbilled += f.Amount;
                Add(_byPayer, visit.PayerId, f);
                Add(_byCode, f.Code ?? WholeClaim, f);
                // A rule's dollars are what its own errors put at risk, whatever else is wrong on the line.
                if (!_byRule.TryGetValue(f.RuleId, out var rule)) _byRule[f.RuleId] = rule = new Tally();
                rule.Findings++;
                if (f.Severity == "error") rule.AtRisk += f.Amount;
                var split = FindingFacts.FixedBy(f.RuleId) == FindingFacts.Clinician ? _therapist : _billing;
                split.Findings++;
                split.Rules[f.RuleId] = split.Rules.GetValueOrDefault(f.RuleId) + 1;
                if (split == _therapist) therapist = true; else billing = true;
            }
            if (billing)
            {
                _billing.Visits++;
                _billing.AtRisk += OwnAtRisk(visit, FindingFacts.Billing);
            }
            if (therapist)
            {
                _therapist.Visits++;
                _therapist.AtRisk += OwnAtRisk(visit, FindingFacts.Clinician);
            }
            return new VisitStake(atRisk, Exposure(visit), unbilled);
        }

        private static void Add(Dictionary<string, Tally> tallies, string key, FindingReport f)
        {
            if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally();
            tally.Findings++;
            tally.AtRisk += f.AtRisk;
        }

        private void CountProviders(VisitReport visit)
        {
            string? visitProvider = null;
            foreach (var line in visit.Lines)
            {
                if (line.Provider is not { } provider) continue;
                visitProvider ??= provider;
            }
            // A batch that names providers for some visits only: the others are counted under "(no provider)", so the table adds up.
            visitProvider ??= NoProvider;
            // A visit counts for each provider who furnished a line of it; a finding for its line's provider.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var hasError = visit.Status == "error";
            foreach (var line in visit.Lines)
            {
                var provider = line.Provider ?? NoProvider;
                if (!seen.Add(provider)) continue;
                var tally = ProviderOf(provider);
                tally.Visits++;
                if (hasError) tally.VisitsWithErrors++;
            }
            foreach (var f in visit.Findings)
            {
                var tally = ProviderOf(FindingFacts.LineOf(visit, f)?.Provider ?? visitProvider);
                if (FindingFacts.FixedBy(f.RuleId) == FindingFacts.Clinician) tally.TherapistFindings++; else tally.BillingFindings++;
                tally.AtRisk += f.AtRisk;
            }
        }

        private const string NoProvider = "(no provider)";

        private ProviderTally ProviderOf(string provider)
        {
            if (!_providers.TryGetValue(provider, out var tally)) _providers[provider] = tally = new ProviderTally();
            return tally;
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
            var html = new StringBuilder(FlushThreshold * 2);
            WriteHead(html, report, _firstDate, _lastDate);
            WriteHeadline(html, summary);
            WriteSplit(html, _billing, _therapist);
            WriteCharts(html, summary, _byPayer, _byCode, _byRule);
            WriteProviders(html, _providers);

            html.Append("<details class=\"section problems\" data-section=\"problem-visits\" open><summary><h2>Visits to fix <span class=\"count\">")
                .Append(N(_placed.Count)).Append("</span></h2><span class=\"hint\">worst first, by dollars at stake</span></summary>");
            if (_placed.Count == 0)
                html.Append("<p class=\"empty\">").Append(summary.Visits == 0 ? "No visits in this batch." : "Nothing to fix: every visit is clean.").Append("</p>");
            else
            {
                await FlushAsync(writer, html, cancellationToken);
                await CopyWorstFirstAsync(writer, html, cancellationToken);
            }
            html.Append("</details>");

            if (summary.Episodes is { } episodes) WriteEpisodes(html, episodes);
            WriteClean(html, _clean, summary.CleanVisits);
            WriteRejectedRows(html, report.RejectedRows);
            html.Append("<footer>ClaimAudit report. Dollars use the payer profile&#39;s rates. &ldquo;At risk&rdquo; is what a payer would deny or recoup if an error is not fixed, counted once per claim line (and once per claim); ")
                .Append("&ldquo;could be denied&rdquo; is what a warning puts in doubt; &ldquo;unbilled&rdquo; is documented time not billed. ")
                .Append("Closed sections are not printed; report.csv has every visit and finding.</footer>")
                .Append("</main></body></html>\n");
            await FlushAsync(writer, html, cancellationToken);
        }

        /// <summary>
        /// Copies the spooled visits out in order of dollars at stake: the first <see cref="DetailedVisits"/>
        /// in full, the rest as one row each.
        /// </summary>
        private async Task CopyWorstFirstAsync(StreamWriter writer, StringBuilder html, CancellationToken cancellationToken)
        {
            var order = _placed.ToArray();
            Array.Sort(order, static (a, b) =>
            {
                var c = b.AtRisk.CompareTo(a.AtRisk);
                if (c == 0) c = b.Exposure.CompareTo(a.Exposure);
                if (c == 0) c = b.Unbilled.CompareTo(a.Unbilled);
                return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
            });
            var spool = _spool!.Stream;
            await spool.FlushAsync(cancellationToken);
            for (var i = 0; i < order.Length; i++)
            {
                var placed = order[i];
                if (i == DetailedVisits)
                {
                    // Closed until asked for: a closed section is not laid out or styled, so a long tail costs the first screen nothing.
                    html.Append("<details class=\"tail-section\" data-section=\"more-visits\"><summary><h3 class=\"tail-head\">").Append(Enc(Plural(order.Length - DetailedVisits, "more visit")))
                        .Append(" to fix</h3><span class=\"hint\">one row each, in the same order; report.csv has every finding&#39;s text and fix</span></summary><div class=\"tail\" role=\"table\"><div class=\"row head\" role=\"row\"><span role=\"columnheader\">Visit</span>")
                        .Append("<span role=\"columnheader\">Patient</span><span role=\"columnheader\">Date</span><span role=\"columnheader\">Payer</span><span role=\"columnheader\">Provider</span>")
                        .Append("<span role=\"columnheader\" class=\"num\">At stake</span><span role=\"columnheader\">Findings</span></div>");
                    await FlushAsync(writer, html, cancellationToken);
                }
                var (from, length) = i < DetailedVisits ? (placed.Offset, placed.Length) : (placed.Offset + placed.Length, placed.RowLength);
                if (_bytes.Length < length)
                {
                    ArrayPool<byte>.Shared.Return(_bytes);
                    _bytes = ArrayPool<byte>.Shared.Rent(length);
                }
                spool.Position = from;
                await spool.ReadExactlyAsync(_bytes.AsMemory(0, length), cancellationToken);
                await output.WriteAsync(_bytes.AsMemory(0, length), cancellationToken);
            }
            if (order.Length > DetailedVisits) html.Append("</div></details>");
        }

        public override async ValueTask DisposeAsync()
        {
            if (_spool is not null) await _spool.DisposeAsync();
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
            await base.DisposeAsync();
        }
    }

    private static async Task FlushAsync(StreamWriter writer, StringBuilder html, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(html, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        html.Clear();
    }

    /// <summary>The label of findings on no code: they hold the whole claim.</summary>
    private const string WholeClaim = "whole claim";

    /// <summary>
    /// What one team's errors put at risk on the visit, as if they were its only errors, counted as the
    /// summary counts: each row once for its largest error, a line once for the largest error on it
    /// whole, the claim once. A line denied both for its units and for its note is at risk for billing
    /// and for the therapist alike — each must fix it for the line to be paid — so the two teams'
    /// figures may add up to more than the headline.
    /// </summary>
    private static decimal OwnAtRisk(VisitReport visit, string team)
    {
        decimal lines = 0m, claim = 0m;
        for (var i = 0; i < visit.Lines.Count; i++)
        {
            var line = visit.Lines[i];
            decimal whole = 0m, byRow = 0m;
            foreach (var row in line.Rows)
            {
                var max = 0m;
                foreach (var f in visit.Findings)
                    if (f.Row == row && Counts(f) && ReferenceEquals(FindingFacts.LineOf(visit, f), line)) max = Math.Max(max, f.Amount);
                byRow += max;
            }
            foreach (var f in visit.Findings)
                if (f.Row is null && Counts(f) && ReferenceEquals(FindingFacts.LineOf(visit, f), line)) whole = Math.Max(whole, f.Amount);
            lines += Math.Max(whole, byRow);
        }
        foreach (var f in visit.Findings)
            if (f.Code is null && Counts(f)) claim = Math.Max(claim, f.Amount);
        return Math.Max(claim, lines);

        bool Counts(FindingReport f) => f.Severity == "error" && FindingFacts.FixedBy(f.RuleId) == team;
    }

    /// <summary>A visit's dollars: at risk (errors), could be denied (warnings, once per line), unbilled.</summary>
    private readonly record struct VisitStake(decimal AtRisk, decimal Exposure, decimal Unbilled);

    /// <summary>
    /// What the visit's warnings put in doubt: per line, the largest amount of a warning on it (money
    /// left unbilled is no doubt), plus the largest warning on no line.
    /// </summary>
    private static decimal Exposure(VisitReport visit)
    {
        decimal total = 0m;
        foreach (var line in visit.Lines) total += LineWarning(visit, line);
        total += LineWarning(visit, null);
        return total;
    }

    private static decimal LineWarning(VisitReport visit, LineReport? line)
    {
        var max = 0m;
        foreach (var f in visit.Findings)
            if (f.Severity == "warning" && f.RuleId != RuleIds.UnitsUnderbilled && ReferenceEquals(FindingFacts.LineOf(visit, f), line))
                max = Math.Max(max, f.Amount);
        return max;
    }

    // ---- page head ---------------------------------------------------------------------------

    /// <summary>The clinic, or the file when the report has no clinic to name (the CLI's default "local").</summary>
    private static (string Label, string Field, string Value) Who(AuditReport report) =>
        report.SourceName is { Length: > 0 } file && (report.ClinicId.Length == 0 || report.ClinicId == "local")
            ? ("File", "file", file)
            : ("Clinic", "clinic-id", report.ClinicId);

    private static void WriteHead(StringBuilder h, AuditReport report, string? firstDate, string? lastDate)
    {
        var (label, field, who) = Who(report);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Claim audit – ").Append(Enc(who)).Append(" – ").Append(Enc(report.BatchId)).Append("</title>")
            .Append("<style>").Append(Css).Append("</style></head><body><main>");

        h.Append("<header class=\"masthead\"><h1>Claim audit</h1><p class=\"meta\">")
            .Append("<span>").Append(label).Append(" <strong data-field=\"").Append(field).Append("\">").Append(Enc(who)).Append("</strong></span>");
        if (field == "clinic-id" && report.SourceName is { Length: > 0 } source)
            h.Append("<span>File <strong data-field=\"file\">").Append(Enc(source)).Append("</strong></span>");
        h.Append("<span>Batch <strong data-field=\"batch-id\">").Append(Enc(report.BatchId)).Append("</strong></span>")
            .Append("<span>Dates of service <strong data-field=\"dates\">")
            .Append(firstDate is null ? "none" : firstDate == lastDate ? Enc(firstDate) : Enc(firstDate) + " – " + Enc(lastDate))
            .Append("</strong></span><span>Audited <strong data-field=\"audited-at\">")
            .Append(Enc(report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant)))
            .Append("</strong></span></p></header>");

        if (report.FileError is { } fileError)
        {
            h.Append("<section class=\"file-error\" data-file-error=\"true\"><h2>The file could not be audited</h2><p>")
                .Append(Enc(fileError))
                .Append("</p><p class=\"dim\">No visit was read. Fix the file and audit it again.</p></section>");
        }
    }

    private static void WriteHeadline(StringBuilder h, ReportSummary s)
    {
        h.Append("<section class=\"headline\" aria-label=\"Summary\">");
        Card(h, "visits", "Visits", N(s.Visits), s.Visits.ToString(Invariant),
            $"{Plural(s.Lines, "line")} · {Plural(s.RejectedRows, "rejected row")}", s.RejectedRows > 0 ? "warn" : "");
        Card(h, "clean-claim-rate", "Clean-claim rate", Percent(s.CleanClaimRate), s.CleanClaimRate.ToString("0.####", Invariant),
            $"{N(s.CleanVisits)} of {Plural(s.Visits, "visit")} ready to submit", s.Visits > 0 && s.CleanVisits == s.Visits ? "good" : "");
        Card(h, "errors", "Errors", N(s.Findings.Error), s.Findings.Error.ToString(Invariant),
            $"{Plural(s.Findings.Warning, "warning")} · {N(s.Findings.Info)} info", s.Findings.Error > 0 ? "bad" : "good");
        Card(h, "revenue-at-risk", "At risk", Money(s.Revenue.AtRisk), s.Revenue.AtRisk.ToString("0.00", Invariant),
            $"of {Money(s.Revenue.Billed)} billed, if the errors go out unfixed", s.Revenue.AtRisk > 0 ? "bad" : "");
        Card(h, "under-billed", "Under-billed", Money(s.Revenue.UnderBilled), s.Revenue.UnderBilled.ToString("0.00", Invariant),
            "documented time not billed", s.Revenue.UnderBilled > 0 ? "warn" : "");
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

    // ---- who fixes it ------------------------------------------------------------------------

    private static void WriteSplit(StringBuilder h, Split billing, Split therapist)
    {
        h.Append("<section class=\"split\" aria-label=\"Who fixes it\">");
        SplitPanel(h, "billing", "Billing can fix", "units, modifiers, codes, authorizations — on the claim", billing);
        SplitPanel(h, "therapist", "Send back to the therapist", "the note, the one-on-one attestation, the plan of care", therapist);
        h.Append("</section><p class=\"dim small\">A line denied both for billing&#39;s reason and the therapist&#39;s is at risk in both panels until both are fixed.</p>");
    }

    private static void SplitPanel(StringBuilder h, string key, string title, string what, Split split)
    {
        h.Append("<div class=\"panel ").Append(key).Append("\" data-split=\"").Append(key).Append("\" data-findings=\"").Append(split.Findings.ToString(Invariant))
            .Append("\" data-visits=\"").Append(split.Visits.ToString(Invariant)).Append("\" data-at-risk=\"").Append(split.AtRisk.ToString("0.00", Invariant)).Append("\">")
            .Append("<h2>").Append(title).Append("</h2><p class=\"figures\"><b>").Append(Enc(Plural(split.Findings, "finding"))).Append("</b> on ")
            .Append(Enc(Plural(split.Visits, "visit"))).Append(" · <b class=\"money\">").Append(Enc(Money(split.AtRisk))).Append("</b> at risk until fixed</p>")
            .Append("<p class=\"dim\">").Append(Enc(what)).Append("</p>");
        if (split.Rules.Count > 0)
        {
            h.Append("<ul class=\"top-rules\">");
            foreach (var (rule, count) in split.Rules.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(4))
                h.Append("<li data-rule=\"").Append(Enc(rule)).Append("\"><span class=\"n\">").Append(N(count)).Append("</span> ").Append(Enc(FindingFacts.Title(rule))).Append("</li>");
            h.Append("</ul>");
        }
        h.Append("</div>");
    }

    // ---- charts ------------------------------------------------------------------------------

    private const int ChartWidth = 400;
    private const int LabelWidth = 190;
    private const int ValueWidth = 70;
    private const int BarHeight = 14;
    private const int RowHeight = 22;
    private const int MaxLabel = 25;

    /// <summary>
    /// Three small charts side by side, each of dollars at risk: by payer, by code, by rule (its
    /// title, the id in the tooltip). Each draws its <see cref="BarsPerChart"/> largest and sums the
    /// rest in a line; the full list of rules, with counts, is in a collapsed table below.
    /// </summary>
    private static void WriteCharts(StringBuilder h, ReportSummary s, Dictionary<string, Tally> byPayer, Dictionary<string, Tally> byCode, Dictionary<string, Tally> byRule)
    {
        h.Append("<section class=\"smalls\" aria-label=\"Dollars at risk\">");
        WriteChart(h, "by-payer", "At risk by payer", byPayer, key => key);
        WriteChart(h, "by-code", "At risk by code", byCode, key => key);
        WriteChart(h, "by-rule", "At risk by rule", byRule, FindingFacts.Title);
        h.Append("<p class=\"dim small chart-note\">By payer and by code, each dollar at risk is counted once; by rule, each rule&#39;s errors are counted on their own, so a line denied for two reasons shows under both.</p>");
        h.Append("</section>");

        var fired = s.ByRule.Where(r => r.Value > 0).ToList();
        if (fired.Count == 0) return;
        h.Append("<details class=\"section rules\" data-section=\"rules\"><summary><h2>Every rule that fired <span class=\"count\">")
            .Append(N(fired.Count)).Append("</span></h2></summary><table class=\"rule-table\"><thead><tr><th>Rule</th><th>Id</th><th>Who fixes it</th>")
            .Append("<th class=\"num\">Findings</th><th class=\"num\">At risk</th></tr></thead><tbody>");
        foreach (var (rule, count) in fired.OrderByDescending(r => byRule.GetValueOrDefault(r.Key)?.AtRisk ?? 0m).ThenByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var severity = Rules.RuleCatalog.Find(rule)?.Severity.ToText() ?? "other";
            h.Append("<tr data-rule=\"").Append(Enc(rule)).Append("\" data-count=\"").Append(count.ToString(Invariant)).Append("\"><td><span class=\"dot ").Append(severity).Append("\"></span>")
                .Append(Enc(FindingFacts.Title(rule))).Append("</td><td class=\"rid\">").Append(Enc(rule)).Append("</td><td>").Append(FindingFacts.FixedBy(rule))
                .Append("</td><td class=\"num\">").Append(N(count)).Append("</td><td class=\"num\">").Append(Enc(Money(byRule.GetValueOrDefault(rule)?.AtRisk ?? 0m))).Append("</td></tr>");
        }
        h.Append("</tbody></table></details>");
    }

    private static void WriteChart(StringBuilder h, string id, string title, Dictionary<string, Tally> tallies, Func<string, string> label)
    {
        var bars = tallies.Where(t => t.Value.AtRisk > 0).OrderByDescending(t => t.Value.AtRisk).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        var shown = bars.Take(BarsPerChart).ToList();
        h.Append("<figure class=\"chart\" data-chart=\"").Append(id).Append("\" data-bars=\"").Append(shown.Count.ToString(Invariant)).Append("\"><figcaption><h3>")
            .Append(title).Append("</h3></figcaption>");
        if (shown.Count == 0)
        {
            h.Append("<p class=\"empty\">Nothing at risk.</p></figure>");
            return;
        }
        var height = shown.Count * RowHeight + 2;
        h.Append("<svg class=\"bars\" role=\"img\" aria-label=\"").Append(title).Append("\" viewBox=\"0 0 ").Append(ChartWidth.ToString(Invariant)).Append(' ')
            .Append(height.ToString(Invariant)).Append("\" width=\"").Append(ChartWidth.ToString(Invariant)).Append("\" height=\"").Append(height.ToString(Invariant))
            .Append("\" preserveAspectRatio=\"xMinYMin meet\">");
        var max = shown[0].Value.AtRisk;
        var area = ChartWidth - LabelWidth - ValueWidth;
        for (var i = 0; i < shown.Count; i++)
        {
            var (key, tally) = shown[i];
            var text = label(key);
            var y = i * RowHeight + 1;
            var cut = text.Length > MaxLabel ? text[..(MaxLabel - 1)] + "…" : text;
            var width = Math.Max(2.0, (double)(tally.AtRisk / max) * area);
            h.Append("<g class=\"bar\" data-key=\"").Append(Enc(key)).Append("\" data-at-risk=\"").Append(tally.AtRisk.ToString("0.00", Invariant))
                .Append("\" data-findings=\"").Append(tally.Findings.ToString(Invariant)).Append("\"><title>")
                .Append(Enc(text == key ? $"{key}: {Money(tally.AtRisk)} at risk, {Plural(tally.Findings, "finding")}" : $"{text} ({key}): {Money(tally.AtRisk)} at risk, {Plural(tally.Findings, "finding")}"))
                .Append("</title><text class=\"label\" x=\"").Append((LabelWidth - 8).ToString(Invariant)).Append("\" y=\"").Append((y + BarHeight - 3).ToString(Invariant))
                .Append("\" text-anchor=\"end\">").Append(Enc(cut)).Append("</text><rect class=\"money\" x=\"").Append(LabelWidth.ToString(Invariant)).Append("\" y=\"")
                .Append(y.ToString(Invariant)).Append("\" width=\"").Append(width.ToString("0.#", Invariant)).Append("\" height=\"").Append(BarHeight.ToString(Invariant))
                .Append("\" rx=\"2\"></rect><text class=\"value\" x=\"").Append((LabelWidth + width + 5).ToString("0.#", Invariant)).Append("\" y=\"")
                .Append((y + BarHeight - 3).ToString(Invariant)).Append("\">").Append(Enc(ShortMoney(tally.AtRisk))).Append("</text></g>");
        }
        h.Append("</svg>");
        if (bars.Count > shown.Count)
        {
            var rest = bars.Skip(shown.Count).ToList();
            h.Append("<p class=\"more\">+ ").Append(N(rest.Count)).Append(" more, ").Append(Enc(Money(rest.Sum(r => r.Value.AtRisk)))).Append("</p>");
        }
        h.Append("</figure>");
    }

    // ---- providers ---------------------------------------------------------------------------

    private static void WriteProviders(StringBuilder h, Dictionary<string, ProviderTally> providers)
    {
        // Only a batch that names providers has the view (the NoProvider row alone would say nothing).
        if (providers.Count == 0 || (providers.Count == 1 && providers.ContainsKey("(no provider)"))) return;
        h.Append("<details class=\"section providers\" data-section=\"providers\" open><summary><h2>By rendering provider <span class=\"count\">").Append(N(providers.Count))
            .Append("</span></h2></summary><table class=\"provider-table\"><thead><tr><th>Provider</th><th class=\"num\">Visits</th><th class=\"num\">With errors</th>")
            .Append("<th class=\"num\">Billing can fix</th><th class=\"num\">Back to the therapist</th><th class=\"num\">At risk</th></tr></thead><tbody>");
        foreach (var (provider, t) in providers.OrderByDescending(p => p.Value.AtRisk).ThenByDescending(p => p.Value.TherapistFindings).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            h.Append("<tr data-provider=\"").Append(Enc(provider)).Append("\" data-at-risk=\"").Append(t.AtRisk.ToString("0.00", Invariant)).Append("\"><td>").Append(Enc(provider))
                .Append("</td><td class=\"num\">").Append(N(t.Visits)).Append("</td><td class=\"num\">").Append(N(t.VisitsWithErrors))
                .Append("</td><td class=\"num\">").Append(N(t.BillingFindings)).Append("</td><td class=\"num\">").Append(N(t.TherapistFindings))
                .Append("</td><td class=\"num\">").Append(Enc(Money(t.AtRisk))).Append("</td></tr>");
        }
        h.Append("</tbody></table></details>");
    }

    // ---- visits ------------------------------------------------------------------------------

    private static void WriteVisit(StringBuilder h, VisitReport v, VisitStake stake)
    {
        var status = v.Status is "error" or "warning" ? v.Status : "warning";
        string? provider = null;
        foreach (var line in v.Lines) provider ??= line.Provider;

        h.Append("<details open class=\"visit ").Append(status).Append("\" data-visit-id=\"").Append(Enc(v.VisitId)).Append("\" data-status=\"").Append(Enc(v.Status))
            .Append("\" data-at-risk=\"").Append(stake.AtRisk.ToString("0.00", Invariant)).Append("\"><summary>")
            .Append("<span class=\"badge ").Append(status).Append("\">").Append(status == "error" ? "Errors" : "Warnings").Append("</span>")
            .Append("<span class=\"vid\">Visit ").Append(Enc(v.VisitId)).Append("</span>")
            .Append("<span class=\"who\">Patient ").Append(Enc(v.PatientId)).Append(" · ").Append(Enc(v.DateOfService)).Append(" · ").Append(Enc(v.PayerId));
        if (provider is not null) h.Append(" · ").Append(Enc(provider));
        h.Append("</span><span class=\"stake\">");
        if (stake.AtRisk > 0) h.Append("<b class=\"risk\">").Append(Enc(Money(stake.AtRisk))).Append(" at risk</b>");
        else if (stake.Exposure > 0) h.Append("<b class=\"doubt\">").Append(Enc(Money(stake.Exposure))).Append(" could be denied</b>");
        if (stake.Unbilled > 0) h.Append(" <b class=\"unbilled\">+").Append(Enc(Money(stake.Unbilled))).Append(" unbilled</b>");
        h.Append("</span><span class=\"titles\">");
        for (var i = 0; i < v.Findings.Count; i++)
        {
            if (i > 0) h.Append(" · ");
            if (i == 3) { h.Append(Enc($"{N(v.Findings.Count - 3)} more")); break; }
            h.Append(Enc(FindingFacts.Title(v.Findings[i].RuleId)));
        }
        h.Append("</span></summary>");

        WriteLines(h, v);

        h.Append("<ol class=\"findings\">");
        foreach (var f in v.Findings)
        {
            var sev = f.Severity is "error" or "warning" or "info" ? f.Severity : "info";
            var who = FindingFacts.FixedBy(f.RuleId);
            h.Append("<li class=\"finding ").Append(sev).Append("\" data-rule=\"").Append(Enc(f.RuleId)).Append("\" data-severity=\"").Append(Enc(f.Severity))
                .Append("\" data-fixed-by=\"").Append(who).Append("\" data-at-risk=\"").Append(f.AtRisk.ToString("0.00", Invariant)).Append("\">")
                .Append("<p class=\"what\"><span class=\"sev ").Append(sev).Append("\">").Append(Enc(f.Severity)).Append("</span> <b class=\"title\">").Append(Enc(FindingFacts.Title(f.RuleId)))
                .Append("</b>");
            if (f.Code is { } code)
            {
                h.Append(" <span class=\"code\"").Append(f.Location is { } location ? " data-location=\"" + Enc(location) + "\"" : "").Append('>').Append(Enc(code));
                if (f.Row is int row) h.Append(" · ").Append(Enc(ReportText.WhereIs(row, f.Location)));
                else if (f.Location is { } where) h.Append(" · ").Append(Enc(where));
                h.Append("</span>");
            }
            h.Append(" <span class=\"fixer ").Append(who).Append("\">").Append(who == FindingFacts.Clinician ? "therapist" : "billing").Append("</span>")
                .Append(" <span class=\"rid\">").Append(Enc(f.RuleId)).Append("</span></p>")
                .Append("<p class=\"msg\">").Append(Enc(f.Message)).Append("</p>");
            if (f.Fix.Length > 0) h.Append("<p class=\"fix\"><b>Fix:</b> ").Append(Enc(f.Fix)).Append("</p>");
            h.Append("</li>");
        }
        h.Append("</ol></details>");
    }

    /// <summary>
    /// A problem visit past the <see cref="DetailedVisits"/> worst: one row of the tail. Rows are grid
    /// rows, not a table's, so the browser lays out only those on screen (content-visibility) — a
    /// 4,000-row table would be laid out whole before the page shows.
    /// </summary>
    private static void WriteVisitRow(StringBuilder h, VisitReport v, VisitStake stake)
    {
        string? provider = null;
        foreach (var line in v.Lines) provider ??= line.Provider;
        h.Append("<div class=\"row visit ").Append(v.Status == "error" ? "error" : "warning").Append("\" role=\"row\" data-visit-id=\"").Append(Enc(v.VisitId)).Append("\" data-status=\"").Append(Enc(v.Status))
            .Append("\" data-at-risk=\"").Append(stake.AtRisk.ToString("0.00", Invariant)).Append("\"><span role=\"cell\">").Append(Enc(v.VisitId)).Append("</span><span role=\"cell\">").Append(Enc(v.PatientId))
            .Append("</span><span role=\"cell\">").Append(Enc(v.DateOfService)).Append("</span><span role=\"cell\">").Append(Enc(v.PayerId)).Append("</span><span role=\"cell\">").Append(Enc(provider ?? ""))
            .Append("</span><span role=\"cell\" class=\"num\">");
        if (stake.AtRisk > 0) h.Append("<b class=\"risk\">").Append(Enc(Money(stake.AtRisk))).Append("</b>");
        else if (stake.Exposure > 0) h.Append("<span class=\"doubt\">").Append(Enc(Money(stake.Exposure))).Append("?</span>");
        else if (stake.Unbilled > 0) h.Append("<span class=\"unbilled\">+").Append(Enc(Money(stake.Unbilled))).Append("</span>");
        h.Append("</span><span role=\"cell\">");
        for (var i = 0; i < v.Findings.Count; i++)
            h.Append(i == 0 ? "" : " · ").Append(Enc(FindingFacts.Title(v.Findings[i].RuleId)));
        h.Append("</span></div>");
    }

    /// <summary>
    /// The visit's lines, each with its dollars once: at risk (the shares of the errors on it), else
    /// what its warnings could have denied, and any time left unbilled; a last row for errors that hold the whole claim.
    /// </summary>
    private static void WriteLines(StringBuilder h, VisitReport v)
    {
        var wholeClaim = 0m;
        foreach (var f in v.Findings)
            if (f.Code is null) wholeClaim += f.AtRisk;
        if (v.Lines.Count == 0 && wholeClaim == 0) return;

        h.Append("<table class=\"lines\"><thead><tr><th>Code</th><th class=\"num\">Minutes</th><th class=\"num\">Units billed</th><th class=\"num\">Units audited</th>")
            .Append("<th>Modifiers billed</th><th>Modifiers needed</th><th class=\"num\">At stake</th></tr></thead><tbody>");
        foreach (var l in v.Lines)
        {
            decimal atRisk = 0m, unbilled = 0m;
            var anyError = false;
            foreach (var f in v.Findings)
            {
                if (!ReferenceEquals(FindingFacts.LineOf(v, f), l)) continue;
                atRisk += f.AtRisk;
                anyError |= f.Severity == "error";
                if (f.RuleId == RuleIds.UnitsUnderbilled) unbilled += f.Amount;
            }
            // What warnings put in doubt is shown only where no error already puts the line (or the whole claim) at risk.
            var doubt = anyError || wholeClaim > 0 ? 0m : LineWarning(v, l);
            var unitsDiffer = l.BilledUnits is int b && l.ComputedUnits is int c && b != c;
            h.Append("<tr data-code=\"").Append(Enc(l.Code)).Append("\" data-line-control=\"").Append(Enc(l.LineControl)).Append('"')
                .Append(l.UnitsCheckedAgainstTime is false ? " data-units-checked=\"false\"" : "").Append("><td><b>").Append(Enc(l.Code)).Append("</b>");
            if (l.Rows.Count > 0)
                h.Append(" <span class=\"dim\">").Append(Enc(l.Location ?? (l.Rows.Count == 1 ? "row " : "rows ") + string.Join(", ", l.Rows))).Append("</span>");
            h.Append("</td><td class=\"num\">").Append(l.Minutes is int m ? m.ToString(Invariant) : "—")
                .Append("</td><td class=\"num").Append(unitsDiffer ? " differs" : "").Append("\">").Append(l.BilledUnits?.ToString(Invariant) ?? "—")
                .Append("</td><td class=\"num").Append(unitsDiffer ? " differs" : "").Append("\">")
                .Append(l.UnitsCheckedAgainstTime is false ? "<em>" + Enc(ReportText.LineUnitsNotChecked) + "</em>" : l.ComputedUnits?.ToString(Invariant) ?? "—")
                .Append("</td><td>").Append(Enc(string.Join(" ", l.BilledModifiers)))
                .Append("</td><td>");
            var needed = l.RequiredModifiers.Where(r => !l.BilledModifiers.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            h.Append(Enc(string.Join(" ", l.RequiredModifiers)));
            if (needed.Count > 0) h.Append(" <span class=\"add\">add ").Append(Enc(string.Join(" ", needed))).Append("</span>");
            h.Append("</td><td class=\"num amt\" data-line-at-risk=\"").Append(atRisk.ToString("0.00", Invariant)).Append("\">");
            if (atRisk > 0) h.Append("<b class=\"risk\">").Append(Enc(Money(atRisk))).Append("</b>");
            else if (doubt > 0) h.Append("<span class=\"doubt\">").Append(Enc(Money(doubt))).Append(" could be denied</span>");
            if (unbilled > 0) h.Append(" <span class=\"unbilled\">+").Append(Enc(Money(unbilled))).Append(" unbilled</span>");
            h.Append("</td></tr>");
        }
        if (wholeClaim > 0)
            h.Append("<tr class=\"whole\"><td colspan=\"6\">The whole claim (an error on the visit, not one line)</td><td class=\"num amt\" data-line-at-risk=\"")
                .Append(wholeClaim.ToString("0.00", Invariant)).Append("\"><b class=\"risk\">").Append(Enc(Money(wholeClaim))).Append("</b></td></tr>");
        h.Append("</tbody></table>");
    }

    /// <summary>Clean visits: one line per day and payer, with the first ids; every id is in the CSV.</summary>
    private static void WriteClean(StringBuilder h, SortedDictionary<(string Date, string Payer), CleanGroup> groups, int cleanVisits)
    {
        h.Append("<details class=\"section clean\" data-section=\"clean-visits\"><summary><h2>Clean visits, ready to submit <span class=\"count\">")
            .Append(N(cleanVisits)).Append("</span></h2><span class=\"hint\">one line per day and payer</span></summary>");
        if (groups.Count == 0)
        {
            h.Append("<p class=\"empty\">No clean visit in this batch.</p></details>");
            return;
        }
        h.Append("<table class=\"clean-table\"><thead><tr><th>Date of service</th><th>Payer</th><th class=\"num\">Visits</th><th>Visit ids</th></tr></thead><tbody>");
        foreach (var ((date, payer), group) in groups)
        {
            h.Append("<tr data-clean-date=\"").Append(Enc(date)).Append("\" data-payer=\"").Append(Enc(payer)).Append("\" data-count=\"").Append(group.Count.ToString(Invariant))
                .Append("\"><td>").Append(Enc(date)).Append("</td><td>").Append(Enc(payer)).Append("</td><td class=\"num\">").Append(N(group.Count)).Append("</td><td class=\"ids\">");
            for (var i = 0; i < group.Ids.Count; i++)
                h.Append(i == 0 ? "" : ", ").Append("<span data-visit-id=\"").Append(Enc(group.Ids[i])).Append("\" data-status=\"clean\">").Append(Enc(group.Ids[i])).Append("</span>");
            if (group.Count > group.Ids.Count) h.Append(" <span class=\"dim\">and ").Append(N(group.Count - group.Ids.Count)).Append(" more (every visit is in report.csv)</span>");
            h.Append("</td></tr>");
        }
        h.Append("</tbody></table></details>");
    }

    /// <summary>The episode picture (section 10): visits left per authorisation, plans ending, progress reports due at the next visit.</summary>
    private static void WriteEpisodes(StringBuilder h, EpisodeSummary e)
    {
        h.Append("<details class=\"section episodes\" data-section=\"episodes\" open><summary><h2>Episodes of care</h2><span class=\"hint\">as of ")
            .Append(Enc(Day(e.AsOf))).Append(", the batch&#39;s latest date of service</span></summary>");

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
        h.Append("</details>");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private static void WriteRejectedRows(StringBuilder h, IReadOnlyList<RejectedRow> rows)
    {
        if (rows.Count == 0) return;
        var located = rows.Any(r => r.Location is not null);
        h.Append("<details class=\"section rejected\" data-section=\"rejected-rows\" open><summary><h2>Rows not audited <span class=\"count\">").Append(N(rows.Count))
            .Append("</span></h2><span class=\"hint\">")
            .Append(located
                ? "rows are positions in the file (segment numbers count from the start of the transaction set)"
                : "row numbers are spreadsheet rows (the header is row 1)")
            .Append("; correct them in the source file and audit it again</span></summary>")
            .Append("<table class=\"rejected-rows\"><thead><tr><th class=\"num c-row\">Row</th><th>Visit</th><th>Reasons</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Append("<tr data-row=\"").Append(row.Row.ToString(Invariant)).Append("\"><td class=\"num c-row\">").Append(Enc(row.Location ?? row.Row.ToString(Invariant)))
                .Append("</td><td>").Append(Enc(row.VisitId ?? "")).Append("</td><td><ul class=\"reasons\">");
            foreach (var error in row.Errors) h.Append("<li>").Append(Enc(error)).Append("</li>");
            h.Append("</ul></td></tr>");
        }
        h.Append("</tbody></table></details>");
    }

    // ---- formatting --------------------------------------------------------------------------

    private static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string N(int value) => value.ToString("#,##0", Invariant);

    private static string Plural(int count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>US dollars with thousands separators, e.g. <c>$1,234.56</c> and <c>-$12.50</c>; invariant, whatever the host culture.</summary>
    public static string Money(decimal amount) => Model.Money.Format(amount);

    /// <summary>A bar's figure: whole dollars from $1,000 up ("$12,480"), cents below.</summary>
    private static string ShortMoney(decimal amount) => amount >= 1000m ? Model.Money.Format(Math.Round(amount, 0, MidpointRounding.AwayFromZero)).Replace(".00", "", StringComparison.Ordinal) : Money(amount);

    private static string Percent(double rate) => (rate * 100).ToString("0.#", Invariant) + "%";

    // ---- style sheet -------------------------------------------------------------------------

    private const string CssResource = "ClaimAudit.Reporting.ReportHtml.css";

    /// <summary>The page's style sheet, ReportHtml.css, embedded in the assembly and inlined in every page (no external assets).</summary>
    private static readonly string Css = ReadCss();

    /// <summary>
    /// Exactly the text of the report's one <c>&lt;style&gt;</c> element: the page of PRODUCT.md section 14 opens a report
    /// as a blob: document, which inherits the page's CSP, and allows this style by its hash.
    /// </summary>
    internal static string StyleSheet => Css;

    private static string ReadCss()
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream(CssResource)
            ?? throw new InvalidOperationException($"embedded resource {CssResource} is missing from {typeof(ReportHtml).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        // The file ends with a newline (as every text file in the repository); the page never had one there.
        return reader.ReadToEnd().TrimEnd('\n');
    }
}
