using System.Text;
using ClaimAudit.Core.Ingest;

namespace ClaimAudit.Application.Tests;

/// <summary>
/// Issue 14, item 2: a batch that runs out of its time budget ends as a <c>failed</c> batch with a
/// reason that says so — never a hung worker, and no exception escaping to the trigger.
/// </summary>
public sealed class AuditBudgetTests
{
    private const string ClinicId = "clinic-1";

    private const string Csv = """
        visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,note
        V-1,P-1,2026-03-04,medicare,97150,30,1,GP,Group ther ex 30 min
        V-2,P-1,2026-03-04,medicare,97110,30,2,GP,Ther ex 30 min
        """;

    private readonly InMemoryBatchStore _batches = new();
    private readonly InMemoryHistoryStore _history = new();
    private readonly InMemoryReportStore _reports = new();
    private readonly ManualTimeProvider _time = new();

    private BatchAuditor Auditor(AuditBudget budget) =>
        new(new InMemoryPayerProfileStore(), _batches, _history, _reports, new InMemoryClinicMapStore(), new FakeFaultClassifier(), time: _time, budget: budget);

    private static UploadedBatch Upload(Action onOpen)
    {
        var bytes = Encoding.UTF8.GetBytes(Csv);
        return new UploadedBatch(ClinicId, "blob-1", "march.csv", "\"0x1\"", bytes.Length, $"{ClinicId}/march.csv", "ver-1", _ =>
        {
            onOpen();
            return Task.FromResult<Stream>(new MemoryStream(bytes));
        });
    }

    [Fact]
    public async Task An_upload_whose_budget_runs_out_mid_audit_is_a_failed_batch_that_says_so()
    {
        // The budget's timer fires while the file is being read: the engine must see it and stop.
        var result = await Auditor(new AuditBudget(TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(3))).AuditUploadAsync(Upload(_time.FireAll));

        const string reason = "the batch took longer than the 8-minute budget; split it or contact support";
        Assert.Equal(reason, result.BudgetError);
        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Failed, reason, false), (row.Status, row.Error, row.Retryable));
        // A report says why, and nothing is remembered of a batch that was not audited.
        Assert.Equal(reason, _reports.Blobs[row.Reports!.Json].FileError);
        Assert.Empty(_history.Ledger);
        Assert.Equal([TimeSpan.FromMinutes(8)], _time.Timers);

        // A redelivery of the same blob version is not audited again (it would run out again).
        var again = await Auditor(AuditBudget.None).AuditUploadAsync(Upload(() => { }));
        Assert.True(again.AlreadyAudited);
    }

    [Fact]
    public async Task A_posted_batch_gets_the_posted_budget_and_an_exhausted_one_fails_it_with_the_reason()
    {
        var posted = new PostedBatch(ClinicId, new MemoryStream(Encoding.UTF8.GetBytes(Csv)), InputFormat.Csv, null, "posted-1",
            declared => declared ?? "api-1", batchId => $"{ClinicId}/_api/{batchId}");

        var result = await Auditor(new AuditBudget(TimeSpan.FromMinutes(8), TimeSpan.Zero)).AuditPostedAsync(posted);

        Assert.Equal("the batch took longer than the 0-minute budget; split it or contact support", result.BudgetError);
        Assert.Equal(BatchStatus.Failed, _batches.Row(ClinicId, "api-1")!.Status);
    }

    [Fact]
    public async Task A_batch_within_its_budget_is_audited_as_ever()
    {
        var result = await Auditor(new AuditBudget(TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(3))).AuditUploadAsync(Upload(() => { }));

        Assert.Null(result.BudgetError);
        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Audited, 2, 1), (row.Status, row.Visits, row.Errors));
    }

    /// <summary>A clock whose timers fire only when the test says: a budget runs out exactly when wanted, without waiting.</summary>
    private sealed class ManualTimeProvider : TimeProvider
    {
        private readonly List<(TimerCallback Callback, object? State)> _callbacks = [];

        /// <summary>The due time of every timer created.</summary>
        public List<TimeSpan> Timers { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Timers.Add(dueTime);
            _callbacks.Add((callback, state));
            return new Timer();
        }

        public void FireAll()
        {
            foreach (var (callback, state) in _callbacks.ToList()) callback(state);
        }

        private sealed class Timer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
