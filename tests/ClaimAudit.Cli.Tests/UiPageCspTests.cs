using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Web;

namespace ClaimAudit.Cli.Tests;

/// <summary>The page's CSP (PRODUCT.md section 14), which a report opened from the page (a blob: document) inherits.</summary>
public sealed partial class UiPageCspTests
{
    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [Fact]
    public async Task The_page_allows_exactly_the_style_a_written_HTML_report_carries_and_nothing_inline_besides_its_nonce()
    {
        var report = new AuditReport
        {
            BatchId = "b-1", ClinicId = "local", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new ReportSummary(), Visits = [], RejectedRows = [],
        };
        using var html = new MemoryStream();
        await ReportFormat.Html.Write(html, report);
        var style = StyleElement().Match(Encoding.UTF8.GetString(html.ToArray())).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));

        var page = UiPage.Render(new UiPageSettings { NeedsKey = false }, nonce: "n0nce");
        Assert.Contains($"style-src 'nonce-n0nce' 'sha256-{hash}';", page.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("script-src 'nonce-n0nce';", page.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", page.ContentSecurityPolicy, StringComparison.Ordinal);
    }
}
