using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Ingest;

/// <summary>What <see cref="MinutesJoin.Apply"/> joined: the claims with the export's facts, and the counts a user is told.</summary>
/// <param name="Batch">The claims, their lines given the export's minutes where it has the visit and code.</param>
/// <param name="ClaimLines">Claim lines that came in without minutes.</param>
/// <param name="LinesJoined">Of those, the lines that now carry the export's minutes.</param>
/// <param name="VisitsJoined">Claim visits the export has (by visit id).</param>
public sealed record MinutesJoinResult(IngestResult Batch, int ClaimLines, int LinesJoined, int VisitsJoined)
{
    /// <summary>Claim lines the export had no minutes for: they keep MinutesUnknown, and the report says their units were not checked.</summary>
    public int LinesWithoutMinutes => ClaimLines - LinesJoined;
}

/// <summary>
/// Joins an EMR export's minutes onto a claim file's lines (PRODUCT.md section 12: an 837P carries
/// units, not minutes). Pure: reads two ingested batches, returns a new one, changes neither.
/// </summary>
/// <remarks>
/// The claim is what goes out, so it wins wherever it says something; the export fills in what a
/// claim file cannot carry. Visits are matched by visit id (an 837P's CLM01 is the EMR's visit id);
/// lines by code, and by discipline (PT/PTA, OT/OTA, SLP) when the export bills the code in more than
/// one discipline for the visit. Per line the export gives the minutes, divided-attention minutes,
/// assistant minutes and one-on-one (when the claim line has none). Several export rows of one key
/// add up; several claim lines of one key take the export rows in order when the counts agree, else
/// the first claim line takes the whole (the engine adds a visit's lines of one code and discipline
/// together, so the units come out the same). Per visit the export gives, where the claim has none,
/// the note (its features), the episode columns, the authorisation (or, for the claim's own
/// authorisation number, its dates and visit count), the diagnoses and the year-to-date therapy dollars. A claim visit or line the export lacks keeps its unknown minutes; when the export has
/// notes, such a visit is marked <see cref="Visit.NoteUnknown"/> rather than read as undocumented.
/// </remarks>
public static class MinutesJoin
{
    /// <exception cref="ArgumentException">Either batch waits in partitions on disk (read it whole to join it).</exception>
    public static MinutesJoinResult Apply(IngestResult claims, IngestResult export)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(export);
        if (claims.IsPartitioned || export.IsPartitioned)
            throw new ArgumentException("minutes are joined onto batches read whole; this batch was partitioned (read it with IngestLimits that do not partition)");

        var byVisit = new Dictionary<string, Visit>(StringComparer.Ordinal);
        foreach (var v in export.Visits) byVisit.TryAdd(v.VisitId, v);

        var notes = export.NoteColumn && !claims.NoteColumn;
        int claimLines = 0, joined = 0, visitsJoined = 0;
        var visits = new List<Visit>(claims.Visits.Count);
        foreach (var claim in claims.Visits)
        {
            var unknown = claim.Lines.Count(l => l.MinutesUnknown);
            claimLines += unknown;
            if (!byVisit.TryGetValue(claim.VisitId, out var emr))
            {
                visits.Add(notes ? Copy(claim, claim.Lines, noteUnknown: true) : claim);
                continue;
            }
            visitsJoined++;
            var lines = JoinLines(claim.Lines, emr.Lines);
            joined += unknown - lines.Count(l => l.MinutesUnknown);
            var visit = Copy(claim, lines, noteUnknown: false);
            if (!claim.Note.HasText && !claims.NoteColumn) visit.Note = emr.Note;
            visit.Episode ??= emr.Episode;
            visit.Authorization = JoinAuthorization(claim.Authorization, emr.Authorization);
            visit.YtdTherapyAmounts ??= emr.YtdTherapyAmounts;
            if (visit.DiagnosisCodes.Count == 0) visit.DiagnosisCodes.AddRange(emr.DiagnosisCodes);
            visits.Add(visit);
        }

