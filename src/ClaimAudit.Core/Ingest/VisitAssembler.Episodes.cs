using System.Globalization;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// The episode columns of one input row or JSON visit (PRODUCT.md section 10), parsed; null = blank
/// (not given). Relations between them (an end before its start, a window without its number) are
/// judged on the whole visit, in <see cref="VisitAssembler.Finish"/>, since a visit's rows may
/// split them.
/// </summary>
internal readonly record struct EpisodeInput(
    DateOnly? StartOfCare, DateOnly? PocStart, DateOnly? PocEnd, DateOnly? PocCertifiedDate, bool? ProgressReport,
    string? AuthNumber, DateOnly? AuthStart, DateOnly? AuthEnd, int? AuthVisits)
{
    public bool IsEmpty => this == default;
}

/// <summary>What a visit's rows said of its episode so far, and which fields they disagreed on.</summary>
internal sealed class EpisodeDraft
{
    public EpisodeInput Values;
    /// <summary>Bit (column - <see cref="Column.StartOfCare"/>) set: two rows gave different values.</summary>
    public int Differs;
}

internal sealed partial class VisitAssembler
{
    /// <summary>An authorisation number longer than this is refused: it is a key of stored authorisations.</summary>
    public const int MaxAuthNumberLength = 64;
    /// <summary>Section 10: visits authorised, 0..1000 (more is a typo, not an authorisation).</summary>
    public const int MaxAuthVisits = 1000;

    private const string DateFormatsHint = "(use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)";

    /// <summary>
    /// The episode columns of a row (section 10): dates as <c>date_of_service</c> is written, the
    /// progress report as Y/N, the authorisation's visits 0..1000. Every bad value adds its reason.
    /// The authorisation number is never quoted in a message (it identifies a patient's case).
    /// </summary>
    public EpisodeInput ParseEpisode(RowCells cells, List<string> errors)
    {
        var startOfCare = ParseDate(cells, Column.StartOfCare, errors);
        var pocStart = ParseDate(cells, Column.PocStart, errors);
        var pocEnd = ParseDate(cells, Column.PocEnd, errors);
        var certified = ParseDate(cells, Column.PocCertifiedDate, errors);

        bool? progress = null;
        var progressText = cells[Column.ProgressReport];
        if (!progressText.IsEmpty)
        {
            progress = FieldSyntax.ParseYesNo(progressText);
            if (progress is null) errors.Add($"{Name(Column.ProgressReport)} {Quote(progressText)} is not Y/N");
        }

        string? number = null;
        var numberText = cells[Column.AuthNumber];
        if (numberText.Length > MaxAuthNumberLength) errors.Add($"{Name(Column.AuthNumber)} is longer than {MaxAuthNumberLength} characters");
        else if (!numberText.IsEmpty) number = _pool.Get(numberText);

        var authStart = ParseDate(cells, Column.AuthStart, errors);
        var authEnd = ParseDate(cells, Column.AuthEnd, errors);

        int? visits = null;
        var visitsText = cells[Column.AuthVisits];
        if (!visitsText.IsEmpty)
        {
            if (FieldSyntax.TryParseCount(visitsText, MaxAuthVisits, out var count)) visits = count;
            else errors.Add($"{Name(Column.AuthVisits)} must be an integer 0..{MaxAuthVisits} (got {Quote(visitsText)})");
        }
        return new EpisodeInput(startOfCare, pocStart, pocEnd, certified, progress, number, authStart, authEnd, visits);
    }

    private DateOnly? ParseDate(RowCells cells, Column column, List<string> errors)
    {
        var text = cells[column];
        if (text.IsEmpty) return null;
        if (FieldSyntax.TryParseDate(text, out var date)) return date;
        errors.Add($"{Name(column)} {Quote(text)} is not a date {DateFormatsHint}");
        return null;
    }

