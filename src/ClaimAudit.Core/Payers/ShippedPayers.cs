namespace ClaimAudit.Core.Payers;

/// <summary>Loads the payer profiles embedded as JSON under Payers/Shipped (medicare, commercial-ama, commercial-strict).</summary>
public static class ShippedPayers
{
    private const string ResourcePrefix = "ClaimAudit.Payers.";
    private static readonly Lazy<IReadOnlyList<PayerProfile>> Profiles = new(LoadEmbedded);

    /// <summary>The shipped profiles, ordered by payer id. Parsed once; profiles are immutable records.</summary>
    public static IReadOnlyList<PayerProfile> Load() => Profiles.Value;

    private static List<PayerProfile> LoadEmbedded()
    {
        var assembly = typeof(ShippedPayers).Assembly;
        var profiles = new List<PayerProfile>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                profiles.AddRange(PayerProfileJson.Parse(stream));
            }
            catch (PayerProfileException ex)
            {
                // A broken shipped file is a build defect, not user input: fail loudly, naming the file.
                throw new InvalidOperationException($"shipped payer profile {name[ResourcePrefix.Length..]} is invalid: {ex.Message}", ex);
            }
        }
        return profiles.OrderBy(p => p.PayerId, StringComparer.Ordinal).ToList();
    }
}
