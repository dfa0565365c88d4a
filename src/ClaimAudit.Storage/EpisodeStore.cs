using System.Globalization;
using Azure;
using Azure.Data.Tables;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Storage;

/// <summary>The lost-update case of a conditional plan or authorisation write (412).</summary>
public sealed class EpisodeConflictException(string message) : Exception(message);

/// <summary>A stored plan of care with the ETag to send back in <c>If-Match</c>.</summary>
public sealed record StoredPlan(PlanOfCare Plan, string ETag);

/// <summary>A stored authorisation with its ETag and the visits the visit ledger has billed under it so far.</summary>
public sealed record StoredAuthorization(Authorization Authorization, string ETag, int VisitsUsed);

/// <summary>What is stored of one patient's episode (<c>GET /api/patients/{patientId}/episode</c>).</summary>
public sealed record StoredEpisode(IReadOnlyList<StoredPlan> Plans, IReadOnlyList<StoredAuthorization> Authorizations);

/// <summary>A plan or authorisation written through the API: what is stored now, its ETag, and whether the write created it.</summary>
public sealed record EpisodeWrite<T>(T Value, string ETag, bool Created);

/// <summary>
/// The episode of care between batches (PRODUCT.md section 10), in two tables whose partition is the
/// clinic and the hashed patient id (<c>{clinicId}|{sha256(patientId)}</c>, as <c>NoteFingerprints</c>):
/// <list type="bullet">
/// <item><c>Episodes</c>: one row per plan of care (row key <c>plan-{yyyy-MM-dd}</c>, its start) and one per
/// authorisation (row key <c>auth-{sha256(number)}</c>: a number may hold characters table keys forbid,
/// and is kept out of keys and storage logs; the number itself is in <c>Number</c>). Written by the API
/// (replace, under <c>If-Match</c>) and by audits (merge: a batch's non-null fields win, its blanks keep
/// what is stored). Facts about the patient, not counts: a replaced batch never deletes them.</item>
/// <item><c>VisitLedger</c>: one row per visit (row key = sha256 of the visit id, so a visit audited again
/// overwrites its row), marked with the batch id and version that wrote it as the therapy ledger is;
/// <see cref="HistoryStore"/> reads, writes and prunes it with the rest of a batch's history.</item>
/// </list>
/// </summary>
public sealed class EpisodeStore(AuditStorage storage)
{
    internal const string PlanPrefix = "plan-";
    internal const string AuthPrefix = "auth-";
    private const string DateFormat = "yyyy-MM-dd";

    private TableClient Episodes => storage.Table(AuditStorage.EpisodesTable);
    private TableClient VisitLedger => storage.Table(AuditStorage.VisitLedgerTable);

