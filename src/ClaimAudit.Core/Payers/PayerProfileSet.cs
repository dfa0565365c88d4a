namespace ClaimAudit.Core.Payers;

/// <summary>The payer profiles in force for one audit: a clinic's own over the shipped ones.</summary>
public sealed class PayerProfileSet
{
    private readonly Dictionary<string, PayerProfile> _byId;

    public PayerProfileSet(IEnumerable<PayerProfile> profiles)
    {
        _byId = new Dictionary<string, PayerProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in profiles) _byId[p.PayerId] = p;
    }

    /// <summary>The profiles shipped with ClaimAudit (medicare, commercial-ama, commercial-strict).</summary>
    public static PayerProfileSet Shipped => new(ShippedPayers.Load());

    public IReadOnlyCollection<PayerProfile> All => _byId.Values.OrderBy(p => p.PayerId, StringComparer.Ordinal).ToList();

    public PayerProfile? Find(string payerId) => _byId.GetValueOrDefault(payerId.Trim());

    public bool Contains(string payerId) => _byId.ContainsKey(payerId.Trim());

    /// <summary>A new set where the given profiles replace (or add to) these by payer id.</summary>
    public PayerProfileSet With(IEnumerable<PayerProfile> overrides) => new(_byId.Values.Concat(overrides));
}
