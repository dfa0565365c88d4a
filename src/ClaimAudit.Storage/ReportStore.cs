using Azure.Storage.Blobs.Models;
using ClaimAudit.Application;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage;

/// <summary>
/// Report blobs in <c>audit-reports</c>. Every format is first written in full to a local temporary
/// file. The three are then uploaded into a folder of their own for this version of the batch,
/// <c>{folder}/v-{version}/report.{ext}</c>, and only when all three are there are they written over
/// the stable <c>{folder}/report.{ext}</c> paths. The batch record names the version folder's set
/// (<see cref="ReportPaths"/>), so a reader always gets a complete set from one version; a fault
/// part-way leaves the previous version's set (and the record naming it) as it was.
/// </summary>
public sealed class ReportStore(AuditStorage storage) : IReportStore
{
    private static string PathOf(string folder, ReportFormat format) => $"{folder}/report.{format.Extension}";

    /// <summary>The folder one version of a batch's report set is uploaded to before it is published.</summary>
    private static string VersionFolder(string folder, string version) => $"{folder}/v-{version}";

    /// <summary>
    /// Writes the report in every format (the JSON in <paramref name="schema"/>) to <see cref="VersionFolder"/>,
    /// then to <c>{folder}/report.*</c>; returns the set in the version folder.
    /// </summary>
    public Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(folder, version, report, null, schema, cancellationToken);

    /// <summary>As the other overload, handing each visit to <paramref name="tap"/> as well (not disposed here).</summary>
    public Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, ReportSink tap, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(folder, version, report, tap, schema, cancellationToken);

    private async Task<ReportPaths> WriteCoreAsync(string folder, string version, AuditReport report, ReportSink? tap, int schema, CancellationToken cancellationToken)
    {
        var staged = new List<(ReportFormat Format, FileStream File)>();
        var sinks = new List<ReportSink>();
        try
        {
            foreach (var format in ReportFormat.AllWithSchema(schema))
            {
                var file = new FileStream(Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}.{format.Extension}"),
                    FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                staged.Add((format, file));
                sinks.Add(format.Start(file, report));
            }
            // One pass over the lazily evaluated visits feeds all three formats.
            await ReportWriter.WriteAsync(report, tap is null ? sinks : [.. sinks, tap], cancellationToken);
            foreach (var sink in sinks) await sink.DisposeAsync();
            sinks.Clear();
            foreach (var (_, file) in staged) await file.FlushAsync(cancellationToken);
            await storage.EnsureContainersAsync(cancellationToken);
            var versionFolder = VersionFolder(folder, version);
            foreach (var (format, file) in staged) await UploadAsync(versionFolder, format, file, cancellationToken);
            // The set is complete: only now replace the stable paths.
            foreach (var (format, file) in staged) await UploadAsync(folder, format, file, cancellationToken);
            return ReportPaths.From(format => PathOf(versionFolder, format));
        }
        finally
        {
            foreach (var sink in sinks) await sink.DisposeAsync();
            foreach (var (_, file) in staged) await file.DisposeAsync();
        }
    }

    private async Task UploadAsync(string folder, ReportFormat format, FileStream file, CancellationToken cancellationToken)
    {
        file.Position = 0;
        await storage.Reports.GetBlobClient(PathOf(folder, format)).UploadAsync(file, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = format.ContentType + (format.ContentType.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : "") },
        }, cancellationToken);
    }

    /// <summary>Deletes report blobs no longer named by any batch record (a replaced version's set); missing ones are fine.</summary>
    public async Task DeleteAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths) await storage.Reports.GetBlobClient(path).DeleteIfExistsAsync(cancellationToken: cancellationToken);
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