    internal static string Partition(string clinicId, string patientId) => clinicId + "|" + TableKeys.Hash(patientId);
    internal static string PlanRow(DateOnly start) => PlanPrefix + Date(start);
    internal static string AuthRow(string number) => AuthPrefix + TableKeys.Hash(number);

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
    private static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    private static DateOnly? ReadDate(TableEntity e, string property) =>
        DateOnly.TryParseExact(e.GetString(property), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The plan row's entity; null fields left out, so that a merge keeps what is stored for them.</summary>
    internal static TableEntity PlanEntity(string partition, PlanOfCare plan)
    {
        var e = new TableEntity(partition, PlanRow(plan.Start)) { ["Start"] = Date(plan.Start) };
        if (plan.End is { } end) e["End"] = Date(end);
        if (plan.CertifiedDate is { } certified) e["CertifiedDate"] = Date(certified);
        if (plan.StartOfCare is { } soc) e["StartOfCare"] = Date(soc);
        return e;
    }

    internal static TableEntity AuthEntity(string partition, Authorization auth)
    {
        var e = new TableEntity(partition, AuthRow(auth.Number)) { ["Number"] = auth.Number };
        if (auth.Start is { } start) e["Start"] = Date(start);
        if (auth.End is { } end) e["End"] = Date(end);
        if (auth.Visits is { } visits) e["Visits"] = visits;
        if (auth.PayerId is { } payer) e["PayerId"] = payer;
        return e;
    }

    /// <summary>The row as a plan, or null when it is not one or its start does not read (edited by hand).</summary>
    internal static PlanOfCare? ReadPlan(TableEntity e) =>
        e.RowKey.StartsWith(PlanPrefix, StringComparison.Ordinal) && ReadDate(e, "Start") is { } start
            ? new PlanOfCare(start, ReadDate(e, "End"), ReadDate(e, "CertifiedDate"), ReadDate(e, "StartOfCare"))
            : null;

    internal static Authorization? ReadAuth(TableEntity e) =>
        e.RowKey.StartsWith(AuthPrefix, StringComparison.Ordinal) && e.GetString("Number") is { Length: > 0 } number
            ? new Authorization(number, ReadDate(e, "Start"), ReadDate(e, "End"), e.GetInt32("Visits"), e.GetString("PayerId"))
            : null;

    internal const string LinesProperty = "Lines";

    /// <summary>
    /// The visit ledger row of one visit, marked with the batch that wrote it. A visit whose lines had
    /// minutes keeps them in <c>Lines</c> (compact JSON, <see cref="WriteLines"/>), and its row replaces
    /// what is stored. A visit without minutes (a claim file) has no <c>Lines</c> and must be merged
    /// (<see cref="IsMerge"/>): the minutes an EMR export of the visit stored stay for the next claim
    /// file. Every other property is set, an absent authorisation as "", so a merge leaves nothing stale.
    /// </summary>
    internal static TableEntity VisitEntity(string partition, EpisodeVisit visit, string? batchId, string? version)
    {
        var e = new TableEntity(partition, TableKeys.Hash(visit.VisitId))
        {
            ["VisitId"] = visit.VisitId,
            ["DateOfService"] = Date(visit.DateOfService),
            ["PayerId"] = visit.PayerId,
            ["ProgressReport"] = visit.ProgressReport,
            ["AuthNumber"] = visit.AuthNumber ?? "",
            ["BatchId"] = batchId,
            ["BatchVersion"] = version,
        };
        if (visit.Lines is { } lines) e[LinesProperty] = WriteLines(lines);
        return e;
    }

    /// <summary>The row carries no minutes: it is merged into the stored row, not put in its place.</summary>
    internal static bool IsMerge(TableEntity visitRow) => !visitRow.ContainsKey(LinesProperty);

    internal static EpisodeVisit? ReadVisit(TableEntity e) =>
        e.GetString("VisitId") is { } visitId && ReadDate(e, "DateOfService") is { } date
            ? new EpisodeVisit(visitId, date, e.GetString("PayerId") ?? "", e.GetString("AuthNumber") is { Length: > 0 } auth ? auth : null,
                e.GetBoolean("ProgressReport") ?? false, ReadLines(e.GetString(LinesProperty)))
            : null;

    /// <summary>A string property holds at most 32K UTF-16 characters; a visit's lines longer than this are not kept.</summary>
    private const int MaxLinesText = 30_000;

    /// <summary>One line's minutes in the row: code, role, minutes, divided-attention, assistant, one-on-one.</summary>
    private sealed record LineRow(
        [property: JsonPropertyName("c")] string Code,
        [property: JsonPropertyName("r")] string Role,
        [property: JsonPropertyName("m")] int Minutes,
        [property: JsonPropertyName("d")] int Divided,
        [property: JsonPropertyName("a")] int Assistant,
        [property: JsonPropertyName("o")] bool? OneOnOne);

    /// <summary>The lines as compact JSON; "" (no minutes kept, none joined) when too many to fit a property.</summary>
    internal static string WriteLines(IReadOnlyList<StoredLineMinutes> lines)
    {
        var text = JsonSerializer.Serialize(lines.Select(l => new LineRow(l.Code, l.Role.ToString(), l.Minutes, l.DividedAttentionMinutes, l.AssistantMinutes, l.OneOnOne)));
        return text.Length <= MaxLinesText ? text : "";
    }

    /// <summary>The stored lines, or null when none were stored or the text does not read (the visit still counts).</summary>
    internal static IReadOnlyList<StoredLineMinutes>? ReadLines(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            var rows = JsonSerializer.Deserialize<LineRow[]>(text);
            if (rows is null) return null;
            var lines = new StoredLineMinutes[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var r = rows[i];
                if (r?.Code is null || !Enum.TryParse<ProviderRole>(r.Role, out var role) || !Enum.IsDefined(role)
                    || r.Minutes is < 0 or > ServiceLine.MaxMinutes || r.Divided is < 0 or > ServiceLine.MaxMinutes || r.Assistant is < 0 or > ServiceLine.MaxMinutes)
                    return null;
                lines[i] = new StoredLineMinutes(r.Code, role, r.Minutes, r.Divided, r.Assistant, r.OneOnOne);
            }
            return lines;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The patient's stored plans (earliest first) and authorisations (by number), rows that do not read left out.</summary>
    internal async Task<PatientEpisode> LoadEpisodeAsync(string clinicId, string patientId, CancellationToken cancellationToken)
    {
        var stored = await ReadEpisodeRowsAsync(clinicId, patientId, cancellationToken);
        return new PatientEpisode
        {
            Plans = [.. stored.Plans.Select(p => p.Plan)],
            Authorizations = [.. stored.Auths.Select(a => a.Auth)],
        };
    }

    private async Task<(List<(PlanOfCare Plan, string ETag)> Plans, List<(Authorization Auth, string ETag)> Auths)> ReadEpisodeRowsAsync(
        string clinicId, string patientId, CancellationToken cancellationToken)
    {
        var plans = new List<(PlanOfCare, string)>();
        var auths = new List<(Authorization, string)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(clinicId, patientId)}");
        await foreach (var e in Episodes.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (ReadPlan(e) is { } plan) plans.Add((plan, e.ETag.ToString()));
            else if (ReadAuth(e) is { } auth) auths.Add((auth, e.ETag.ToString()));
        }
        plans.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        auths.Sort((a, b) => string.CompareOrdinal(a.Item1.Number, b.Item1.Number));
        return (plans, auths);
    }

    /// <summary>
    /// The patient's visit ledger, all years and payers, leaving out the rows <paramref name="batchId"/> wrote (it is being audited again)
    /// except those of visits it still has (<paramref name="batchVisitIds"/>): the engine counts those
    /// as the batch's anyway, and their stored minutes are what a claim file audited again joins.
    /// </summary>
    internal async Task<(List<EpisodeVisit> Visits, int Unreadable)> LoadVisitsAsync(string clinicId, string patientId, string? batchId, CancellationToken cancellationToken,
        IReadOnlySet<string>? batchVisitIds = null)
    {
        var visits = new List<EpisodeVisit>();
        var unreadable = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(clinicId, patientId)}");
        await foreach (var e in VisitLedger.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (batchId is not null && string.Equals(e.GetString("BatchId"), batchId, StringComparison.Ordinal)
                && !(batchVisitIds is not null && e.GetString("VisitId") is { } own && batchVisitIds.Contains(own))) continue;
            if (ReadVisit(e) is { } visit) visits.Add(visit);
            else unreadable++;
        }
        return (visits, unreadable);
    }

