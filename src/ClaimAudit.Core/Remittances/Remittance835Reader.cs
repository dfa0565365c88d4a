using System.Globalization;
using ClaimAudit.Core.Ingest.X12;

namespace ClaimAudit.Core.Remittances;

/// <summary>Reads an X12 835 remittance file (PRODUCT.md section 11) with the streaming <see cref="Ingest.X12.X12Reader"/>.</summary>
/// <remarks>
/// <para>Each ST … SE is one <see cref="RemittanceAdvice"/>. The envelope must be whole: a file that is not X12,
/// ends early, has an SE whose count or control number does not match its ST, an ST with no SE, no ST at all,
/// or a set that is not an 835 is a <see cref="RemittanceFile.FileError"/> and none of it is returned (a partly
/// read payment must not be stored as if it were the payment).</para>
/// <para>Inside a set, a segment whose amount or date cannot be read is listed in
/// <see cref="RemittanceFile.SegmentErrors"/> with its position, and what it carries is left out: a bad CLP
/// skips its claim (and the payment is then not balanced), a bad SVC skips its line and a bad CAS its
/// adjustments (and that claim is then not balanced). Everything else is read.</para>
/// <para>Balancing is checked to the cent and reported, never enforced: claim CLP03 = CLP04 + Σ claim and line
/// CAS; line SVC02 = SVC03 + Σ line CAS; payment BPR02 = Σ CLP04 − Σ PLB.</para>
/// <para>Names (NM1) are never read. Messages carry positions, and a balancing message the patient control
/// number (the clinic's visit id), never a name.</para>
/// </remarks>
public static class Remittance835Reader
{
    /// <summary>Reads every ST … SE of the file; never throws on bad input (see <see cref="RemittanceFile.FileError"/>).</summary>
    public static RemittanceFile Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = X12Reader.Open(input, out var openError);
        if (reader is null) return Failed(openError!);
        var state = new State();
        try
        {
            while (reader.Read() is { } segment)
            {
                state.Handle(segment);
                if (state.FileError is { } error) return Failed(error);
            }
        }
        catch (InvalidDataException ex)
        {
            return Failed(ex.Message);
        }
        if (reader.Truncation is { } truncation) return Failed(truncation);
        if (state.SetsSeen == 0) return Failed("the file holds no transaction set (ST … SE), so there is no remittance in it");
        return new RemittanceFile { Advices = state.Advices, SegmentErrors = state.SegmentErrors };
    }

    private static RemittanceFile Failed(string error) => new() { FileError = error };

    private sealed class LineBuilder(string location)
    {
        public string Location = location;
        public string Code = "";
        public List<string> Modifiers = [];
        public decimal Charge, Paid, Units = 1;
        public string? OriginalCode;
        public List<string>? OriginalModifiers;
        public decimal? OriginalUnits, Allowed;
        public DateOnly? Date;
        public string? LineControl;
        public List<Adjustment> Adjustments = [];
        public List<string> Remarks = [];
        /// <summary>A CAS of the line could not be read: its amounts cannot be balanced.</summary>
        public bool Incomplete;

        public ServicePayment Build() => new()
        {
            Code = Code, Modifiers = Modifiers, Charge = Charge, Paid = Paid, Units = Units,
            OriginalCode = OriginalCode, OriginalModifiers = OriginalModifiers, OriginalUnits = OriginalUnits,
            DateOfService = Date, LineControl = LineControl, Allowed = Allowed,
            Adjustments = Adjustments, Remarks = Remarks, Location = Location,
        };
    }

    private sealed class ClaimBuilder(string id, string location)
    {
        public string Id = id;
        public string Location = location;
        public int Status;
        public decimal Charge, Paid, PatientResponsibility;
        public string? PayerClaimNumber;
        public DateOnly? ServiceDate;
        public List<Adjustment> Adjustments = [];
        public List<string> Remarks = [];
        public List<LineBuilder> Lines = [];
        /// <summary>A line or CAS of the claim could not be read: its amounts cannot be balanced.</summary>
        public bool Incomplete;
    }

    private sealed class AdviceBuilder(string setControl)
    {
        public string SetControl = setControl;
        public string? BprLocation;
        public decimal PaymentAmount;
        public DateOnly? PaymentDate;
        public string TraceNumber = "", TrnPayerId = "";
        public string PayerName = "", PayerN104 = "", PayerRef2U = "";
        public string? Entity;
        public List<ClaimBuilder> Claims = [];
        public List<ProviderAdjustment> ProviderAdjustments = [];
        /// <summary>A claim, the BPR or a PLB could not be read: the payment cannot be balanced.</summary>
        public bool Incomplete;
    }

    private sealed class State
    {
        public readonly List<RemittanceAdvice> Advices = [];
        public readonly List<string> SegmentErrors = [];
        public string? FileError;
        public int SetsSeen;

        private AdviceBuilder? _advice;
        private ClaimBuilder? _claim;
        private LineBuilder? _line;
        // A claim or line skipped for a bad segment: what follows it (its CAS, SVC, REF …) is skipped too, silently.
        private bool _skipClaim, _skipLine;

        public void Handle(X12Segment s)
        {
            if (s.SetError is { } setError)
            {
                FileError = $"{s.Location}: {setError}; nothing of the file is read";
                return;
            }
            switch (s.Id)
            {
                case "ISA" or "GS" or "GE" or "IEA" when _advice is null:
                    return;
                case "ST":
                    if (_advice is not null)
                    {
                        FileError = $"transaction set ST {_advice.SetControl} has no SE: ST {s.SetControl} begins at segment {s.Position} of the file; the file is damaged, nothing of it is read";
                        return;
                    }
                    SetsSeen++;
                    if (s[1] != "835")
                    {
                        FileError = s[1] == "837"
                            ? $"this is an 837 claim file, not an 835 remittance (transaction set ST {s.SetControl} is an 837)"
                            : $"transaction set ST {s.SetControl} is an X12 {(s[1].Length == 0 ? "set with no type" : s[1])}, not an 835 remittance advice";
                        return;
                    }
                    _advice = new AdviceBuilder(s.SetControl ?? "");
                    _claim = null;
                    _line = null;
                    _skipClaim = _skipLine = false;
                    return;
                case "SE":
                    Finish();
                    return;
            }
            if (_advice is null)
            {
                SegmentErrors.Add($"{s.Location}: segment {Id(s)} is outside a transaction set (ST … SE); it is ignored");
                return;
            }
            Map(_advice, s);
        }

        // Only the id of a segment is ever repeated in a message: its elements may be a name.
        private static string Id(X12Segment s) => s.Id.Length > 3 ? s.Id[..3] : s.Id;

        private void Error(X12Segment s, string what) => SegmentErrors.Add($"{s.Location}: {what}");

        private void Map(AdviceBuilder a, X12Segment s)
        {
            switch (s.Id)
            {
                case "BPR":
                {
                    a.BprLocation = s.Location;
                    if (!TryAmount(s[2], out var amount))
                    {
                        Error(s, $"BPR02 {Quote(s[2])} is not an amount; the payment is not balanced");
                        a.Incomplete = true;
                    }
                    else a.PaymentAmount = amount;
                    if (s[16].Length > 0)
                    {
                        if (TryDate(s[16], out var date)) a.PaymentDate = date;
                        else Error(s, $"BPR16 {Quote(s[16])} is not a date (CCYYMMDD); the payment has no date");
                    }
                    return;
                }
                case "TRN":
                    if (a.TraceNumber.Length == 0) { a.TraceNumber = s[2]; a.TrnPayerId = s[3]; }
                    return;
                case "N1":
                    a.Entity = s[1];
                    if (s[1] == "PR" && _claim is null) { a.PayerName = s[2]; a.PayerN104 = s[4]; }
                    return;
                case "REF":
                    if (_line is not null) { if (s[1] == "6R") _line.LineControl = s[2]; }
                    else if (_skipLine && s[1] == "6R") { }
                    else if (_claim is null && !_skipClaim && s[1] == "2U" && a.Entity == "PR") a.PayerRef2U = s[2];
                    return;
                case "CLP":
                    StartClaim(a, s);
                    return;
                case "CAS":
                    Cas(s);
                    return;
                case "MOA":
                    if (_claim is not null)
                        for (var i = 3; i <= 7; i++)
                            if (s[i].Length > 0) _claim.Remarks.Add(s[i].ToUpperInvariant());
                    return;
                case "DTM":
                {
                    if (s[1] is not ("232" or "472" or "150")) return;
                    var toLine = s[1] is "472" or "150";
                    if (toLine ? _line is null : _claim is null || _line is not null) return;
                    if (!TryDate(s[2], out var date))
                    {
                        Error(s, $"DTM02 {Quote(s[2])} is not a date (CCYYMMDD); the {(toLine ? "line" : "claim")} has no date of service");
                        return;
                    }
                    if (toLine) _line!.Date ??= date; else _claim!.ServiceDate ??= date;
                    return;
                }
                case "SVC":
                    StartLine(s);
                    return;
                case "AMT":
                    if (_line is not null && s[1] == "B6")
                    {
                        if (TryAmount(s[2], out var allowed)) _line.Allowed = allowed;
                        else Error(s, $"AMT02 {Quote(s[2])} is not an amount; the line's allowed amount is left out");
                    }
                    return;
                case "LQ":
                    if (_line is not null && s[1] == "HE" && s[2].Length > 0) _line.Remarks.Add(s[2].ToUpperInvariant());
                    return;
                case "PLB":
                    Plb(a, s);
                    return;
            }
        }

        private void StartClaim(AdviceBuilder a, X12Segment s)
        {
            _line = null;
            _claim = null;
            _skipLine = false;
            _skipClaim = true;
            if (s[1].Length == 0) { Error(s, "CLP01 (patient control number) is empty; the claim is skipped and the payment is not balanced"); a.Incomplete = true; return; }
            if (!int.TryParse(s[2], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            { Error(s, $"CLP02 {Quote(s[2])} is not a claim status code; the claim is skipped and the payment is not balanced"); a.Incomplete = true; return; }
            decimal charge = 0, paid = 0, patient = 0;
            foreach (var (n, target) in new[] { (3, 0), (4, 1), (5, 2) })
            {
                if (n == 5 && s[5].Length == 0) continue;
                if (!TryAmount(s[n], out var value))
                {
                    Error(s, $"CLP0{n} {Quote(s[n])} is not an amount; the claim is skipped and the payment is not balanced");
                    a.Incomplete = true;
                    return;
                }
                if (target == 0) charge = value; else if (target == 1) paid = value; else patient = value;
            }
            _skipClaim = false;
            _claim = new ClaimBuilder(s[1], s.Location)
            {
                Status = status, Charge = charge, Paid = paid, PatientResponsibility = patient,
                PayerClaimNumber = s[7].Length > 0 ? s[7] : null,
            };
            a.Claims.Add(_claim);
        }

        private void StartLine(X12Segment s)
        {
            _line = null;
            _skipLine = true;
            if (_claim is null)
            {
                if (!_skipClaim) Error(s, "a service line (SVC) before any claim (CLP); it is ignored");
                return;
            }
            var parts = s.Components(1);
            if (parts.Length < 2 || parts[1].Length == 0)
            {
                Error(s, "SVC01 has no procedure code (expected HC:code:modifiers); the line is skipped and its claim is not balanced");
                _claim.Incomplete = true;
                return;
            }
            if (!TryAmount(s[2], out var charge) || !TryAmount(s[3], out var paid))
            {
                var (n, text) = TryAmount(s[2], out _) ? (3, s[3]) : (2, s[2]);
                Error(s, $"SVC0{n} {Quote(text)} is not an amount; the line is skipped and its claim is not balanced");
                _claim.Incomplete = true;
                return;
            }
            var units = 1m;
            if (s[5].Length > 0 && !TryAmount(s[5], out units))
            {
                Error(s, $"SVC05 {Quote(s[5])} is not a number of units; the line is skipped and its claim is not balanced");
                _claim.Incomplete = true;
                return;
            }
            decimal? originalUnits = null;
            if (s[7].Length > 0)
            {
                if (TryAmount(s[7], out var ou)) originalUnits = ou;
                else Error(s, $"SVC07 {Quote(s[7])} is not a number of units; the original units are left out");
            }
            var original = s.Components(6);
            _skipLine = false;
            _line = new LineBuilder(s.Location)
            {
                Code = parts[1].ToUpperInvariant(),
                Modifiers = Modifiers(parts),
                Charge = charge,
                Paid = paid,
                Units = units,
                OriginalCode = original.Length >= 2 && original[1].Length > 0 ? original[1].ToUpperInvariant() : null,
                OriginalModifiers = original.Length >= 2 && original[1].Length > 0 ? Modifiers(original) : null,
                OriginalUnits = originalUnits,
            };
            _claim.Lines.Add(_line);
        }

        // Composite parts 3 … 6 are modifiers; part 7 is a description, not a modifier.
        private static List<string> Modifiers(string[] parts)
        {
            var modifiers = new List<string>();
            for (var i = 2; i < Math.Min(parts.Length, 6); i++)
                if (parts[i].Length > 0) modifiers.Add(parts[i].ToUpperInvariant());
            return modifiers;
        }

        private static readonly HashSet<string> Groups = new(StringComparer.Ordinal) { "CO", "PR", "OA", "PI", "CR" };

        private void Cas(X12Segment s)
        {
            if (_skipLine || (_line is null && _skipClaim)) return;
            if (_claim is null) { Error(s, "an adjustment (CAS) before any claim (CLP); it is ignored"); return; }
            var group = s[1].ToUpperInvariant();
            if (!Groups.Contains(group))
            {
                Error(s, $"CAS01 {Quote(s[1])} is not an adjustment group (CO, PR, OA, PI or CR); the adjustment is left out and its claim is not balanced");
                MarkIncomplete();
                return;
            }
            var read = new List<Adjustment>();
            for (var k = 0; k < 6; k++)
            {
                var reason = s[2 + 3 * k];
                var amountText = s[3 + 3 * k];
                var quantityText = s[4 + 3 * k];
                if (reason.Length == 0 && amountText.Length == 0) continue;
                if (!TryAmount(amountText, out var amount))
                {
                    Error(s, $"CAS{3 + 3 * k:00} {Quote(amountText)} is not an amount; the adjustment is left out and its claim is not balanced");
                    MarkIncomplete();
                    return;
                }
                if (reason.Length == 0)
                {
                    Error(s, $"CAS{2 + 3 * k:00} (reason code) is empty; the adjustment is left out and its claim is not balanced");
                    MarkIncomplete();
                    return;
                }
                decimal? quantity = null;
                if (quantityText.Length > 0 && TryAmount(quantityText, out var q)) quantity = q;
                read.Add(new Adjustment(group, reason.ToUpperInvariant(), amount, quantity));
            }
            (_line?.Adjustments ?? _claim.Adjustments).AddRange(read);
        }

        private void MarkIncomplete()
        {
            if (_claim is not null) _claim.Incomplete = true;
            if (_line is not null) _line.Incomplete = true;
        }

        private void Plb(AdviceBuilder a, X12Segment s)
        {
            for (var n = 3; n <= 13; n += 2)
            {
                if (s[n].Length == 0 && s[n + 1].Length == 0) continue;
                if (!TryAmount(s[n + 1], out var amount))
                {
                    Error(s, $"PLB{n + 1:00} {Quote(s[n + 1])} is not an amount; the provider adjustment is left out and the payment is not balanced");
                    a.Incomplete = true;
                    continue;
                }
                var reason = s.Component(n, 1).ToUpperInvariant();
                var reference = s.Component(n, 2);
                a.ProviderAdjustments.Add(new ProviderAdjustment(reason, reference.Length > 0 ? reference : null, amount));
            }
        }

        private void Finish()
        {
            var a = _advice!;
            _advice = null;
            _claim = null;
            _line = null;
            _skipClaim = _skipLine = false;
            var issues = new List<BalanceIssue>();
            var claims = new List<ClaimPayment>(a.Claims.Count);
            foreach (var c in a.Claims)
            {
                var lines = new List<ServicePayment>(c.Lines.Count);
                var lineAdjustments = 0m;
                for (var i = 0; i < c.Lines.Count; i++)
                {
                    var l = c.Lines[i];
                    var adjusted = l.Adjustments.Sum(x => x.Amount);
                    lineAdjustments += adjusted;
                    var off = l.Charge - (l.Paid + adjusted);
                    if (!l.Incomplete && off != 0)
                        issues.Add(new BalanceIssue(l.Location,
                            $"claim {c.Id}, line {i + 1} ({l.Code}{(l.LineControl is null ? "" : $", REF*6R {l.LineControl}")}): charge {Money(l.Charge)} ≠ paid {Money(l.Paid)} + adjustments {Money(adjusted)} (off by {Money(off)})",
                            off));
                    lines.Add(l.Build());
                }
                var claimAdjusted = c.Adjustments.Sum(x => x.Amount) + lineAdjustments;
                var claimOff = c.Charge - (c.Paid + claimAdjusted);
                if (!c.Incomplete && claimOff != 0)
                    issues.Add(new BalanceIssue(c.Location,
                        $"claim {c.Id}: charge {Money(c.Charge)} ≠ paid {Money(c.Paid)} + adjustments {Money(claimAdjusted)} (off by {Money(claimOff)})",
                        claimOff));
                claims.Add(new ClaimPayment
                {
                    PatientControlNumber = c.Id, Status = c.Status, Charge = c.Charge, Paid = c.Paid,
                    PatientResponsibility = c.PatientResponsibility, PayerClaimNumber = c.PayerClaimNumber,
                    ServiceDate = c.ServiceDate, Adjustments = c.Adjustments, Remarks = c.Remarks, Lines = lines, Location = c.Location,
                });
            }
            var claimsPaid = claims.Sum(c => c.Paid);
            var provider = a.ProviderAdjustments.Sum(p => p.Amount);
            var paymentOff = a.PaymentAmount - (claimsPaid - provider);
            var where = a.BprLocation ?? $"ST {a.SetControl}";
            if (a.BprLocation is null)
                SegmentErrors.Add($"ST {a.SetControl}: the transaction set has no BPR (payment) segment; its payment amount is taken as 0.00");
            if (!a.Incomplete && paymentOff != 0)
                issues.Add(new BalanceIssue(where,
                    $"payment {(a.TraceNumber.Length == 0 ? $"of ST {a.SetControl}" : a.TraceNumber)}: BPR02 {Money(a.PaymentAmount)} ≠ claims paid {Money(claimsPaid)} − provider adjustments {Money(provider)} (off by {Money(paymentOff)})",
                    paymentOff));

            var payerId = a.TrnPayerId.Length > 0 ? a.TrnPayerId : a.PayerN104.Length > 0 ? a.PayerN104 : a.PayerName.ToUpperInvariant();
            var trace = a.TraceNumber;
            if (trace.Length == 0)
            {
                // No trace number: the payment is named by what it is — date, amount and the claims it pays — so a
                // redelivery is still the same payment, and another payer file's ST 0001 is not (control numbers restart per file).
                trace = ContentKey(a.PaymentDate, a.PaymentAmount, claims);
                SegmentErrors.Add($"ST {a.SetControl}: the transaction set has no TRN02 (check or EFT trace number); it is keyed by its payment date, amount and claims instead ({trace})");
            }
            Advices.Add(new RemittanceAdvice
            {
                Key = $"{payerId}/{trace}",
                SetControl = a.SetControl,
                PayerName = a.PayerName,
                PayerIdentifier = a.PayerN104.Length > 0 ? a.PayerN104 : a.PayerRef2U.Length > 0 ? a.PayerRef2U : a.TrnPayerId.Length > 0 ? a.TrnPayerId : null,
                PaymentAmount = a.PaymentAmount,
                PaymentDate = a.PaymentDate,
                TraceNumber = a.TraceNumber,
                Claims = claims,
                ProviderAdjustments = a.ProviderAdjustments,
                Balancing = issues,
            });
        }
    }

    /// <summary>An X12 R (decimal) value: optional minus, digits, optional decimal point; no exponent, no thousands separator.</summary>
    internal static bool TryAmount(string text, out decimal value)
    {
        value = 0;
        if (text.Length is 0 or > 19) return false;
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (!(c == '-' && i == 0) && c != '.') return false;
        }
        return digits > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // A bad value is quoted so the user can find it; amounts, dates and codes are never names.
    private static string Quote(string text) => text.Length == 0 ? "(empty)" : $"'{(text.Length > 20 ? text[..20] + "…" : text)}'";

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"NOTRN-20260403-1240.06-1a2b3c4d": a payment with no trace number, named by its date, amount and claims paid.</summary>
    private static string ContentKey(DateOnly? date, decimal amount, IReadOnlyList<ClaimPayment> claims)
    {
        var text = string.Join('|', claims.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.PatientControlNumber}:{c.Status}:{c.Charge}:{c.Paid}")));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
        return string.Create(CultureInfo.InvariantCulture, $"NOTRN-{date:yyyyMMdd}-{amount:0.00}-{hash}");
    }
}
