using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Finds notes that are near-copies of another note of the same patient, in the batch or in earlier
/// batches. Signatures are bucketed per patient by LSH banding (16 bands of 4 hashes), so only notes
/// sharing a band are compared and a large batch stays near-linear; candidates are confirmed by the
/// estimated Jaccard similarity of their word shingles. A note is compared with at most the
/// <see cref="CandidatesPerBand"/> most recent notes of each of its bands' buckets, so a patient
/// with thousands of near-identical notes costs each note a bounded number of comparisons.
/// </summary>
/// <remarks>
/// Which note of a pair is flagged: in the batch, the later one (by date of service, then input
/// row); against an earlier batch, always the note of this batch, since the stored one has already
/// been audited. When a note copies several others, the most similar is named (ties: the most recent).
/// </remarks>
internal static class NoteClones
{
    /// <summary>Estimated shingle Jaccard similarity at or above which a note is a near-copy.</summary>
    public const double Threshold = 0.8;

    /// <summary>
    /// The most recent members of a band's bucket a note is compared with (issue 14: 30,000 identical
    /// notes of one patient compared each with all before it). A bucket holds the notes that agree
    /// with this one on a whole band (4 of 64 hashes), so its recent members are the likeliest
    /// copies: an identical note is found at the first candidate, and a note outside the last 32 of
    /// every one of its 16 buckets has at least 32 later notes that share its bands, which are
    /// themselves candidates. What the cap can change is only which earlier note is named when a
    /// bucket holds more than 32: a more recent copy rather than an older, possibly more similar, one.
    /// </summary>
    public const int CandidatesPerBand = 32;

    private const int Bands = 16;
    private const int RowsPerBand = MinHash.Size / Bands;

    /// <summary>Reports each clone through <paramref name="onClone"/> and returns the batch's fingerprints to store.</summary>
    public static IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Find(
        IReadOnlyList<Visit> visits, BatchHistory history, Action<Visit, CloneMatch> onClone, WorkCount? work = null,
        CancellationToken cancellationToken = default)
    {
        var batchVisitIds = visits.Select(v => v.VisitId).ToHashSet(StringComparer.Ordinal);
        var fingerprints = new List<(string, NoteFingerprint)>();
        var buckets = new Dictionary<ulong, RecentNotes>();
        // Buckets are kept between patients and reused: a patient's notes make and drop hundreds of them.
        var spare = new Stack<RecentNotes>();
        Span<ulong> keys = stackalloc ulong[Bands];

        var seen = 0;
        var compared = new List<NoteFingerprint>(Bands * CandidatesPerBand);
        var byPatient = visits
            .Where(v => v.Note.Signature is { Length: MinHash.Size })
            .GroupBy(v => v.PatientId, StringComparer.Ordinal);
        foreach (var patient in byPatient)
        {
            foreach (var bucket in buckets.Values)
            {
                bucket.Clear();
                spare.Push(bucket);
            }
            buckets.Clear();
            // A re-run of a batch must not find its own visits in the history.
            foreach (var prior in history.Fingerprints.GetValueOrDefault(patient.Key) ?? [])
                if (prior.Signature.Length == MinHash.Size && !batchVisitIds.Contains(prior.VisitId))
                {
                    BandKeys(prior.Signature, keys);
                    AddToBuckets(buckets, spare, prior, keys);
                }

            foreach (var visit in patient.OrderBy(v => v.DateOfService).ThenBy(v => v.FirstRow))
            {
                if (seen++ % AuditEngine.CancellationCheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
                var mine = new NoteFingerprint(visit.VisitId, visit.DateOfService, visit.Note.Signature!);
                BandKeys(mine.Signature, keys);
                if (BestMatch(buckets, mine, keys, work, compared) is { } match) onClone(visit, match);
                AddToBuckets(buckets, spare, mine, keys);
                fingerprints.Add((visit.PatientId, mine));
            }
        }
        return fingerprints;
    }

    // A note met in several of its bands is compared once. The candidates already compared are a
    // plain list searched by reference while they are few (usually: a bucket's last 32, mostly the
    // same notes in every band), since hashing a note by identity was most of this method's cost;
    // past 64 of them a hash set takes over, so that the search never grows quadratic.
    private static CloneMatch? BestMatch(Dictionary<ulong, RecentNotes> buckets, NoteFingerprint note, ReadOnlySpan<ulong> keys, WorkCount? work,
        List<NoteFingerprint> compared)
    {
        NoteFingerprint? best = null;
        var bestSimilarity = 0.0;
        compared.Clear();
        HashSet<NoteFingerprint>? many = null;
        for (var band = 0; band < Bands; band++)
        {
            if (!buckets.TryGetValue(keys[band], out var candidates)) continue;
            // Buckets fill in the order notes are added (history, then the batch by date) and keep their
            // last CandidatesPerBand members, oldest first: the ones a note is compared with.
            for (var i = 0; i < candidates.Count; i++)
            {
                var other = candidates[i];
                if (many is not null ? !many.Add(other) : Contains(compared, other)) continue;
                compared.Add(other);
                if (many is null && compared.Count > LinearSearchLimit) many = new(compared, ReferenceEqualityComparer.Instance);
                work?.Clone();
                var similarity = MinHash.Similarity(note.Signature, other.Signature);
                if (similarity < Threshold) continue;
                if (best is null || similarity > bestSimilarity || (similarity == bestSimilarity && other.DateOfService > best.DateOfService))
                {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
        }
        return best is null ? null : new CloneMatch(best.VisitId, best.DateOfService, bestSimilarity);
    }

    private const int LinearSearchLimit = 64;

    private static bool Contains(List<NoteFingerprint> compared, NoteFingerprint note)
    {
        foreach (var other in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(compared))
            if (ReferenceEquals(other, note)) return true;
        return false;
    }

    private static void AddToBuckets(Dictionary<ulong, RecentNotes> buckets, Stack<RecentNotes> spare, NoteFingerprint note, ReadOnlySpan<ulong> keys)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!buckets.TryGetValue(keys[band], out var bucket)) buckets[keys[band]] = bucket = spare.Count > 0 ? spare.Pop() : new RecentNotes();
            bucket.Add(note);
        }
    }

    // Each band's key, once per note: the match and the buckets both need all sixteen.
    private static void BandKeys(uint[] signature, Span<ulong> keys)
    {
        for (var band = 0; band < Bands; band++)
        {
            var h = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var r = band * RowsPerBand; r < (band + 1) * RowsPerBand; r++) h = MinHash.Mix(h ^ signature[r]);
            keys[band] = h;
        }
    }

    /// <summary>A bucket's last <see cref="CandidatesPerBand"/> notes in the order they came, in a ring: older ones are never compared again.</summary>
    private sealed class RecentNotes
    {
        private readonly NoteFingerprint[] _ring = new NoteFingerprint[CandidatesPerBand];
        private int _added;

        public int Count => Math.Min(_added, CandidatesPerBand);

        /// <summary>The i-th of the kept notes, oldest first.</summary>
        public NoteFingerprint this[int i] => _ring[(_added <= CandidatesPerBand ? i : _added + i) % CandidatesPerBand];

        public void Add(NoteFingerprint note) => _ring[_added++ % CandidatesPerBand] = note;

        public void Clear()
        {
            Array.Clear(_ring);
            _added = 0;
        }
    }
}
