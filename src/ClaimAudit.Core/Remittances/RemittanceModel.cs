namespace ClaimAudit.Core.Remittances;

// What ClaimAudit keeps of an X12 835 remittance advice (005010X221A1, PRODUCT.md section 11): the
// money and codes of each claim and service line, never names or addresses. Amounts are as the 835
// sends them: a reversal (CLP02 = 22) carries negated amounts, so summing a claim's payments nets it.

/// <summary>One CAS triple: group (CO, PR, OA, PI, CR), reason code (CARC), amount and optional quantity.</summary>
public sealed record Adjustment(string Group, string Reason, decimal Amount, decimal? Quantity = null)
{
    /// <summary>"CO-45": how billing people say it.</summary>
    public string Code => $"{Group}-{Reason}";
}

/// <summary>One SVC loop: a service line as the payer adjudicated it.</summary>
public sealed record ServicePayment
{
    /// <summary>SVC01-2, upper case.</summary>
    public required string Code { get; init; }
    /// <summary>SVC01-3 … 01-6, upper case, in order.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];
    /// <summary>SVC02.</summary>
    public decimal Charge { get; init; }
    /// <summary>SVC03.</summary>
    public decimal Paid { get; init; }
    /// <summary>SVC05 (paid units; absent = 1 per the guide).</summary>
    public decimal Units { get; init; } = 1;
    /// <summary>SVC06-2 when the payer paid a different code than was billed: the code as submitted.</summary>
    public string? OriginalCode { get; init; }
    /// <summary>SVC06-3 … modifiers as submitted, when SVC06 is present.</summary>
    public IReadOnlyList<string>? OriginalModifiers { get; init; }
    /// <summary>SVC07: units as submitted, when they differ from SVC05.</summary>
    public decimal? OriginalUnits { get; init; }
    /// <summary>DTM*472 (or DTM*150 start), when sent.</summary>
    public DateOnly? DateOfService { get; init; }
    /// <summary>REF*6R: the line item control number the claim line went out with (ClaimAudit's is {visitId}-{row}).</summary>
    public string? LineControl { get; init; }
    /// <summary>AMT*B6, when sent.</summary>
    public decimal? Allowed { get; init; }
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];
    /// <summary>LQ*HE remark codes (RARC).</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];
    /// <summary>"ST 0001, segment 23" of the SVC segment.</summary>
    public string Location { get; init; } = "";

    /// <summary>The code, modifiers and units as the clinic sent them (SVC06/07 when the payer changed them).</summary>
    public string SubmittedCode => OriginalCode ?? Code;
    public IReadOnlyList<string> SubmittedModifiers => OriginalCode is null ? Modifiers : OriginalModifiers ?? [];
    public decimal SubmittedUnits => OriginalUnits ?? Units;
}

/// <summary>One CLP loop: the payer's answer on one claim.</summary>
public sealed record ClaimPayment
{
    /// <summary>CLP01: the clinic's patient control number — ClaimAudit's visit id.</summary>
    public required string PatientControlNumber { get; init; }
    /// <summary>CLP02: 1–3 processed (primary, secondary, tertiary), 4 denied, 22 reversal of a previous payment, …</summary>
    public int Status { get; init; }
    /// <summary>CLP03.</summary>
    public decimal Charge { get; init; }
    /// <summary>CLP04.</summary>
    public decimal Paid { get; init; }
    /// <summary>CLP05.</summary>
    public decimal PatientResponsibility { get; init; }
    /// <summary>CLP07.</summary>
    public string? PayerClaimNumber { get; init; }
    /// <summary>DTM*232 (claim statement period start), when sent.</summary>
    public DateOnly? ServiceDate { get; init; }
    /// <summary>Claim-level CAS.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];
    /// <summary>MOA remark codes (MOA03 … MOA07).</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];
    public IReadOnlyList<ServicePayment> Lines { get; init; } = [];
    /// <summary>"ST 0001, segment 12" of the CLP segment.</summary>
    public string Location { get; init; } = "";

    public bool IsReversal => Status == 22;
    public bool IsDenied => Status == 4;
}

/// <summary>One PLB adjustment: provider-level money (an interest payment, a recoupment), not tied to a claim. A positive amount reduces the payment.</summary>
public sealed record ProviderAdjustment(string Reason, string? Reference, decimal Amount);

/// <summary>A balancing check that failed: the file is still read, and this says where and by how much.</summary>
/// <param name="Location">"ST 0001, segment 12" of the CLP, SVC or BPR.</param>
/// <param name="Message">e.g. "claim V-1001: charge 300.00 ≠ paid 200.00 + adjustments 90.00 (off by 10.00)"</param>
/// <param name="Difference">Expected minus actual.</param>
public sealed record BalanceIssue(string Location, string Message, decimal Difference);

/// <summary>One ST … SE transaction of an 835: one payment (check or EFT) from one payer to one payee.</summary>
public sealed record RemittanceAdvice
{
    /// <summary>
    /// Identifies the payment across redeliveries: "{payer id}/{trace number}" (TRN03/TRN02), the same however
    /// the file is wrapped or spaced. Storing the same key again replaces, so the same 835 twice counts once.
    /// </summary>
    public required string Key { get; init; }
    /// <summary>ST02.</summary>
    public string SetControl { get; init; } = "";
    /// <summary>N1*PR name (a payer's name is not PHI).</summary>
    public string PayerName { get; init; } = "";
    /// <summary>N1*PR04 or REF*2U, else TRN03.</summary>
    public string? PayerIdentifier { get; init; }
    /// <summary>BPR02.</summary>
    public decimal PaymentAmount { get; init; }
    /// <summary>BPR16.</summary>
    public DateOnly? PaymentDate { get; init; }
    /// <summary>TRN02: the check or EFT trace number.</summary>
    public string TraceNumber { get; init; } = "";
    public IReadOnlyList<ClaimPayment> Claims { get; init; } = [];
    public IReadOnlyList<ProviderAdjustment> ProviderAdjustments { get; init; } = [];
    /// <summary>Claims and lines whose amounts do not add up, and the payment against its claims minus PLB.</summary>
    public IReadOnlyList<BalanceIssue> Balancing { get; init; } = [];
}

/// <summary>
/// What reading an 835 file gives: its transactions, or — when the file is not X12, is truncated, or
/// an envelope count is wrong — a file error and no transactions (nothing of it is stored).
/// </summary>
public sealed record RemittanceFile
{
    public IReadOnlyList<RemittanceAdvice> Advices { get; init; } = [];
    /// <summary>Set when nothing of the file can be trusted; <see cref="Advices"/> is then empty.</summary>
    public string? FileError { get; init; }
    /// <summary>Segments that could not be read (an amount that is not a number, a CLP with no id), each with its position; the rest of the file is read.</summary>
    public IReadOnlyList<string> SegmentErrors { get; init; } = [];
}
