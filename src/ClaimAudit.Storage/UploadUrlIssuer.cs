using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using ClaimAudit.Core.Ingest;

namespace ClaimAudit.Storage;

/// <summary>What a clinic gets to upload one file: a URL it can PUT that one blob to, until <see cref="ExpiresOn"/>.</summary>
/// <param name="BlobName">The blob's full name, <c>visit-batches/{clinicId}/{fileName}</c>.</param>
public sealed record UploadGrant(Uri UploadUrl, string BlobName, DateTimeOffset ExpiresOn);

/// <summary>
/// Issues upload URLs (the valet-key pattern): a clinic never gets write access to <c>visit-batches</c>,
/// only a short-lived SAS for creating or writing exactly one blob, <c>visit-batches/{its clinic id}/{fileName}</c>.
/// A blob-level SAS is signed over the blob's name, so it cannot write another name, let alone under
/// another clinic's folder. The seam between the HTTP route and the storage account's credentials.
/// </summary>
public interface IUploadUrlIssuer
{
    Task<UploadGrant> IssueAsync(string clinicId, string fileName, CancellationToken cancellationToken = default);
}

/// <summary>
/// <see cref="IUploadUrlIssuer"/> over the <c>AuditStorage</c> account. With a shared-key connection
/// (Azurite, local development) the SAS is signed with the account key; in Azure the app has no key
/// (shared keys are disabled) and signs with a user-delegation key its managed identity asks for
/// (<c>generateUserDelegationKey</c>, part of Storage Blob Data Owner/Contributor/Delegator).
/// </summary>
public sealed partial class UploadUrlIssuer(AuditStorage storage, TimeProvider? time = null) : IUploadUrlIssuer
{
    /// <summary>How long an upload URL works: long enough to send a large export, short enough that a leaked URL soon is not one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The file-name rule, worded for error messages and the docs.</summary>
    public const string FileNameRule =
        "a file name has 1-200 characters: letters, digits, '.', '_' and '-', starting with a letter or digit (no folders), and ends in .csv, .tsv, .txt, .json, .xlsx, .837, .x12 or .edi";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Whether <paramref name="fileName"/> may be uploaded: the safe characters of <see cref="FileNameRule"/> (no
    /// '/' or '\', so the blob stays directly in the clinic's folder and cannot take the reserved <c>_api/</c>
    /// names) and an extension the upload trigger reads by its name (<see cref="BatchReader.FormatFromFileName"/>).
    /// </summary>
    public static bool IsValidFileName(string? fileName) =>
        fileName is not null && FileNamePattern().IsMatch(fileName) && BatchReader.FormatFromFileName(fileName) != InputFormat.Auto;

    public async Task<UploadGrant> IssueAsync(string clinicId, string fileName, CancellationToken cancellationToken = default)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        if (!IsValidFileName(fileName)) throw new ArgumentException($"'{fileName}' is not a file name that can be uploaded: {FileNameRule}", nameof(fileName));
        var blob = storage.Batches.GetBlobClient($"{clinicId}/{fileName}");
        var expiresOn = _time.GetUtcNow() + Lifetime;
        // No start time: a SAS valid from its signing avoids refusals from clocks a little behind ours.
        var sas = new BlobSasBuilder(BlobSasPermissions.Create | BlobSasPermissions.Write, expiresOn)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
        };
        Uri url;
        if (blob.CanGenerateSasUri)
        {
            // A shared key means the emulator or local development, where nothing provisioned the container; in
            // Azure infra/ creates it (and the Event Grid subscription on it).
            await storage.EnsureContainersAsync(cancellationToken);
            url = blob.GenerateSasUri(sas);
        }
        else
        {
            sas.Protocol = SasProtocol.Https;
            // One key per URL, valid no longer than the URL: nothing long-lived to cache or to leak.
            var key = await storage.Blobs.GetUserDelegationKeyAsync(null, expiresOn, cancellationToken);
            url = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, storage.Blobs.AccountName) }.ToUri();
        }
        return new UploadGrant(url, $"{AuditStorage.BatchContainer}/{blob.Name}", expiresOn);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
