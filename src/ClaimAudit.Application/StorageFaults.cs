namespace ClaimAudit.Application;

/// <summary>
/// A fault of the storage behind the store interfaces. <see cref="Description"/> says what happened
/// in a few words (<c>HTTP 503 ServerBusy</c>, <c>no response: HttpRequestException</c>) and never
/// quotes a request.
/// </summary>
public sealed record StorageFault(bool IsTransient, string Description);

/// <summary>
/// Tells storage faults from other exceptions. The exceptions are the storage SDK's, so only its
/// adapter can tell; the audit decides what each kind means (retry, or record and stop).
/// </summary>
public interface IStorageFaultClassifier
{
    /// <summary>
    /// A storage fault: transient when worth retrying once the SDK's own retries are spent;
    /// otherwise storage answered and refused. Null when <paramref name="exception"/> is not a
    /// storage fault. Cancellation of <paramref name="cancellationToken"/> itself is not a fault.
    /// </summary>
    StorageFault? Classify(Exception exception, CancellationToken cancellationToken = default);
}

/// <summary>
/// A stored row (a payer profile, a clinic's map) that no longer parses: a fault on our side, not
/// the caller's. The message names what is wrong and how to replace it, and holds no patient data,
/// so it may be shown to the clinic.
/// </summary>
public abstract class StoredDataCorruptException(string message) : Exception(message);
