using System.Globalization;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// Builds the denial analytics from the audited claims and the stored remittances: pure, no I/O.
/// The definitions of every figure are on <see cref="AnalyticsReport"/>'s types and in the README.
/// </summary>
/// <remarks>
/// One pass over the remittances groups the payments by visit id; one pass over the audited claims
/// in scope then nets each claim's payments, classifies its adjustments once, and feeds every figure
/// (totals, rates, reason codes, aging, scorecard, misses) from that one netted picture, so the
/// figures cannot disagree with each other.
/// </remarks>
public static class AnalyticsBuilder
{
    /// <summary>The buckets of the AR aging, in order: days from the date of service.</summary>
    public static IReadOnlyList<(string Label, int MinDays, int? MaxDays)> AgingBuckets { get; } =
        [("0–30", 0, 30), ("31–60", 31, 60), ("61–90", 61, 90), ("91–120", 91, 120), ("120+", 121, null)];

    public const string NoAuditedClaim = "no audited claim with this visit id";
    public const string NoAuditedLine = "no audited line with this line control, or this code, modifiers and units";
    /// <summary>Shown beside every reference figure, in every output: these are not the clinic's numbers.</summary>
    public const string ReferenceLabel = "industry reference";

    /// <param name="claims">Audited claims (any order; the latest audit of a visit id wins).</param>
    /// <param name="remittances">Stored remittance advices (any order).</param>
    /// <param name="profiles">The clinic's payer profiles: each gives its payer's denial-category overrides.</param>
    public static AnalyticsReport Build(string clinicId, IEnumerable<AuditedClaim> claims, IEnumerable<RemittanceAdvice> remittances,
        PayerProfileSet profiles, AnalyticsOptions options, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(remittances);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(options);

        var latest = LatestAuditOfEachVisit(claims);
        var inScope = latest.Values.Where(c => InRange(c.DateOfService, options))
            .OrderBy(c => c.DateOfService).ThenBy(c => c.VisitId, StringComparer.Ordinal).ToList();
        var advices = remittances.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var paymentsByVisit = PaymentsByVisit(advices);

        var unmatched = new List<UnmatchedRemittance>();
        var mappings = new Dictionary<string, DenialCategories>(StringComparer.Ordinal);
        var netted = new List<NettedClaim>(inScope.Count);
        foreach (var claim in inScope)
        {
            var payments = paymentsByVisit.GetValueOrDefault(claim.VisitId) ?? [];
            var matched = new List<Payment>(payments.Count);
            foreach (var p in payments)
            {
                if (DateOf(p.Claim) is { } date && date != claim.DateOfService)
                    unmatched.Add(UnmatchedClaim(p, $"date of service differs (835 {Day(date)}, audit {Day(claim.DateOfService)})"));
                else matched.Add(p);
            }
            var mapping = MappingFor(claim.PayerId, profiles, mappings);
            netted.Add(Net(claim, matched, mapping, unmatched));
        }
        unmatched.AddRange(PaymentsWithNoAuditedClaim(paymentsByVisit, latest, options));

        var totals = Totals(netted);
        var (aging, open, outstanding) = Aging(netted, options.AsOf);
        totals = totals with
        {
            Outstanding = outstanding,
            DaysInAr = DaysInAr(netted, outstanding, options),
            ArOver90Share = outstanding > 0 ? Rate((double)open.Where(o => o.Days > 90).Sum(o => o.Outstanding) / (double)outstanding) : null,
        };

        return new AnalyticsReport
        {
            ClinicId = clinicId,
            GeneratedAt = generatedAt,
            From = options.From,
            To = options.To,
            AsOf = options.AsOf,
            Totals = totals,
            DenialRates = DenialRates(netted),
            ReasonCodes = ReasonCodes(netted),
            Aging = aging,
            OpenClaims = open,
            Scorecard = Scorecard(netted),
            Misses = Misses(netted),
            Unmatched = [.. unmatched.OrderBy(u => u.RemittanceKey, StringComparer.Ordinal)],
            Balancing = [.. advices.SelectMany(a => a.Balancing.Select(b => new RemittanceBalanceIssue(a.Key, b.Location, b.Message, b.Difference)))],
            References = References(totals),
        };
    }

