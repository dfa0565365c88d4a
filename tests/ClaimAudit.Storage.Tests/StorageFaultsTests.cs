using System.Net.Sockets;
using Azure;
using ClaimAudit.Application;

namespace ClaimAudit.Storage.Tests;

/// <summary>Which exceptions of the Azure SDK are storage faults, which of those a retry can cure, and how they are described.</summary>
public sealed class StorageFaultsTests
{
    private static StorageFault? Classify(Exception e, CancellationToken cancellationToken = default) => StorageFaults.Instance.Classify(e, cancellationToken);

    [Theory]
    [InlineData(408, "RequestTimeout")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(500, "InternalError")]
    [InlineData(503, "ServerBusy")]
    public void Throttling_timeouts_and_server_errors_are_transient_and_named_by_status_and_code(int status, string code) =>
        Assert.Equal(new StorageFault(true, $"HTTP {status} {code}"), Classify(new RequestFailedException(status, "busy", code, null)));

    [Theory]
    [InlineData(400, "InvalidInput")]
    [InlineData(403, "AuthorizationPermissionMismatch")]
    [InlineData(404, "BlobNotFound")]
    [InlineData(412, "ConditionNotMet")]
    public void A_refusal_is_a_storage_fault_a_retry_does_not_cure(int status, string code) =>
        Assert.Equal(new StorageFault(false, $"HTTP {status} {code}"), Classify(new RequestFailedException(status, "refused", code, null)));

    [Fact]
    public void No_response_at_all_is_transient_whatever_form_the_SDK_gives_it()
    {
        Assert.Equal(new StorageFault(true, "no response: HttpRequestException"), Classify(new HttpRequestException("connection refused")));
        Assert.Equal(new StorageFault(true, "no response: SocketException"), Classify(new SocketException()));
        Assert.Equal(new StorageFault(true, "no response: IOException"), Classify(new IOException("reset")));
        // The SDK's own network timeout: a cancellation nobody asked for.
        Assert.Equal(new StorageFault(true, "no response before the timeout"), Classify(new TaskCanceledException()));
        // Every try failed: described by the last.
        Assert.Equal(new StorageFault(true, "HTTP 503 ServerBusy"),
            Classify(new AggregateException(new HttpRequestException("refused"), new RequestFailedException(503, "busy", "ServerBusy", null))));
    }

    [Fact]
    public void A_cancellation_the_caller_asked_for_and_faults_outside_storage_are_not_storage_faults()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Null(Classify(new OperationCanceledException(cancelled.Token), cancelled.Token));
        Assert.Null(Classify(new InvalidOperationException("a bug")));
        Assert.Null(Classify(new InvalidDataException("a bad file")));
        // Not every try failed for a reason a retry cures.
        Assert.Null(Classify(new AggregateException(new HttpRequestException("refused"), new InvalidOperationException("a bug"))));
        Assert.Null(Classify(new AggregateException()));
    }

    [Fact]
    public void The_static_question_agrees_with_the_classification()
    {
        Assert.True(StorageFaults.IsTransient(new RequestFailedException(0, "no response")));
        Assert.False(StorageFaults.IsTransient(new RequestFailedException(403, "forbidden")));
    }
}
