using System.Text;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Http;

/// <summary>The body is over the limit: 413 (<see cref="ApiErrors"/>), with the route's advice on what to send instead, if it has any.</summary>
public sealed class PayloadTooLargeException(long limit, string? advice = null)
    : Exception($"the request body is over the {limit:N0}-byte limit" + (advice is null ? "" : "; " + advice));

/// <summary>
/// Reads a request body asynchronously (Kestrel forbids synchronous reads and the batch reader is
/// synchronous) into a seekable buffer: memory for small bodies, a temporary file that deletes
/// itself for large ones. Stops at the size limit.
/// </summary>
public static class RequestBody
{
    private const long InMemoryThreshold = 1024 * 1024;

    public static Task<Stream> BufferAsync(HttpRequest request, long limit, CancellationToken cancellationToken) =>
        BufferAsync(request, limit, tooLargeAdvice: null, cancellationToken);

    /// <summary>As <see cref="BufferAsync(HttpRequest, long, CancellationToken)"/>; over the limit, the 413 ends with <paramref name="tooLargeAdvice"/>.</summary>
    public static async Task<Stream> BufferAsync(HttpRequest request, long limit, string? tooLargeAdvice, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) throw new PayloadTooLargeException(limit, tooLargeAdvice);
        Stream buffer = request.ContentLength is long length && length <= InMemoryThreshold
            ? new MemoryStream((int)length)
            : new FileStream(Path.Combine(Path.GetTempPath(), $"claimaudit-body-{Guid.NewGuid():N}"), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var chunk = new byte[81920];
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit) throw new PayloadTooLargeException(limit, tooLargeAdvice);
                await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    public static async Task<string> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        await using var buffer = await BufferAsync(request, limit, cancellationToken);
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the request sent <c>If-None-Match: *</c> (create only if none exists); null when it sent
    /// an If-None-Match with any other value, which a write does not support.
    /// </summary>
    public static bool? IfNoneMatchAny(HttpRequest request) =>
        request.Headers.IfNoneMatch.ToString().Trim() switch
        {
            "" => false,
            "*" => true,
            _ => null,
        };

    /// <summary>The request's If-Match ETag, or null when it sent none.</summary>
    public static string? IfMatch(HttpRequest request) =>
        request.Headers.IfMatch.ToString() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