    // ---- scope and grouping ------------------------------------------------------------------

    // A batch audited again (a corrected export) replaces what the earlier audit said about its visits.
    private static Dictionary<string, AuditedClaim> LatestAuditOfEachVisit(IEnumerable<AuditedClaim> claims)
    {
        var latest = new Dictionary<string, AuditedClaim>(StringComparer.Ordinal);
        foreach (var c in claims)
            if (!latest.TryGetValue(c.VisitId, out var seen) || c.AuditedAt > seen.AuditedAt) latest[c.VisitId] = c;
        return latest;
    }

    private static bool InRange(DateOnly date, AnalyticsOptions o) => (o.From is not { } from || date >= from) && (o.To is not { } to || date <= to);

    /// <summary>One CLP of one advice, with what orders it among the claim's payments.</summary>
    private sealed record Payment(RemittanceAdvice Advice, int Position, ClaimPayment Claim);

    // A claim's payments in the order the payer sent them, so "the first remittance" is the first answer
    // and a reversal follows the payment it reverses.
    private static Dictionary<string, List<Payment>> PaymentsByVisit(IReadOnlyList<RemittanceAdvice> advices)
    {
        var byVisit = new Dictionary<string, List<Payment>>(StringComparer.Ordinal);
        foreach (var advice in advices)
            for (var i = 0; i < advice.Claims.Count; i++)
            {
                var visitId = advice.Claims[i].PatientControlNumber.Trim();
                if (!byVisit.TryGetValue(visitId, out var list)) byVisit[visitId] = list = [];
                list.Add(new Payment(advice, i, advice.Claims[i]));
            }
        foreach (var list in byVisit.Values)
            list.Sort((a, b) =>
            {
                // An advice with no payment date (BPR16) is ordered after the dated ones: nothing says it came first.
                var byDate = (a.Advice.PaymentDate ?? DateOnly.MaxValue).CompareTo(b.Advice.PaymentDate ?? DateOnly.MaxValue);
                if (byDate != 0) return byDate;
                var byKey = string.CompareOrdinal(a.Advice.Key, b.Advice.Key);
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            });
        return byVisit;
    }

    /// <summary>The date the 835 gives the claim: DTM*232, else its first line's date.</summary>
    private static DateOnly? DateOf(ClaimPayment c) => c.ServiceDate ?? c.Lines.Select(l => l.DateOfService).FirstOrDefault(d => d is not null);

    // A payment for a visit no audit knows is listed (never dropped) when it belongs to the period asked
    // for; one with no date at all is listed too, since nothing says it is outside. A payment for an
    // audited visit outside the period belongs to another period's analytics and is left out silently.
    private static IEnumerable<UnmatchedRemittance> PaymentsWithNoAuditedClaim(Dictionary<string, List<Payment>> byVisit,
        Dictionary<string, AuditedClaim> latest, AnalyticsOptions options)
    {
        foreach (var (visitId, payments) in byVisit.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (latest.ContainsKey(visitId)) continue;
            foreach (var p in payments)
            {
                var date = DateOf(p.Claim) ?? p.Advice.PaymentDate;
                if (date is null || InRange(date.Value, options)) yield return UnmatchedClaim(p, NoAuditedClaim);
            }
        }
    }

    private static UnmatchedRemittance UnmatchedClaim(Payment p, string reason) =>
        new(p.Advice.Key, p.Claim.Location, p.Claim.PatientControlNumber.Trim(), null, null, Money(p.Claim.Charge), Money(p.Claim.Paid), reason);

    private static DenialCategories MappingFor(string payerId, PayerProfileSet profiles, Dictionary<string, DenialCategories> cache)
    {
        if (!cache.TryGetValue(payerId, out var mapping)) cache[payerId] = mapping = DenialCategories.For(profiles.Find(payerId));
        return mapping;
    }

    // ---- netting and classification ----------------------------------------------------------

