using System.Buffers;
using System.Globalization;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Year-to-date therapy amounts given on one input row or JSON visit: the single amount (its
/// lines' KX group) and, from JSON <c>ytdTherapyAmounts</c>, each group's.
/// </summary>
internal readonly record struct YtdInput(decimal? Single, decimal? PtSlp = null, decimal? Ot = null);

/// <summary>
/// Validates input rows field by field and groups the good ones into visits; every row ends either
/// as a <see cref="ServiceLine"/> of a visit or as a rejected row with every reason (PRODUCT.md
/// section 2, "Bad input"). Shared by the CSV and JSON readers; only the field names and the word
/// for "row" differ. Error messages quote the offending value (clipped) but never a patient id or
/// note text. How each field may be written is <see cref="FieldSyntax"/>'s.
/// </summary>
internal sealed partial class VisitAssembler
{
    public const int MaxBilledUnits = 99;
    public const int MaxProviderLength = 100;
    /// <summary>
    /// The longest note (in characters) a row or JSON visit may carry; also the longest any JSON
    /// string may be. A treatment note is a few thousand characters; the bound keeps one pasted
    /// file or corrupt export from taking gigabytes of memory.
    /// </summary>
    public const int MaxNoteLength = 1_000_000;
    private const int MaxQuotedLength = 40;
    private const int MaxRowsListed = 20;

    private readonly Func<string, PayerProfile?> _findPayer;
    private readonly INoteAnalyzer _noteAnalyzer;
    private readonly string[] _names;
    private readonly bool _json;
    private readonly StringPool _pool = new();
    private readonly PayerMap _payerMap;
    private readonly IReadOnlyCollection<string> _knownPayerIds;
    // By the payer text as written: the profile it names (directly or through the payer map), or why not.
    private readonly Dictionary<string, (string Id, PayerProfile? Profile, string? Error)> _payers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, PayerProfile? Profile, string? Error)>.AlternateLookup<ReadOnlySpan<char>> _payerLookup;
    private readonly Dictionary<string, string[]> _modifierLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _modifierLookup;
    private readonly Dictionary<string, VisitDraft> _visits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VisitDraft>.AlternateLookup<ReadOnlySpan<char>> _visitLookup;
    private readonly List<VisitDraft> _visitOrder = [];
    private readonly List<RejectedRow> _rejected = [];
    private readonly Dictionary<string, List<int>> _rejectedRowsByVisit = new(StringComparer.Ordinal);

    private sealed class VisitDraft(Visit visit)
    {
        public Visit Visit { get; } = visit;
        public bool PatientDiffers, DateDiffers, PayerDiffers;
        /// <summary>KX groups whose rows give different year-to-date amounts.</summary>
        public SortedSet<string>? YtdDiffers;
        /// <summary>A single JSON ytdTherapyAmount on a visit with lines of both KX groups.</summary>
        public bool YtdAmbiguous;
        /// <summary>The episode columns its rows gave (section 10); null while none did, so a batch without them costs nothing.</summary>
        public EpisodeDraft? Episode;
    }

    // EMR exports repeat the visit's note on each of its lines: a note equal to the one just
    // analysed for the same visit is not analysed again (its features are reused). Only this one
    // note's characters are held, in a pooled buffer reused from note to note (no string per row),
    // and only until the next note arrives; the buffer is wiped before it goes back to the pool.
    private VisitDraft? _lastNoteVisit;
    private char[]? _lastNote;
    private int _lastNoteLength;
    private NoteFeatures? _lastFeatures;
    private string? _lastDiscipline;

    /// <summary>Notes this long or longer are remembered by digest, so a copy on a later visit is not analysed again.</summary>
    internal const int LongNoteLength = 16 * 1024;

    /// <summary>At most this many long notes are remembered (a batch of distinct long notes must not grow it without end).</summary>
    private const int MaxLongNotes = 256;

    // Copy-forward pastes the same long note into visit after visit, and analysis is linear in the
    // text (about 15 million characters a second): a long note's features are kept by the SHA-256 of
    // its characters (never the text), so each distinct long note of the batch is analysed once.
    private readonly Dictionary<UInt128, NoteFeatures> _longNotes = [];

    /// <param name="findPayer">A profile by lower-cased id; null when there is none.</param>
    /// <param name="knownPayerIds">The profile ids, for the names an unknown payer is closest to.</param>
    /// <param name="payerMap">The clinic's payer names (section 13); a payer that is not a profile id is looked up in it.</param>
    /// <param name="names">The name each field goes by in messages; the section 2 names when null.</param>
    public VisitAssembler(Func<string, PayerProfile?> findPayer, INoteAnalyzer noteAnalyzer, bool json,
        PayerMap? payerMap = null, IReadOnlyCollection<string>? knownPayerIds = null, string[]? names = null)
    {
        _findPayer = findPayer;
        _noteAnalyzer = noteAnalyzer;
        _json = json;
        _payerMap = payerMap ?? PayerMap.Empty;
        _knownPayerIds = knownPayerIds ?? [];
        _names = names ?? (json ? Columns.JsonNames : Columns.CsvNames);
        _modifierLookup = _modifierLists.GetAlternateLookup<ReadOnlySpan<char>>();
        _visitLookup = _visits.GetAlternateLookup<ReadOnlySpan<char>>();
        _payerLookup = _payers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private string Name(Column column) => _names[(int)column];

    /// <summary>The fields that identify a visit; null where missing or invalid (with the reason in the error list).</summary>
    internal readonly record struct VisitKey(string? VisitId, string? PatientId, DateOnly? Date, string? PayerId, PayerProfile? Profile)
    {
        public bool IsComplete => VisitId is not null && PatientId is not null && Date is not null && PayerId is not null && Profile is not null;
    }

    public VisitKey ParseVisitKey(RowCells cells, List<string> errors)
    {
        string? visitId = null, patientId = null, payerId = null;
        DateOnly? date = null;
        PayerProfile? profile = null;

        var visitText = cells[Column.VisitId];
        VisitDraft? draft = null;
        if (visitText.IsEmpty) errors.Add($"missing {Name(Column.VisitId)}");
        else visitId = _visitLookup.TryGetValue(visitText, out draft) ? draft.Visit.VisitId : new string(visitText);

        var patientText = cells[Column.PatientId];
        if (patientText.IsEmpty) errors.Add($"missing {Name(Column.PatientId)}");
        else patientId = draft is not null && patientText.SequenceEqual(draft.Visit.PatientId) ? draft.Visit.PatientId : new string(patientText);

        var dateText = cells[Column.DateOfService];
        if (dateText.IsEmpty) errors.Add($"missing {Name(Column.DateOfService)}");
        else if (FieldSyntax.TryParseDate(dateText, out var parsed)) date = parsed;
        else errors.Add($"{Name(Column.DateOfService)} {Quote(dateText)} is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)");

        var payerText = cells[Column.PayerId];
        if (payerText.IsEmpty) errors.Add($"missing {Name(Column.PayerId)}");
        else
        {
            string? error;
            (payerId, profile, error) = FindPayer(payerText);
            if (error is not null) errors.Add(error);
        }
        return new VisitKey(visitId, patientId, date, payerId, profile);
    }

    /// <summary>
    /// Section 13: the payer is a profile id (any case) or a name in the clinic's payer map; the
    /// visit then carries the profile id, so "Medicare Part B" and "NORIDIAN JF" are one payer.
    /// </summary>
    private (string Id, PayerProfile? Profile, string? Error) FindPayer(ReadOnlySpan<char> text)
    {
        if (_payerLookup.TryGetValue(text, out var found)) return found;
        var id = _pool.GetLower(text);
        var profile = _findPayer(id);
        if (profile is null && _payerMap.Resolve(text) is { } mapped && _findPayer(mapped) is { } viaMap)
            (id, profile) = (_pool.Get(mapped), viaMap);
        string? error = null;
        if (profile is null)
        {
            var closest = _payerMap.Closest(text, _knownPayerIds);
            error = $"unknown payer {Quote(text)}" +
                    (closest.Count == 0 ? "" : $" (closest known: {string.Join(", ", closest.Select(c => Quote(c)))}; add it to the payer map)");
        }
        found = (id, profile, error);
        if (_payers.Count < 10_000) _payers[new string(text)] = found;
        return found;
    }

    /// <summary>Section 2: a year-to-date amount is 0..1,000,000 dollars (<see cref="Money.MaxAmount"/>).</summary>
    public const decimal MaxYtdAmount = Money.MaxAmount;

    /// <summary>Diagnosis codes (';'-separated, upper-cased, kept as given) and the year-to-date amount; a note over <see cref="MaxNoteLength"/> is an error.</summary>
    public decimal? ParseVisitExtras(RowCells cells, List<string> errors, List<string> diagnosisCodes)
    {
        var dxText = cells[Column.DiagnosisCodes];
        foreach (var range in dxText.SplitAny(';', ','))
        {
            var code = dxText[range].Trim();
            if (!code.IsEmpty) diagnosisCodes.Add(_pool.GetUpper(code));
        }

        var note = cells[Column.Note];
        if (note.Length > MaxNoteLength)
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Name(Column.Note)} is longer than {MaxNoteLength:N0} characters (it has {note.Length:N0})"));

        var ytdText = cells[Column.YtdTherapyAmount];
        if (ytdText.IsEmpty) return null;
        return ParseYtd(ytdText, Name(Column.YtdTherapyAmount), errors);
    }

    /// <summary>
    /// A year-to-date therapy amount: dollars 0..1,000,000 (e.g. 1210.50), kept in cents as a fee
    /// schedule rounds; else an error naming the field and the bound. The bound keeps the KX sums
    /// far from decimal's range (see <see cref="Money"/>).
    /// </summary>
    public static decimal? ParseYtd(ReadOnlySpan<char> text, string field, List<string> errors)
    {
        if (FieldSyntax.TryParseDollars(text, out var ytd) && Money.Cents(ytd) is var cents && cents <= MaxYtdAmount) return cents;
        errors.Add($"{field} {Quote(text)} is not a dollar amount from 0 to 1,000,000 (e.g. 1210.50)");
        return null;
    }

    /// <summary>One service line; null when any field is invalid (every reason is added, prefixed by <paramref name="prefix"/>).</summary>
    public ServiceLine? ParseLine(RowCells cells, VisitKey key, int row, List<string> errors, string prefix = "")
    {
        var before = errors.Count;

        string? code = null;
        var codeText = cells[Column.CptCode];
        if (codeText.IsEmpty) errors.Add($"{prefix}missing {Name(Column.CptCode)}");
        else if (!ProcedureCode.IsWellFormed(codeText)) errors.Add($"{prefix}{Name(Column.CptCode)} {Quote(codeText)} is not a 5-character CPT/HCPCS code");
        else code = _pool.GetUpper(codeText);

        var minutes = 0;
        var minutesText = cells[Column.Minutes];
        var minutesValid = true;
        if (minutesText.IsEmpty)
        {
            var timed = code is not null && (key.Profile?.IsTimed(code) ?? PayerProfile.DefaultTimedCodes.Contains(code));
            if (timed) { errors.Add($"{prefix}missing {Name(Column.Minutes)} (required for timed code {code})"); minutesValid = false; }
        }
        else if (!FieldSyntax.TryParseMinutes(minutesText, out minutes))
        {
            errors.Add($"{prefix}{Name(Column.Minutes)} must be an integer 0..{ServiceLine.MaxMinutes} (got {Quote(minutesText)})");
            minutesValid = false;
        }

        var divided = ParseMinutesPart(cells, Column.DividedAttentionMinutes, minutes, minutesValid, errors, prefix);
        var assistant = ParseMinutesPart(cells, Column.AssistantMinutes, minutes, minutesValid, errors, prefix);

        bool? oneOnOne = null;
        var oneText = cells[Column.OneOnOne];
        if (!oneText.IsEmpty)
        {
            oneOnOne = FieldSyntax.ParseYesNo(oneText);
            if (oneOnOne is null) errors.Add($"{prefix}{Name(Column.OneOnOne)} {Quote(oneText)} is not Y/N");
        }

        var role = ProviderRole.PT;
        var roleText = cells[Column.ProviderRole];
        if (!roleText.IsEmpty && !FieldSyntax.TryParseRole(roleText, out role))
            errors.Add($"{prefix}{Name(Column.ProviderRole)} {Quote(roleText)} is not a discipline or credential we know (PT, PTA, OT, OTA, SLP; DPT, MPT, LPTA, OTR, OTR/L, COTA, CCC-SLP)");

        string? provider = null;
        var providerText = cells[Column.Provider];
        if (providerText.Length > MaxProviderLength)
            errors.Add($"{prefix}{Name(Column.Provider)} is longer than {MaxProviderLength} characters");
        else if (!providerText.IsEmpty) provider = _pool.Get(providerText);

        int? billedUnits = null;
        var unitsText = cells[Column.BilledUnits];
        if (!unitsText.IsEmpty)
        {
            if (FieldSyntax.TryParseCount(unitsText, MaxBilledUnits, out var units)) billedUnits = units;
            else errors.Add($"{prefix}{Name(Column.BilledUnits)} must be an integer 0..{MaxBilledUnits} (got {Quote(unitsText)})");
        }

        var modifiers = ParseModifiers(cells[Column.BilledModifiers], errors, prefix);

        if (errors.Count > before || code is null) return null;
        return new ServiceLine
        {
            Code = code,
            Minutes = minutes,
            OneOnOne = oneOnOne,
            DividedAttentionMinutes = divided,
            Role = role,
            AssistantMinutes = assistant,
            BilledUnits = billedUnits,
            BilledModifiers = modifiers,
            Provider = provider,
            Row = row,
        };
    }

    // divided_attention_minutes and assistant_minutes: part of the line's minutes, never more.
    private int ParseMinutesPart(RowCells cells, Column column, int minutes, bool minutesValid, List<string> errors, string prefix)
    {
        var text = cells[column];
        if (text.IsEmpty) return 0;
        if (!FieldSyntax.TryParseMinutes(text, out var value))
        {
            errors.Add($"{prefix}{Name(column)} must be an integer 0..{ServiceLine.MaxMinutes} (got {Quote(text)})");
            return 0;
        }
        if (minutesValid && value > minutes)
            errors.Add($"{prefix}{Name(column)} {value} exceeds {Name(Column.Minutes)} {minutes}");
        return value;
    }

    private string[] ParseModifiers(ReadOnlySpan<char> text, List<string> errors, string prefix)
    {
        if (text.IsEmpty) return [];
        Span<char> upper = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToUpperInvariant(upper);
        if (_modifierLookup.TryGetValue(upper, out var cached)) return cached;

        var list = new List<string>(2);
        var valid = true;
        foreach (var range in ((ReadOnlySpan<char>)upper).SplitAny(';', ',', ' ', '\t'))
        {
            var modifier = ((ReadOnlySpan<char>)upper)[range];
            if (modifier.IsEmpty) continue;
            if (modifier.Length != 2 || !char.IsAsciiLetterOrDigit(modifier[0]) || !char.IsAsciiLetterOrDigit(modifier[1]))
            {
                errors.Add($"{prefix}{Name(Column.BilledModifiers)} {Quote(modifier)} is not a 2-character modifier (separate modifiers with ';', ',' or spaces)");
                valid = false;
            }
            else if (!list.Contains(modifier.ToString())) list.Add(_pool.Get(modifier));
        }
        if (!valid) return [];
        var result = list.ToArray();
        if (_modifierLists.Count < 10_000) _modifierLookup[upper] = result;
        return result;
    }

    /// <summary>
    /// Adds valid lines to their visit (created on its first row). Rows of one visit that disagree
    /// on patient, date, payer or an episode value (section 10) are noted here and the whole visit
    /// is rejected in <see cref="Finish"/>.
    /// </summary>
    public void Accept(VisitKey key, int row, ReadOnlySpan<ServiceLine> lines, List<string> diagnosisCodes, YtdInput ytd, ReadOnlySpan<char> note, in EpisodeInput episode = default)
    {
        if (!key.IsComplete) throw new InvalidOperationException("only a complete visit key can be accepted");
        if (!_visits.TryGetValue(key.VisitId!, out var draft))
        {
            draft = new VisitDraft(new Visit
            {
                VisitId = key.VisitId!,
                PatientId = key.PatientId!,
                DateOfService = key.Date!.Value,
                PayerId = key.PayerId!,
                FirstRow = row,
            });
            _visits[key.VisitId!] = draft;
            _visitOrder.Add(draft);
        }
        else
        {
            var visit = draft.Visit;
            if (!string.Equals(visit.PatientId, key.PatientId, StringComparison.Ordinal)) draft.PatientDiffers = true;
            if (visit.DateOfService != key.Date) draft.DateDiffers = true;
            if (!string.Equals(visit.PayerId, key.PayerId, StringComparison.Ordinal)) draft.PayerDiffers = true;
        }

        foreach (var line in lines) draft.Visit.Lines.Add(line);
        foreach (var dx in diagnosisCodes)
            if (!draft.Visit.DiagnosisCodes.Contains(dx)) draft.Visit.DiagnosisCodes.Add(dx);
        AcceptYtd(draft, lines, ytd);
        if (!episode.IsEmpty) AcceptEpisode(draft, episode);

        if (note.IsEmpty) return;
        // A CSV row's note speaks for its row's discipline: the minutes it states are that
        // discipline's (a PT 97530 line and an OT 97530 line are compared with their own rows'
        // notes). A JSON visit's note is the visit's and stays untagged.
        string? discipline = _json || lines.IsEmpty ? null : lines[0].Role.DisciplineModifier();
        var repeated = ReferenceEquals(_lastNoteVisit, draft) && note.SequenceEqual(_lastNote.AsSpan(0, _lastNoteLength));
        if (repeated && discipline == _lastDiscipline) return;
        NoteFeatures features;
        if (repeated) features = _lastFeatures!;
        else
        {
            features = AnalyzeNote(note);
            RememberNote(note);
            _lastNoteVisit = draft;
            _lastFeatures = features;
        }
        _lastDiscipline = discipline;
        draft.Visit.Note = draft.Visit.Note.Merge(discipline is null ? features : features.WithDiscipline(discipline));
    }

    private NoteFeatures AnalyzeNote(ReadOnlySpan<char> note)
    {
        if (note.Length < LongNoteLength) return _noteAnalyzer.Analyze(note);
        Span<byte> digest = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
        System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(note), digest);
        // 128 of the 256 bits: two different notes meeting by chance is not a risk worth a byte.
        var key = System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
        if (_longNotes.TryGetValue(key, out var known)) return known;
        var features = _noteAnalyzer.Analyze(note);
        if (_longNotes.Count < MaxLongNotes) _longNotes[key] = features;
        return features;
    }

    private void RememberNote(ReadOnlySpan<char> note)
    {
        if (_lastNote is null || _lastNote.Length < note.Length)
        {
            ForgetNote();
            _lastNote = ArrayPool<char>.Shared.Rent(Math.Max(note.Length, 1024));
        }
        else if (_lastNoteLength > note.Length)
        {
            // The longer note before this one is PHI too: its tail must not linger past it.
            _lastNote.AsSpan(note.Length, _lastNoteLength - note.Length).Clear();
        }
        note.CopyTo(_lastNote);
        _lastNoteLength = note.Length;
    }

    private void ForgetNote()
    {
        if (_lastNote is not null)
        {
            _lastNote.AsSpan(0, _lastNoteLength).Clear();
            ArrayPool<char>.Shared.Return(_lastNote);
        }
        _lastNote = null;
        _lastNoteLength = 0;
    }

    // The amount belongs to the KX group of its row's discipline (PT+SLP, or OT); a JSON visit may
    // give both groups, or one amount that means the group of its lines when they have one group.
    private static void AcceptYtd(VisitDraft draft, ReadOnlySpan<ServiceLine> lines, YtdInput ytd)
    {
        if (ytd.PtSlp is { } ptSlp) SetYtd(draft, ProviderRoles.PtSlpGroup, ptSlp);
        if (ytd.Ot is { } ot) SetYtd(draft, ProviderRoles.OtGroup, ot);
        // The per-group amounts say more than the single one: when both are given, they win.
        if (ytd.Single is not { } single || ytd.PtSlp is not null || ytd.Ot is not null) return;
        string? group = null;
        foreach (var line in lines)
        {
            var g = line.Role.KxGroup();
            if (group is not null && group != g) { draft.YtdAmbiguous = true; return; }
            group = g;
        }
        if (group is not null) SetYtd(draft, group, single);
    }

    private static void SetYtd(VisitDraft draft, string group, decimal amount)
    {
        var amounts = draft.Visit.YtdTherapyAmounts ??= new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (!amounts.TryGetValue(group, out var earlier)) amounts[group] = amount;
        else if (earlier != amount) (draft.YtdDiffers ??= new SortedSet<string>(StringComparer.Ordinal)).Add(group);
    }

    /// <summary>Rejects one input row (or JSON visit) with its reasons; its visit, if named, is not audited either.</summary>
    public void Reject(int row, List<string> errors, string? visitId)
    {
        _rejected.Add(new RejectedRow(row, errors.ToArray()) { VisitId = visitId });
        if (visitId is null) return;
        if (!_rejectedRowsByVisit.TryGetValue(visitId, out var rows)) _rejectedRowsByVisit[visitId] = rows = [];
        rows.Add(row);
    }

    /// <summary>
    /// The visits in order of their first row, and every rejected row in row order. A visit is
    /// rejected whole when its rows disagree on patient, date, payer or an episode value, when its
    /// episode values contradict each other, or when one of its rows was
    /// rejected: auditing part of a visit would compute units from part of its minutes.
    /// </summary>
    public (List<Visit> Visits, List<RejectedRow> Rejected) Finish()
    {
        ForgetNote();
        _lastNoteVisit = null;
        _lastFeatures = null;
        _lastDiscipline = null;
        var visits = new List<Visit>(_visitOrder.Count);
        var rowWord = _json ? "visits" : "rows";
        foreach (var draft in _visitOrder)
        {
            var visit = draft.Visit;
            var reasons = new List<string>();
            var rows = visit.Lines.Select(l => l.Row).Distinct().Order().ToList();
            var conflict = _json
                ? $"visit {visit.VisitId} is listed more than once with different {{0}} ({rowWord} {RowList(rows)})"
                : $"visit {visit.VisitId} has rows with different {{0}} ({rowWord} {RowList(rows)})";
            if (draft.PatientDiffers) reasons.Add(string.Format(CultureInfo.InvariantCulture, conflict, Name(Column.PatientId)));
            if (draft.DateDiffers) reasons.Add(string.Format(CultureInfo.InvariantCulture, conflict, Name(Column.DateOfService)));
            if (draft.PayerDiffers) reasons.Add(string.Format(CultureInfo.InvariantCulture, conflict, Name(Column.PayerId)));
            foreach (var group in draft.YtdDiffers ?? [])
                reasons.Add(string.Format(CultureInfo.InvariantCulture, conflict, $"{Name(Column.YtdTherapyAmount)} for {GroupLabel(group)}"));
            if (draft.YtdAmbiguous)
                reasons.Add($"visit {visit.VisitId} has PT/SLP and OT lines but one {Name(Column.YtdTherapyAmount)}; give each group its own amount (ytdTherapyAmounts: {{\"PT_SLP\": …, \"OT\": …}})");
            if (draft.Episode is { } episode) FinishEpisode(visit, episode, conflict, reasons);
            if (_rejectedRowsByVisit.TryGetValue(visit.VisitId, out var bad))
            {
                var word = _json ? (bad.Count == 1 ? "visit" : "visits") : (bad.Count == 1 ? "row" : "rows");
                reasons.Add($"visit {visit.VisitId} is not audited because {word} {RowList(bad)} {(bad.Count == 1 ? "was" : "were")} rejected");
            }
            if (reasons.Count == 0)
            {
                visits.Add(visit);
                continue;
            }
            visit.Episode = null;
            visit.Authorization = null;
            foreach (var row in rows) _rejected.Add(new RejectedRow(row, reasons) { VisitId = visit.VisitId });
        }
        _rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        return (visits, _rejected);
    }

    private static string GroupLabel(string kxGroup) => kxGroup == ProviderRoles.OtGroup ? "OT lines" : "PT and SLP lines";

    private static string RowList(List<int> rows) =>
        rows.Count <= MaxRowsListed
            ? string.Join(", ", rows)
            : string.Join(", ", rows.Take(MaxRowsListed)) + $", … ({rows.Count} in all)";

    /// <summary>The value in quotes for an error message, clipped so a stray note pasted into a field cannot flood the report.</summary>
    internal static string Quote(ReadOnlySpan<char> value)
    {
        var clipped = value.Length > MaxQuotedLength ? string.Concat(value[..MaxQuotedLength], "…") : new string(value);
        return $"'{clipped.ReplaceLineEndings(" ")}'";
    }
}
