using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage;

/// <summary>A report format: file extension, media type and writer.</summary>
public sealed record ReportFormat(string Extension, string ContentType, Func<Stream, AuditReport, CancellationToken, Task> Write)
{
    public static readonly ReportFormat Json = new("json", "application/json", ReportJson.WriteAsync);
    public static readonly ReportFormat Csv = new("csv", "text/csv", ReportCsv.WriteAsync);
    public static readonly ReportFormat Html = new("html", "text/html", ReportHtml.WriteAsync);

    /// <summary>Every format a batch's report is stored in, JSON first.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Json, Csv, Html];

    public static ReportFormat? ByExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Report blobs in <c>audit-reports</c>, under <c>{folder}/report.{ext}</c>. Every format is first
/// written in full to a local temporary file and only then uploaded (one Put Blob, or staged blocks
/// committed at the end), so a fault part-way never leaves a half-written report behind; a
/// previous complete report stays as it was until the new one is complete.
/// </summary>
public sealed class ReportStore(AuditStorage storage)
{
    public static string PathOf(string folder, ReportFormat format) => $"{folder}/report.{format.Extension}";

    /// <summary>Writes the report in every format; returns the blob path of each, by extension.</summary>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(string folder, AuditReport report, CancellationToken cancellationToken = default)
    {
        var staged = new List<(ReportFormat Format, FileStream File)>();
        try
        {
            foreach (var format in ReportFormat.All)
            {
                var file = new FileStream(Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}.{format.Extension}"),
                    FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                staged.Add((format, file));
                // Each writer enumerates the lazily evaluated visits once.
                await format.Write(file, report, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            await storage.EnsureCreatedAsync(cancellationToken);
            var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (format, file) in staged)
            {
                file.Position = 0;
                var path = PathOf(folder, format);
                await storage.Reports.GetBlobClient(path).UploadAsync(file, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = format.ContentType + (format.ContentType.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : "") },
                }, cancellationToken);
                paths[format.Extension] = path;
            }
            return paths;
        }
        finally
        {
            foreach (var (_, file) in staged) await file.DisposeAsync();
        }
    }

    /// <summary>Opens a stored report for reading, or null when it does not exist.</summary>
    public async Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await storage.Reports.GetBlobClient(path).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