    // Like the patient, date and payer: the first value a visit's rows give stands, a blank agrees
    // with anything, and a different value marks the field (the visit is rejected in Finish).
    private static void AcceptEpisode(VisitDraft draft, in EpisodeInput row)
    {
        var episode = draft.Episode ??= new EpisodeDraft();
        var v = episode.Values;
        episode.Values = new EpisodeInput(
            Merge(v.StartOfCare, row.StartOfCare, Column.StartOfCare, episode),
            Merge(v.PocStart, row.PocStart, Column.PocStart, episode),
            Merge(v.PocEnd, row.PocEnd, Column.PocEnd, episode),
            Merge(v.PocCertifiedDate, row.PocCertifiedDate, Column.PocCertifiedDate, episode),
            Merge(v.ProgressReport, row.ProgressReport, Column.ProgressReport, episode),
            v.AuthNumber is null ? row.AuthNumber : Differ(!string.Equals(v.AuthNumber, row.AuthNumber ?? v.AuthNumber, StringComparison.Ordinal), Column.AuthNumber, episode, v.AuthNumber),
            Merge(v.AuthStart, row.AuthStart, Column.AuthStart, episode),
            Merge(v.AuthEnd, row.AuthEnd, Column.AuthEnd, episode),
            Merge(v.AuthVisits, row.AuthVisits, Column.AuthVisits, episode));
    }

    private static T? Merge<T>(T? kept, T? given, Column column, EpisodeDraft episode) where T : struct, IEquatable<T> =>
        kept is not { } k ? given : Differ(given is { } g && !g.Equals(k), column, episode, kept);

    private static T Differ<T>(bool differs, Column column, EpisodeDraft episode, T kept)
    {
        if (differs) episode.Differs |= 1 << (column - Column.StartOfCare);
        return kept;
    }

    /// <summary>
    /// Judges the visit's episode as its rows gave it together — disagreements, an end before its
    /// start, a plan's dates without its start, an authorisation's without its number — and sets
    /// <see cref="Visit.Episode"/> and <see cref="Visit.Authorization"/> (cleared again by the caller
    /// when the visit is rejected).
    /// </summary>
    private void FinishEpisode(Visit visit, EpisodeDraft episode, string conflict, List<string> reasons)
    {
        for (var c = Column.StartOfCare; c <= Column.AuthVisits; c++)
            if ((episode.Differs & (1 << (c - Column.StartOfCare))) != 0)
                reasons.Add(string.Format(CultureInfo.InvariantCulture, conflict, Name(c)));
        var e = episode.Values;

        if (e.PocStart is { } pocStart && e.PocEnd is { } pocEnd && pocEnd < pocStart)
            reasons.Add($"{Name(Column.PocEnd)} {Iso(pocEnd)} is before {Name(Column.PocStart)} {Iso(pocStart)}");
        if (e.PocStart is null)
        {
            var orphans = Given((Column.PocEnd, e.PocEnd is not null), (Column.PocCertifiedDate, e.PocCertifiedDate is not null));
            if (orphans.Count > 0)
                reasons.Add($"{string.Join(", ", orphans)} {(orphans.Count == 1 ? "is" : "are")} given without {Name(Column.PocStart)} (a plan of care is identified by its start date)");
        }
        if (e.AuthStart is { } authStart && e.AuthEnd is { } authEnd && authEnd < authStart)
            reasons.Add($"{Name(Column.AuthEnd)} {Iso(authEnd)} is before {Name(Column.AuthStart)} {Iso(authStart)}");
        if (e.AuthNumber is null)
        {
            var orphans = Given((Column.AuthStart, e.AuthStart is not null), (Column.AuthEnd, e.AuthEnd is not null), (Column.AuthVisits, e.AuthVisits is not null));
            if (orphans.Count > 0)
                reasons.Add($"{string.Join(", ", orphans)} {(orphans.Count == 1 ? "is" : "are")} given without {Name(Column.AuthNumber)} (an authorisation is identified by its number)");
        }

        if (e.StartOfCare is not null || e.PocStart is not null || e.PocEnd is not null || e.PocCertifiedDate is not null || e.ProgressReport is not null)
            visit.Episode = new VisitEpisode
            {
                StartOfCare = e.StartOfCare,
                PocStart = e.PocStart,
                PocEnd = e.PocEnd,
                PocCertifiedDate = e.PocCertifiedDate,
                ProgressReport = e.ProgressReport ?? false,
            };
        if (e.AuthNumber is { } number) visit.Authorization = new VisitAuthorization(number, e.AuthStart, e.AuthEnd, e.AuthVisits);
    }

    private List<string> Given(params ReadOnlySpan<(Column Column, bool Given)> fields)
    {
        var names = new List<string>();
        foreach (var (column, given) in fields)
            if (given) names.Add(Name(column));
        return names;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
