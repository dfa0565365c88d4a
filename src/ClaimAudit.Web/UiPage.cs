using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Web;

/// <summary>How a host serves the page (PRODUCT.md section 14).</summary>
public sealed record UiPageSettings
{
    /// <summary>True in the Functions app (the page asks for the clinic key, kept in session storage); false under <c>claimaudit serve</c>.</summary>
    public bool NeedsKey { get; init; } = true;

    /// <summary>
    /// Files up to this many bytes are posted to <c>POST /api/audits</c>; larger ones are sent through <c>POST /api/uploads</c>'s
    /// upload URL to the blob trigger. Null: every file is posted (<c>claimaudit serve</c>).
    /// </summary>
    public long? MaxPostBytes { get; init; }

    /// <summary>Origins besides the page's own that uploads go to (the storage account's blob endpoint): the CSP's connect-src.</summary>
    public IReadOnlyList<string> UploadOrigins { get; init; } = [];
}

/// <summary>The page's HTML and the Content-Security-Policy it must be served with (its nonce is in both).</summary>
public sealed record UiPageResponse(string Html, string ContentSecurityPolicy);

/// <summary>
/// The one page of PRODUCT.md section 14: static HTML, CSS and a small script (embedded resources), served with a
/// strict CSP — scripts and styles only by a per-response nonce, no third-party origin, no framing.
/// </summary>
public static class UiPage
{
    private static readonly string Template = Resource("index.html");
    private static readonly string Css = Resource("page.css");
    private static readonly string Script = Resource("page.js");

    /// <summary>
    /// The CSP source of the HTML report's own <c>&lt;style&gt;</c>. The page opens a report by fetching it (the report
    /// routes need the clinic key) and showing it as a blob: document, which inherits this page's CSP: without this hash
    /// the report's inline style would be blocked and it would open unstyled. Computed from the very text ReportHtml writes.
    /// </summary>
    public static readonly string ReportStyleSource =
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ClaimAudit.Core.Reporting.ReportFormat.HtmlStyleSheet))) + "'";

    public static UiPageResponse Render(UiPageSettings settings, string? nonce = null)
    {
        nonce ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var connect = string.Join(' ', settings.UploadOrigins.Prepend("'self'"));
        var csp = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}' {ReportStyleSource}; connect-src {connect}; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        var html = new StringBuilder(Template)
            .Replace("{{nonce}}", nonce)
            .Replace("{{needs-key}}", settings.NeedsKey ? "true" : "false")
            .Replace("{{max-post-bytes}}", settings.MaxPostBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .Replace("{{css}}", Css)
            .Replace("{{script}}", Script)
            .ToString();
        return new UiPageResponse(html, csp);
    }

    /// <summary>The page as a response: 200 text/html with its CSP, never cached (the nonce is per response), never framed.</summary>
    public static IResult Result(UiPageSettings settings) => new PageResult(Render(settings));

    private sealed class PageResult(UiPageResponse page) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = (int)HttpStatusCode.OK;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.XFrameOptions = "DENY";
            response.Headers["Referrer-Policy"] = "no-referrer";
            await response.WriteAsync(page.Html, Encoding.UTF8, httpContext.RequestAborted);
        }
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimAudit.Web.Page." + name)
            ?? throw new InvalidOperationException($"the page's {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
