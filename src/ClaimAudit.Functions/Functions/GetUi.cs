using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using ClaimAudit.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/ui</c> (anonymous: it is static and holds nothing of a clinic's): the page of PRODUCT.md section 14. It asks for
/// the clinic key, posts files up to <see cref="ApiOptions.MaxRequestBytes"/> and sends larger ones through the upload URL
/// straight to the storage account's blob endpoint, which its CSP's connect-src therefore names.
/// </summary>
public sealed class GetUi(AuditStorage storage, ApiOptions options)
{
    [Function(nameof(GetUi))]
    [PublicRoute]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ui")] HttpRequest request) =>
        UiPage.Result(new UiPageSettings
        {
            NeedsKey = true,
            MaxPostBytes = options.MaxRequestBytes,
            UploadOrigins = [BlobOrigin(storage.Blobs.Uri)],
        });

    /// <summary>scheme://host[:port] of the blob endpoint (Azurite's path-style account name is not part of an origin).</summary>
    public static string BlobOrigin(Uri blobEndpoint) => blobEndpoint.GetLeftPart(UriPartial.Authority);
}
