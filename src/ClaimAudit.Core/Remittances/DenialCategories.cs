namespace ClaimAudit.Core.Remittances;

/// <summary>
/// What a payer's adjustment means for the clinic (PRODUCT.md section 11): not a denial (a contractual
/// write-down, the patient's share), or a denial of one kind. Read from the CAS group and reason code
/// (CARC) with the remark codes (RARC) by <see cref="DenialCategories"/>. JSON names: not-denial,
/// bundling, units, modifier, necessity, benefit-limit, authorization, duplicate, timely-filing,
/// diagnosis, coverage, other.
/// </summary>
public enum RemittanceCategory
{
    /// <summary>CO-45, CO-253, PR-1/2/3, OA-23 …: money the clinic expected not to get from this payer.</summary>
    NotDenial,
    /// <summary>97, 236, M80: paid as part of another service.</summary>
    Bundling,
    /// <summary>151, 96 + N362, N640: units or frequency over what the payer allows.</summary>
    Units,
    /// <summary>4, 16 + N822: a missing or wrong modifier.</summary>
    Modifier,
    /// <summary>50, 150: medical necessity or documentation.</summary>
    Necessity,
    /// <summary>119: the benefit maximum is reached.</summary>
    BenefitLimit,
    /// <summary>197, 15: no or wrong prior authorisation.</summary>
    Authorization,
    /// <summary>18: a duplicate claim.</summary>
    Duplicate,
    /// <summary>29: past the filing limit.</summary>
    TimelyFiling,
    /// <summary>11: the diagnosis does not support the service.</summary>
    Diagnosis,
    /// <summary>96 (without N362), 204: a service the plan does not cover.</summary>
    Coverage,
    /// <summary>A denial whose codes the mapping does not place.</summary>
    Other,
}

/// <summary>
/// One line of a denial-category mapping: a CAS group (null = any), a reason code (null = any) and a
/// remark code (null = any) place an adjustment in a category. The most specific matching entry wins
/// (group, reason and remark each count one); among equally specific ones, the first listed — a
/// payer's own entries are listed before the shipped ones, so they win ties.
/// </summary>
public sealed record DenialCategoryEntry(string? Group, string? Reason, string? Remark, RemittanceCategory Category);

/// <summary>
/// The denial-category mapping in force for one payer: the payer profile's own entries
/// (<c>denialCategories</c>) before the shipped ones (Remittances/denial-categories.json), and
/// ClaimAudit's own short labels for CARC and RARC codes (the official texts are X12's and are not shipped).
/// </summary>
public sealed class DenialCategories
{
    /// <summary>The shipped mapping alone.</summary>
    public static DenialCategories Shipped => throw new NotImplementedException("issue 11: shipped denial categories");

    /// <summary>The mapping for a payer: its profile's entries (if any) before the shipped ones.</summary>
    public static DenialCategories For(Payers.PayerProfile? profile) => throw new NotImplementedException("issue 11");

    /// <summary>The category of one adjustment, read with the remark codes of its line (LQ*HE) and claim (MOA).</summary>
    public RemittanceCategory Classify(Adjustment adjustment, IReadOnlyList<string> remarks) => throw new NotImplementedException("issue 11");

    /// <summary>Our short label for a CARC ("50") or RARC ("N362") code; the code itself when we have none.</summary>
    public static string LabelOf(string code) => throw new NotImplementedException("issue 11");

    /// <summary>The JSON name of a category: "benefit-limit", "not-denial" ….</summary>
    public static string NameOf(RemittanceCategory category) => throw new NotImplementedException("issue 11");
}
