using System.Net.Sockets;
using Azure;
using ClaimAudit.Application;

namespace ClaimAudit.Storage;

/// <summary>
/// Which exceptions of the Azure SDK are storage faults, and which of those are worth retrying once
/// the SDK's own retries are spent. The audit (<see cref="IStorageFaultClassifier"/>) and the HTTP
/// routes (503 with <c>Retry-After</c>) both ask here.
/// </summary>
public sealed class StorageFaults : IStorageFaultClassifier
{
    public static StorageFaults Instance { get; } = new();

    public StorageFault? Classify(Exception exception, CancellationToken cancellationToken = default) =>
        IsTransient(exception, cancellationToken) ? new StorageFault(true, Describe(exception))
        : exception is RequestFailedException ? new StorageFault(false, Describe(exception))
        : null;

    /// <summary>
    /// Faults worth retrying once the SDK's own retries are spent: throttling, timeouts and server
    /// errors (HTTP 408, 429, 5xx), and faults without any HTTP response — the SDK then throws an
    /// <see cref="AggregateException"/> of the failed tries, a <see cref="TaskCanceledException"/> for
    /// its network timeout (our own <paramref name="cancellationToken"/> not cancelled), or an
    /// I/O or socket error while streaming.
    /// </summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken = default) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(i => IsTransient(i, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TimeoutException or IOException or HttpRequestException or SocketException => true,
        _ => false,
    };

    // Status and error code, or that nothing answered: never the request URI (it names the clinic's file).
    private static string Describe(Exception e) => e switch
    {
        RequestFailedException { Status: > 0 } rf => $"HTTP {rf.Status} {rf.ErrorCode}",
        AggregateException a when a.InnerExceptions.Count > 0 => Describe(a.InnerExceptions[^1]),
        OperationCanceledException => "no response before the timeout",
        _ => $"no response: {e.GetType().Name}",
    };
}
