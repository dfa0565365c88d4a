namespace ClaimAudit.Web;

/// <summary>
/// Headers every stored report is served with, by both hosts: a report opened straight from its URL renders at the page's
/// origin (the one that holds the clinic key in session storage), so it gets a policy of its own — nothing but its own
/// stylesheet (by hash) and data: images, no script at all — and no MIME sniffing of a CSV or JSON body.
/// </summary>
public static class ReportHeaders
{
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src {UiPage.ReportStyleSource}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IReadOnlyList<(string Name, string Value)> All { get; } =
        [("Content-Security-Policy", ContentSecurityPolicy), ("X-Content-Type-Options", "nosniff")];
}