        var batch = new IngestResult
        {
            FileError = claims.FileError,
            BatchId = claims.BatchId,
            NoteColumn = claims.NoteColumn || export.NoteColumn,
            Visits = visits,
            RejectedRows = claims.RejectedRows,
        };
        return new MinutesJoinResult(batch, claimLines, joined, visitsJoined);
    }

    /// <summary>
    /// Joins the minutes the visit ledger stored for the same visit ids (an EMR export uploaded
    /// earlier, PRODUCT.md section 12) onto a claim file's lines without minutes, as <see cref="Apply"/>
    /// joins a given export: the stored lines are read as that export's, matched to the claim visit's
    /// own patient. Returns <paramref name="claims"/> itself when none of its lines lacks minutes, it
    /// is partitioned, or the history holds no minutes of its visits.
    /// </summary>
    public static IngestResult ApplyStored(IngestResult claims, BatchHistory history)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(history);
        if (claims.IsPartitioned || history.Visits.Count == 0) return claims;
        var export = new List<Visit>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Each patient's stored visits with minutes, by visit id, built once: a patient's many visits stay linear.
        var byPatient = new Dictionary<string, Dictionary<string, EpisodeVisit>>(StringComparer.Ordinal);
        foreach (var claim in claims.Visits)
        {
            if (!claim.Lines.Exists(l => l.MinutesUnknown) || !taken.Add(claim.VisitId)) continue;
            if (!byPatient.TryGetValue(claim.PatientId, out var stored))
            {
                stored = new Dictionary<string, EpisodeVisit>(StringComparer.Ordinal);
                // The ledger is keyed by visit id; should the list hold one twice, its last entry is the one kept.
                foreach (var s in history.Visits.GetValueOrDefault(claim.PatientId) ?? [])
                    if (s.Lines is { Count: > 0 }) stored[s.VisitId] = s;
                byPatient[claim.PatientId] = stored;
            }
            if (!stored.TryGetValue(claim.VisitId, out var match) || match.Lines is not { } lines) continue;
            var visit = new Visit { VisitId = match.VisitId, PatientId = claim.PatientId, PayerId = match.PayerId, DateOfService = match.DateOfService };
            visit.Lines.AddRange(lines.Select(l => l.ToLine()));
            export.Add(visit);
        }
        if (export.Count == 0) return claims;
        return Apply(claims, new IngestResult { Visits = export, RejectedRows = [] }).Batch;
    }

    /// <summary>
    /// An 837P's REF*G1 gives the authorisation number only: the export's dates and visit count for the
    /// same number fill it in. A claim naming another number than the export keeps its own, as it goes out.
    /// </summary>
    private static Episodes.VisitAuthorization? JoinAuthorization(Episodes.VisitAuthorization? claim, Episodes.VisitAuthorization? emr)
    {
        if (claim is null) return emr;
        if (emr is null || !string.Equals(claim.Number, emr.Number, StringComparison.OrdinalIgnoreCase)) return claim;
        return claim with { Start = claim.Start ?? emr.Start, End = claim.End ?? emr.End, Visits = claim.Visits ?? emr.Visits };
    }

    private static Visit Copy(Visit v, IEnumerable<ServiceLine> lines, bool noteUnknown)
    {
        var copy = new Visit
        {
            VisitId = v.VisitId, PatientId = v.PatientId, PayerId = v.PayerId, DateOfService = v.DateOfService, FirstRow = v.FirstRow,
            YtdTherapyAmounts = v.YtdTherapyAmounts, Note = v.Note, Episode = v.Episode, Authorization = v.Authorization,
            NoteUnknown = noteUnknown || v.NoteUnknown,
        };
        copy.Lines.AddRange(lines);
        copy.DiagnosisCodes.AddRange(v.DiagnosisCodes);
        return copy;
    }

    private static List<ServiceLine> JoinLines(List<ServiceLine> claimLines, List<ServiceLine> emrLines)
    {
        var result = new List<ServiceLine>(claimLines);
        // The export's lines with minutes, by code; the claim lines waiting for them, by code.
        var emrByCode = emrLines.Where(l => !l.MinutesUnknown).GroupBy(l => l.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var codeGroup in Enumerable.Range(0, claimLines.Count).Where(i => claimLines[i].MinutesUnknown)
                     .GroupBy(i => claimLines[i].Code, StringComparer.Ordinal))
        {
            if (!emrByCode.TryGetValue(codeGroup.Key, out var emr)) continue;
            // Discipline decides only when the export bills the code in more than one.
            var byDiscipline = emr.Select(l => l.Role.DisciplineModifier()).Distinct(StringComparer.Ordinal).Count() > 1;
            foreach (var key in codeGroup.GroupBy(i => byDiscipline ? claimLines[i].Role.DisciplineModifier() : "", StringComparer.Ordinal))
            {
                var rows = byDiscipline ? emr.Where(l => l.Role.DisciplineModifier() == key.Key).ToList() : emr;
                if (rows.Count == 0) continue;
                var targets = key.ToList();
                if (targets.Count == rows.Count)
                {
                    for (var k = 0; k < targets.Count; k++) result[targets[k]] = WithMinutes(claimLines[targets[k]], [rows[k]]);
                    continue;
                }
                result[targets[0]] = WithMinutes(claimLines[targets[0]], rows);
                // The first line took the whole time: the others add no minutes of their own (they are known, and zero).
                for (var k = 1; k < targets.Count; k++) result[targets[k]] = claimLines[targets[k]] with { MinutesUnknown = false };
            }
        }
        return result;
    }

    private static ServiceLine WithMinutes(ServiceLine claim, IReadOnlyList<ServiceLine> rows)
    {
        int minutes = 0, divided = 0, assistant = 0;
        bool? oneOnOne = true;
        foreach (var r in rows)
        {
            minutes += r.Minutes;
            divided += r.DividedAttentionMinutes;
            // An assistant's own export row is all assistant time when the claim names the supervising therapist.
            assistant += r.Role.IsAssistant() && !claim.Role.IsAssistant() ? r.Minutes : r.AssistantMinutes;
            oneOnOne = (oneOnOne, r.OneOnOne) switch
            {
                (false, _) or (_, false) => false,
                (true, true) => true,
                _ => null,
            };
        }
        return claim with
        {
            Minutes = minutes,
            DividedAttentionMinutes = divided,
            AssistantMinutes = claim.AssistantMinutes > 0 ? claim.AssistantMinutes : assistant,
            OneOnOne = claim.OneOnOne ?? oneOnOne,
            MinutesUnknown = false,
        };
    }
}
