using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Ingest;

internal sealed partial class VisitAssembler
{
    /// <summary>
    /// The profile a payer text names — a profile id, or a name or id in the clinic's payer map —
    /// through the same look-up (and cache) as a CSV row's payer; null when it names none. An 837P
    /// names its payer twice (NM1*PR's id and name), so the claim reader tries each.
    /// </summary>
    public (string Id, PayerProfile Profile)? ResolvePayer(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        var (id, profile, _) = FindPayer(text);
        return profile is null ? null : (id, profile);
    }

    /// <summary>The names a payer text is closest to (map names and profile ids), for a rejection that helps.</summary>
    public IReadOnlyList<string> ClosestPayers(ReadOnlySpan<char> text) => _payerMap.Closest(text, _knownPayerIds);
}