    /// <summary>
    /// What is stored of the patient's episode, with each authorisation's visits used so far: the
    /// visit ledger's visits billed under its number, every batch counted.
    /// </summary>
    public async Task<StoredEpisode> GetAsync(string clinicId, string patientId, CancellationToken cancellationToken = default)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var rows = ReadEpisodeRowsAsync(clinicId, patientId, cancellationToken);
        var ledger = LoadVisitsAsync(clinicId, patientId, batchId: null, cancellationToken);
        var (plans, auths) = await rows;
        var (visits, _) = await ledger;
        var used = visits.Where(v => v.AuthNumber is not null).GroupBy(v => v.AuthNumber!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new StoredEpisode(
            [.. plans.Select(p => new StoredPlan(p.Plan, p.ETag))],
            [.. auths.Select(a => new StoredAuthorization(a.Auth, a.ETag, used.GetValueOrDefault(a.Auth.Number)))]);
    }

    /// <summary>Creates or replaces the plan of care that starts on <see cref="PlanOfCare.Start"/>. Preconditions as <see cref="WriteAsync"/>.</summary>
    public async Task<EpisodeWrite<PlanOfCare>> PutPlanAsync(string clinicId, string patientId, PlanOfCare plan, string? ifMatch, bool ifNoneMatchAny = false, CancellationToken cancellationToken = default)
    {
        var entity = PlanEntity(Partition(ClinicIds.Normalize(clinicId), patientId), plan);
        var (etag, created) = await WriteAsync(entity, $"the plan of care starting {Date(plan.Start)}", ifMatch, ifNoneMatchAny, cancellationToken);
        return new EpisodeWrite<PlanOfCare>(plan, etag, created);
    }