    /// <summary>A netted, classified adjustment: the sum of one (group, reason) over all of a line's or claim's payments.</summary>
    private sealed record Classified(Adjustment Adjustment, RemittanceCategory Category)
    {
        public bool IsDenial => Category != RemittanceCategory.NotDenial;
    }

    /// <summary>An audited line with what its matched service payments add up to.</summary>
    private sealed class NettedLine(AuditedLine line, IReadOnlyList<string> rules)
    {
        public AuditedLine Line { get; } = line;
        /// <summary>The line's rules and the visit's: a visit-level finding flags every line.</summary>
        public IReadOnlyList<string> Rules { get; } = rules;
        public List<ServicePayment> Payments { get; } = [];
        public Dictionary<(string, string), decimal> Adjustments { get; } = [];
        public SortedSet<string> Remarks { get; } = new(StringComparer.OrdinalIgnoreCase);
        public decimal Charged { get; set; }
        public decimal Paid { get; set; }
        public IReadOnlyList<Classified> Classified { get; private set; } = [];
        public bool Matched => Payments.Count > 0;
        public decimal Denied { get; private set; }
        public bool IsDenied => Denied > 0;
        /// <summary>The category with the largest denied amount; on a tie, the lower category (enum order).</summary>
        public RemittanceCategory? Category { get; private set; }

        // Computed once, when the line's payments are all netted: every figure reads these.
        public void SetClassified(List<Classified> classified)
        {
            Classified = classified;
            var denials = classified.Where(c => c.IsDenial).ToList();
            Denied = denials.Sum(c => c.Adjustment.Amount);
            Category = Denied <= 0 ? null : denials.GroupBy(c => c.Category).Select(g => (Category: g.Key, Amount: g.Sum(c => c.Adjustment.Amount)))
                .OrderByDescending(g => g.Amount).ThenBy(g => g.Category).First().Category;
        }
        /// <summary>The line as it first went out: the first matched service payment that is not a reversal.</summary>
        public ServicePayment? FirstSent { get; set; }
        public bool SentUnchanged => FirstSent is { } sent && WentOutAsAudited(Line, sent);
    }

    private sealed class NettedClaim(AuditedClaim claim, IReadOnlyList<Payment> payments, IReadOnlyList<NettedLine> lines, IReadOnlyList<NettedLine> unmatchedLines)
    {
        public AuditedClaim Claim { get; } = claim;
        public IReadOnlyList<Payment> Payments { get; } = payments;
        public IReadOnlyList<NettedLine> Lines { get; } = lines;
        /// <summary>
        /// Service lines of the claim's payments that match no audited line, netted by line control (else code):
        /// listed as unmatched, and their money still counts in the claim's totals and aging — the payer did
        /// pay, adjust or deny it — but not in the per-line figures (rates by code, scorecard, misses).
        /// </summary>
        public IReadOnlyList<NettedLine> UnmatchedLines { get; } = unmatchedLines;
        public bool Remitted => Payments.Count > 0;
        public decimal Charged { get; init; }
        /// <summary>
        /// What is owed on the claim before payment: the payer's net charge once it has answered, else (and when a
        /// reversal took the charge back to nothing, a recoupment not yet re-adjudicated) what the audit billed.
        /// </summary>
        public decimal Billed => Remitted && Charged > 0 ? Charged : Money(Claim.Billed);
        public decimal Paid { get; init; }
        public List<Classified> ClaimLevel { get; init; } = [];
        public decimal ClaimLevelDenied => ClaimLevel.Where(c => c.IsDenial).Sum(c => c.Adjustment.Amount);
        public bool IsDenied { get; init; }
        public bool PaidOnFirstPass { get; init; }
        /// <summary>Contractual write-downs and the patient's share: expected, so not owed by the payer.</summary>
        public decimal NotDenialAdjusted =>
            ClaimLevel.Concat(AllLines.SelectMany(l => l.Classified)).Where(c => !c.IsDenial).Sum(c => c.Adjustment.Amount);
        public decimal Denied => AllLines.Sum(l => l.Denied) + ClaimLevelDenied;
        public IEnumerable<NettedLine> AllLines => Lines.Concat(UnmatchedLines);
    }

