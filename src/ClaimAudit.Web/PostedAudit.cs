using System.Text;
using ClaimAudit.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimAudit.Web;

/// <summary>
/// <c>POST /api/audits</c> as the Functions app and <c>claimaudit serve</c> both answer it: the file name the caller may
/// send, and the problem for an audit that did not give a report to return.
/// </summary>
public static class PostedAudit
{
    /// <summary>The optional request header naming the posted file (percent-encoded UTF-8, as <c>encodeURIComponent</c> writes it).</summary>
    public const string FileNameHeader = "X-File-Name";

    /// <summary>Longest file name kept; a longer one is cut (it is a label, not a key).</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>
    /// The posted file's name from <see cref="FileNameHeader"/>, to show in the batch list and the report's masthead as an
    /// upload's name is shown: decoded, folders dropped (a browser or a tool may send a path), control characters
    /// removed, at most <see cref="MaxFileNameLength"/> characters; null when absent or empty. Never logged: clinics put
    /// patient names in file names.
    /// </summary>
    public static string? FileName(HttpRequest request)
    {
        var raw = request.Headers[FileNameHeader].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return null;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            decoded = raw;
        }
        var name = decoded[(decoded.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(Math.Min(name.Length, MaxFileNameLength));
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format) continue;
            if (clean.Length + rune.Utf16SequenceLength > MaxFileNameLength) break;
            clean.Append(rune.ToString());
        }
        var text = clean.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The problem for an audit that has no report to answer with, worded as PRODUCT.md section 6 says: 500 for a fault on
    /// our side (never "could not be read"), 422 for a batch over its time budget or a clinic set-up error, 400 for an
    /// unreadable file, 422 when no visit could be audited (the first rejected rows' reasons); null when the report is the answer.
    /// </summary>
    public static ProblemHttpResult? Refusal(AuditResult result)
    {
        var batchId = result.Record.BatchId;
        if (result.InternalError is not null)
            return ApiProblem.Create(500, "Internal Server Error", $"the batch could not be audited because of a fault on our side: {result.InternalError}", batchId: batchId);
        // Too much work for one request: the batch is recorded as failed; split it (or upload it, which has a longer budget).
        if (result.BudgetError is not null)
            return ApiProblem.Create(422, "Unprocessable Content", $"the batch was not audited: {result.BudgetError}", [result.BudgetError], batchId);
        // The clinic's own set-up (its payer map names a profile it no longer has), not the file.
        if (result.SetupError is not null)
            return ApiProblem.Create(422, "Unprocessable Content", $"the batch was not audited: {result.SetupError}", [result.SetupError], batchId);
        if (result.FileError is not null)
            return ApiProblem.Create(400, "Bad Request", $"the batch could not be read: {result.FileError}", [result.FileError], batchId);
        if (result.Record.Visits == 0 && result.RejectedRows.Count > 0)
        {
            var reasons = result.RejectedRows.SelectMany(r => r.Errors.Select(e => $"row {r.Row}: {e}")).ToList();
            return ApiProblem.Create(422, "Unprocessable Content", "no visit could be audited: " + string.Join("; ", reasons.Take(5)) + (reasons.Count > 5 ? $"; and {reasons.Count - 5} more" : ""), reasons, batchId);
        }
        return null;
    }
}
