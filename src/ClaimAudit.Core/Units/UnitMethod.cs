namespace ClaimAudit.Core.Units;

/// <summary>How a payer turns minutes into units (PRODUCT.md section 3).</summary>
public enum UnitMethod
{
    /// <summary>Medicare's 8-minute rule over the visit's total timed minutes.</summary>
    Cms,
    /// <summary>Per code: a unit per 15 minutes plus one for a remainder of 8 or more.</summary>
    Ama,
    /// <summary>Per code: whole 15-minute units only.</summary>
    Strict,
}