    /// <summary>Creates or replaces the authorisation of <see cref="Authorization.Number"/>. Preconditions as <see cref="WriteAsync"/>.</summary>
    public async Task<EpisodeWrite<Authorization>> PutAuthorizationAsync(string clinicId, string patientId, Authorization auth, string? ifMatch, bool ifNoneMatchAny = false, CancellationToken cancellationToken = default)
    {
        var entity = AuthEntity(Partition(ClinicIds.Normalize(clinicId), patientId), auth);
        var (etag, created) = await WriteAsync(entity, $"authorization '{auth.Number}'", ifMatch, ifNoneMatchAny, cancellationToken);
        return new EpisodeWrite<Authorization>(auth, etag, created);
    }

    /// <summary>
    /// Writes the row whole (a field the body leaves out is cleared). Without a precondition it creates
    /// or replaces; <paramref name="ifMatch"/>: only if the row still has that ETag (<c>*</c>: if it
    /// exists); <paramref name="ifNoneMatchAny"/>: only if it does not. A failed precondition is
    /// <see cref="EpisodeConflictException"/>. Returns the new ETag and whether the row was created.
    /// </summary>
    private async Task<(string ETag, bool Created)> WriteAsync(TableEntity entity, string what, string? ifMatch, bool ifNoneMatchAny, CancellationToken cancellationToken)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        try
        {
            if (!string.IsNullOrEmpty(ifMatch))
            {
                var updated = await Episodes.UpdateEntityAsync(entity, ifMatch == "*" ? ETag.All : new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken);
                return (updated.Headers.ETag?.ToString() ?? "", false);
            }
            if (ifNoneMatchAny)
            {
                var added = await Episodes.AddEntityAsync(entity, cancellationToken);
                return (added.Headers.ETag?.ToString() ?? "", true);
            }
            var existed = (await Episodes.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, ["PartitionKey"], cancellationToken)).HasValue;
            var response = await Episodes.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            return (response.Headers.ETag?.ToString() ?? "", !existed);
        }
        catch (RequestFailedException e) when (e.Status == 404 && !string.IsNullOrEmpty(ifMatch))
        {
            throw new EpisodeConflictException($"{what} is not stored for this patient, so If-Match {ifMatch} cannot match; send it without If-Match (or with If-None-Match: *) to create it");
        }
        catch (RequestFailedException e) when (e.Status == 400 && !string.IsNullOrEmpty(ifMatch) && ifMatch != "*")
        {
            // The table refuses an If-Match that is not in its ETag form at all: no ETag can match it.
            throw new EpisodeConflictException($"If-Match {ifMatch} is not an ETag of {what}; GET the patient's episode for the current one and reapply the change");
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new EpisodeConflictException($"{what} was changed since ETag {ifMatch} was read; GET the patient's episode again and reapply the change");
        }
        catch (RequestFailedException e) when (e.Status == 409 && ifNoneMatchAny)
        {
            throw new EpisodeConflictException($"{what} is already stored (If-None-Match: * asked to create it only if it is not); GET the patient's episode and send its ETag in If-Match to replace it");
        }
    }

    /// <summary>
    /// Merges the plans and authorisations an audit's batch stated into what is stored: a field the
    /// batch gives replaces the stored one, a field it leaves blank keeps it. Rows of one partition go
    /// in transactions of at most 100; a row stated twice (two partitions of a large batch) is folded
    /// into one, later non-null fields winning.
    /// </summary>
    internal async Task MergeAsync(string clinicId, IEnumerable<(string PatientId, PatientEpisode Episode)> writes, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, string), TableEntity>();
        foreach (var (patientId, episode) in writes)
        {
            var partition = Partition(clinicId, patientId);
            foreach (var e in episode.Plans.Select(p => PlanEntity(partition, p)).Concat(episode.Authorizations.Select(a => AuthEntity(partition, a))))
            {
                if (rows.TryGetValue((e.PartitionKey, e.RowKey), out var earlier))
                    foreach (var (name, value) in e) earlier[name] = value;
                else rows[(e.PartitionKey, e.RowKey)] = e;
            }
        }
        if (rows.Count == 0) return;
        await storage.EnsureTablesAsync(cancellationToken);
        var chunks = rows.Values.GroupBy(e => e.PartitionKey, StringComparer.Ordinal).SelectMany(g => g.Chunk(100)).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, ct) =>
            await Episodes.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertMerge, e)), ct));
    }
}