    private static NettedClaim Net(AuditedClaim claim, IReadOnlyList<Payment> payments, DenialCategories mapping, List<UnmatchedRemittance> unmatched)
    {
        var lines = claim.Lines.Select(l => new NettedLine(l, [.. l.Rules.Union(claim.VisitRules, StringComparer.Ordinal)])).ToList();
        var unmatchedLines = new Dictionary<string, NettedLine>(StringComparer.OrdinalIgnoreCase);
        var claimAdjustments = new Dictionary<(string, string), decimal>();
        var claimRemarks = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        decimal charged = 0, paid = 0;
        // The claim's charge is the first payer's: a secondary payer (CLP02 = 2, a Medigap plan) sends the same
        // charge again, which is not a second bill. Its payments and adjustments still count.
        var primary = payments.Count > 0 ? PayerOf(payments[0].Advice) : null;
        foreach (var p in payments)
        {
            var fromPrimary = PayerOf(p.Advice) == primary;
            if (fromPrimary) charged += p.Claim.Charge;
            paid += p.Claim.Paid;
            AddAdjustments(claimAdjustments, p.Claim.Adjustments);
            claimRemarks.UnionWith(p.Claim.Remarks.Select(r => r.Trim()));
            foreach (var service in p.Claim.Lines)
            {
                var line = MatchLine(claim, lines, service);
                if (line is null)
                {
                    unmatched.Add(new UnmatchedRemittance(p.Advice.Key, service.Location, claim.VisitId, service.LineControl, service.SubmittedCode,
                        Money(service.Charge), Money(service.Paid), NoAuditedLine));
                    var key = service.LineControl?.Trim() is { Length: > 0 } control ? "#" + control : service.SubmittedCode.Trim();
                    if (!unmatchedLines.TryGetValue(key, out line))
                        unmatchedLines[key] = line = new NettedLine(new AuditedLine { Code = service.SubmittedCode }, []);
                }
                else if (line.FirstSent is null && !p.Claim.IsReversal) line.FirstSent = service;
                line.Payments.Add(service);
                if (fromPrimary) line.Charged += service.Charge;
                line.Paid += service.Paid;
                AddAdjustments(line.Adjustments, service.Adjustments);
                line.Remarks.UnionWith(service.Remarks.Select(r => r.Trim()));
            }
        }

        // A line's adjustments are read with its own remarks (LQ*HE) and its claim's (MOA): an N362 may come on either.
        string[] claimRemarkList = [.. claimRemarks];
        foreach (var line in lines.Where(l => l.Matched).Concat(unmatchedLines.Values))
            line.SetClassified(Classify(line.Adjustments, [.. line.Remarks.Union(claimRemarks, StringComparer.OrdinalIgnoreCase)], mapping));
        var claimLevel = Classify(claimAdjustments, claimRemarkList, mapping);

        var lastStatusDenied = payments.Count > 0 && payments[^1].Claim.IsDenied;
        return new NettedClaim(claim, payments, lines, [.. unmatchedLines.Values])
        {
            Charged = Money(charged),
            Paid = Money(paid),
            ClaimLevel = claimLevel,
            IsDenied = lines.Any(l => l.IsDenied) || unmatchedLines.Values.Any(l => l.IsDenied) || claimLevel.Any(c => c.IsDenial) || lastStatusDenied,
            PaidOnFirstPass = payments.Count > 0 && FirstPaymentResolved(payments[0].Claim, mapping),
        };
    }

    private static string PayerOf(RemittanceAdvice advice) => advice.PayerIdentifier ?? advice.PayerName;

    // Matching a service line to what was audited (the shared design): the line control number first,
    // since it is ours and exact; then code, modifiers, units and date; then the code alone, so a line the
    // payer re-coded or re-unitised is still scored against the line that went out.
    private static NettedLine? MatchLine(AuditedClaim claim, List<NettedLine> lines, ServicePayment s)
    {
        if (s.LineControl?.Trim() is { Length: > 0 } control)
            foreach (var l in lines)
                if (l.Line.LineControl == control || l.Line.Rows.Any(r => $"{claim.VisitId}-{r.ToString(CultureInfo.InvariantCulture)}" == control))
                    return l;
        foreach (var l in lines)
            if (SameCode(l.Line, s) && SameModifiers(l.Line.BilledModifiers, s.SubmittedModifiers) && SameUnits(l.Line, s)
                && (s.DateOfService is not { } date || date == claim.DateOfService))
                return l;
        foreach (var l in lines)
            if (SameCode(l.Line, s)) return l;
        return null;
    }

