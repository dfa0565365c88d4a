using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Application;

/// <summary>What one 835 file gave (PRODUCT.md section 11): counts, how many advices were new, and what did not balance.</summary>
/// <param name="Advices">Transactions (ST … SE) read.</param>
/// <param name="Claims">Claim payments (CLP) in them.</param>
/// <param name="Lines">Service lines (SVC) in them.</param>
/// <param name="NewAdvices">Advices whose key was not stored yet: 0 when the same 835 comes again.</param>
/// <param name="Balancing">Every balancing problem, with its advice's key.</param>
/// <param name="SegmentErrors">Segments that could not be read (the rest of the file was).</param>
public sealed record RemittanceSummary(int Advices, int Claims, int Lines, int NewAdvices, IReadOnlyList<RemittanceBalanceIssue> Balancing, IReadOnlyList<string> SegmentErrors)
{
    public static RemittanceSummary Of(RemittanceFile file, int newAdvices) => new(
        file.Advices.Count,
        file.Advices.Sum(a => a.Claims.Count),
        file.Advices.Sum(a => a.Claims.Sum(c => c.Lines.Count)),
        newAdvices,
        [.. file.Advices.SelectMany(a => a.Balancing.Select(b => new RemittanceBalanceIssue(a.Key, b.Location, b.Message, b.Difference)))],
        file.SegmentErrors);
}

/// <summary>The outcome of receiving one 835: its summary, or why nothing of it was stored.</summary>
public sealed record RemittanceIntakeResult(RemittanceFile? File, RemittanceSummary? Summary, string? FileError);

/// <summary>
/// Receives an 835 file for a clinic, whatever it came through (blob, HTTP, CLI): reads it and stores its
/// advices by key (the same 835 twice counts once). A file the reader refuses is stored not at all.
/// Logs carry the clinic id and counts only.
/// </summary>
public sealed class RemittanceIntake(IRemittanceStore store, IStorageFaultClassifier? faults = null, ILogger<RemittanceIntake>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<RemittanceIntake>.Instance;

    public async Task<RemittanceIntakeResult> ReceiveAsync(string clinicId, Stream input, CancellationToken cancellationToken = default)
    {
        var (file, error) = Read(input);
        if (error is not null)
        {
            _log.LogInformation("Remittance file of clinic {ClinicId} not stored: it could not be read", clinicId);
            return new RemittanceIntakeResult(null, null, error);
        }
        var added = await store.SaveAsync(clinicId, file!.Advices, cancellationToken);
        var summary = RemittanceSummary.Of(file, added);
        _log.LogInformation("Remittance file of clinic {ClinicId}: {Advices} advices ({New} new), {Claims} claims, {Lines} lines, {Issues} balancing issues",
            clinicId, summary.Advices, summary.NewAdvices, summary.Claims, summary.Lines, summary.Balancing.Count);
        return new RemittanceIntakeResult(file, summary, null);
    }

    /// <summary>
    /// The file, or why it cannot be used. The reader reports bad input as a file error; a fault of the
    /// reader itself must not become a retry loop either (its message is not repeated: it may quote the
    /// file). Storage faults while streaming the input still propagate so the caller retries.
    /// </summary>
    public (RemittanceFile? File, string? Error) Read(Stream input)
    {
        RemittanceFile file;
        try
        {
            file = Remittance835Reader.Read(input);
        }
        catch (Exception e) when (e is not OperationCanceledException && faults?.Classify(e) is null)
        {
            _log.LogWarning("A remittance file could not be read: {ExceptionType}", e.GetType().Name);
            return (null, $"the file could not be read ({e.GetType().Name})");
        }
        if (file.FileError is { } fileError) return (null, fileError);
        if (file.Advices.Count == 0) return (null, "the file has no 835 transaction (ST*835) in it");
        return (file, null);
    }
}