    private static bool SameCode(AuditedLine l, ServicePayment s) => string.Equals(l.Code.Trim(), s.SubmittedCode.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool SameModifiers(IReadOnlyList<string> audited, IReadOnlyList<string> sent) =>
        new HashSet<string>(audited.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase).SetEquals(sent.Select(m => m.Trim()));

    private static bool SameUnits(AuditedLine l, ServicePayment s) => l.BilledUnits is not { } billed || s.SubmittedUnits == billed;

    /// <summary>The scorecard only judges a rule on lines that went out as audited: fixed lines say nothing about the prediction.</summary>
    private static bool WentOutAsAudited(AuditedLine l, ServicePayment s) => SameCode(l, s) && SameModifiers(l.BilledModifiers, s.SubmittedModifiers) && SameUnits(l, s);

    private static void AddAdjustments(Dictionary<(string, string), decimal> sums, IReadOnlyList<Adjustment> adjustments)
    {
        foreach (var a in adjustments)
        {
            var key = (a.Group.Trim().ToUpperInvariant(), a.Reason.Trim().ToUpperInvariant());
            sums[key] = sums.GetValueOrDefault(key) + a.Amount;
        }
    }

    // Only what is left after netting counts: a reversed denial nets to zero and is no denial.
    private static List<Classified> Classify(Dictionary<(string Group, string Reason), decimal> sums, IReadOnlyList<string> remarks, DenialCategories mapping) =>
        [.. sums.Where(kv => kv.Value > 0)
            .Select(kv => new Adjustment(kv.Key.Group, kv.Key.Reason, Money(kv.Value)))
            .Select(a => new Classified(a, mapping.Classify(a, remarks)))];

    /// <summary>The first answer processed the claim (status 1–3) with no denial adjustment on the claim or any line.</summary>
    private static bool FirstPaymentResolved(ClaimPayment first, DenialCategories mapping)
    {
        if (first.Status is < 1 or > 3) return false;
        var claimRemarks = first.Remarks;
        if (first.Adjustments.Any(a => a.Amount > 0 && mapping.Classify(a, claimRemarks) != RemittanceCategory.NotDenial)) return false;
        foreach (var line in first.Lines)
        {
            string[] remarks = [.. line.Remarks, .. claimRemarks];
            if (line.Adjustments.Any(a => a.Amount > 0 && mapping.Classify(a, remarks) != RemittanceCategory.NotDenial)) return false;
        }
        return true;
    }

    // ---- figures -----------------------------------------------------------------------------

    private static AnalyticsTotals Totals(List<NettedClaim> claims)
    {
        var remitted = claims.Where(c => c.Remitted).ToList();
        var charged = remitted.Sum(c => c.Charged);
        var denied = Money(remitted.Sum(c => c.Denied));
        var deniedClaims = remitted.Count(c => c.IsDenied);
        return new AnalyticsTotals
        {
            AuditedClaims = claims.Count,
            CleanClaimRate = Ratio(claims.Count(c => c.Claim.Status != "error"), claims.Count),
            RemittedClaims = remitted.Count,
            DeniedClaims = deniedClaims,
            DenialRate = Ratio(deniedClaims, remitted.Count),
            Charged = Money(charged),
            Paid = Money(remitted.Sum(c => c.Paid)),
            Denied = denied,
            DollarDenialRate = charged != 0 ? Rate((double)(denied / charged)) : null,
            FirstPassResolutionRate = Ratio(remitted.Count(c => c.PaidOnFirstPass), remitted.Count),
        };
    }

    private static IReadOnlyList<DenialRateRow> DenialRates(List<NettedClaim> claims) =>
        [.. claims.SelectMany(c => c.Lines.Where(l => l.Matched).Select(l => (Code: l.Line.Code.Trim().ToUpperInvariant(), c.Claim.PayerId, Line: l)))
            .GroupBy(x => (x.Code, x.PayerId))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.PayerId, StringComparer.Ordinal)
            .Select(g =>
            {
                var lines = g.Count();
                var denied = g.Count(x => x.Line.IsDenied);
                var charged = Money(g.Sum(x => x.Line.Charged));
                var deniedAmount = Money(g.Sum(x => x.Line.Denied));
                return new DenialRateRow(g.Key.Code, g.Key.PayerId, lines, denied, Ratio(denied, lines), charged, deniedAmount,
                    charged != 0 ? Rate((double)(deniedAmount / charged)) : null);
            })];

    private static IReadOnlyList<ReasonCodeRow> ReasonCodes(List<NettedClaim> claims)
    {
        // Each line (or the claim itself, for claim-level CAS) counts once per code it was denied with.
        var denials = claims.SelectMany(c => c.AllLines.SelectMany(l => l.Classified).Concat(c.ClaimLevel)).Where(x => x.IsDenial);
        return [.. denials.GroupBy(x => (x.Category, x.Adjustment.Code))
            .Select(g => new ReasonCodeRow(g.Key.Category, g.Key.Code, DenialCategories.LabelOf(g.First().Adjustment.Reason), g.Count(),
                Money(g.Sum(x => x.Adjustment.Amount))))
            .OrderBy(r => r.Category).ThenByDescending(r => r.Amount).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static (IReadOnlyList<AgingBucket>, IReadOnlyList<OpenClaim>, decimal) Aging(List<NettedClaim> claims, DateOnly asOf)
    {
        var open = new List<OpenClaim>();
        foreach (var c in claims)
        {
            var billed = c.Billed;
            var adjusted = Money(c.NotDenialAdjusted);
            // A denial is not written off: it stays outstanding, money to recover by appeal or a corrected claim.
            var outstanding = Money(billed - c.Paid - adjusted);
            if (outstanding <= 0) continue;
            var days = asOf.DayNumber - c.Claim.DateOfService.DayNumber;
            open.Add(new OpenClaim(c.Claim.VisitId, c.Claim.PayerId, c.Claim.DateOfService, days, BucketOf(days).Label, billed, c.Paid, adjusted, outstanding, c.Remitted));
        }
        open = [.. open.OrderByDescending(o => o.Days).ThenBy(o => o.VisitId, StringComparer.Ordinal)];
        var buckets = AgingBuckets.Select(b =>
        {
            var inBucket = open.Where(o => o.Bucket == b.Label).ToList();
            return new AgingBucket(b.Label, b.MinDays, b.MaxDays, inBucket.Count, Money(inBucket.Sum(o => o.Outstanding)));
        }).ToList();
        return (buckets, open, Money(open.Sum(o => o.Outstanding)));
    }

    // A date of service after the as-of day (a claim audited ahead) ages as 0–30.
    private static (string Label, int MinDays, int? MaxDays) BucketOf(int days) =>
        AgingBuckets.FirstOrDefault(b => days <= (b.MaxDays ?? int.MaxValue), AgingBuckets[^1]);

    /// <summary>
    /// Outstanding dollars over the average billed a day across the period (From, else the earliest date
    /// of service, to To, else the as-of day, both days counted); rounded to a tenth of a day.
    /// </summary>
    private static double? DaysInAr(List<NettedClaim> claims, decimal outstanding, AnalyticsOptions options)
    {
        if (claims.Count == 0) return null;
        var billed = claims.Sum(c => c.Billed);
        var start = options.From ?? claims.Min(c => c.Claim.DateOfService);
        var end = options.To ?? options.AsOf;
        var days = end.DayNumber - start.DayNumber + 1;
        if (billed <= 0 || days <= 0) return null;
        return Math.Round((double)outstanding / ((double)billed / days), 1, MidpointRounding.AwayFromZero);
    }

    private static List<RuleScore> Scorecard(List<NettedClaim> claims)
    {
        // One pass over the lines, counting for each rule that flagged them.
        var counts = new Dictionary<string, (int Flagged, int Unchanged, int AsPredicted, int Otherwise)>(StringComparer.Ordinal);
        foreach (var line in claims.SelectMany(c => c.Lines))
            foreach (var id in line.Rules)
            {
                var (flagged, unchanged, asPredicted, otherwise) = counts.GetValueOrDefault(id);
                flagged++;
                if (line.SentUnchanged)
                {
                    unchanged++;
                    if (line.IsDenied && line.Category == PredictedCategory(id)) asPredicted++;
                    else if (line.IsDenied) otherwise++;
                }
                counts[id] = (flagged, unchanged, asPredicted, otherwise);
            }
        // Catalog order; an id no registered rule has (a retired rule in an old audit) comes after, by id.
        var ordered = RuleCatalog.All.Select(d => d.Id).Where(counts.ContainsKey)
            .Concat(counts.Keys.Where(id => RuleCatalog.Find(id) is null).Order(StringComparer.Ordinal));
        return [.. ordered.Select(id =>
        {
            var c = counts[id];
            var predicted = PredictedCategory(id);
            return new RuleScore(id, RuleCatalog.Find(id)?.Title ?? id, predicted, c.Flagged, c.Unchanged, c.AsPredicted, c.Otherwise,
                predicted is null ? null : Ratio(c.AsPredicted, c.Unchanged));
        })];
    }

    /// <summary>The category of payer answer a rule predicts (the shared design's mapping); null for a rule that predicts no denial.</summary>
    public static RemittanceCategory? PredictedCategory(string ruleId) => RuleCatalog.Find(ruleId)?.PredictedDenial switch
    {
        DenialCategory.Units or DenialCategory.Frequency => RemittanceCategory.Units,
        DenialCategory.Modifier => RemittanceCategory.Modifier,
        DenialCategory.Bundling => RemittanceCategory.Bundling,
        DenialCategory.MedicalNecessity or DenialCategory.Documentation or DenialCategory.PlanOfCare => RemittanceCategory.Necessity,
        DenialCategory.Coverage => RemittanceCategory.Coverage,
        DenialCategory.BenefitLimit => RemittanceCategory.BenefitLimit,
        DenialCategory.Diagnosis => RemittanceCategory.Diagnosis,
        DenialCategory.Authorization => RemittanceCategory.Authorization,
        _ => null,
    };

    private static IReadOnlyList<CategoryMisses> Misses(List<NettedClaim> claims)
    {
        var denied = claims.SelectMany(c => c.Lines.Where(l => l.IsDenied).Select(l => (Claim: c.Claim, Line: l))).ToList();
        return [.. denied.GroupBy(d => d.Line.Category!.Value).OrderBy(g => g.Key).Select(g =>
        {
            var missed = g.Where(d => !d.Line.Rules.Any(r => PredictedCategory(r) == g.Key))
                .Select(d => new MissedDenial(d.Claim.VisitId, d.Line.Line.LineControl, d.Line.Line.Code, d.Claim.PayerId, d.Claim.DateOfService,
                    [.. d.Line.Classified.Where(x => x.IsDenial).Select(x => x.Adjustment.Code)], [.. d.Line.Remarks], Money(d.Line.Denied), d.Line.Rules))
                .ToList();
            return new CategoryMisses(g.Key, g.Count(), missed.Count, missed);
        })];
    }

    private static IReadOnlyList<ReferenceComparison> References(AnalyticsTotals t) =>
    [
        new("Clean claim rate", t.CleanClaimRate, "≥ 95 %", t.CleanClaimRate is { } clean ? clean >= 0.95 : null),
        new("Denial rate", t.DenialRate, "≤ 5 %", t.DenialRate is { } denial ? denial <= 0.05 : null),
        new("Days in AR", t.DaysInAr, "25–35 days", t.DaysInAr is { } days ? days <= 35 : null),
        new("AR over 90 days", t.ArOver90Share, "< 15 %", t.ArOver90Share is { } over90 ? over90 < 0.15 : null),
    ];

    // ---- rounding ----------------------------------------------------------------------------

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static double Rate(double rate) => Math.Round(rate, 4);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : Rate((double)part / whole);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
