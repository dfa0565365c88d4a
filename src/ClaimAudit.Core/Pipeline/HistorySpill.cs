using System.Collections;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;

namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// What a large batch's partitions leave for storage to remember (ledger entries, note
/// fingerprints, visit-ledger entries and stated plans and authorisations), written to a temp file as each partition is evaluated and read back as storage
/// writes them, so they are never all in memory (a fingerprint is about 400 bytes a visit).
/// </summary>
internal sealed class HistorySpill : IDisposable
{
    private readonly string _folder = SpillFolders.Create(SpillFolders.VisitsPrefix);
    private readonly Lock _gate = new();
    private readonly BinaryWriter _ledger, _prints, _visits, _episodes;
    private int _ledgerCount, _printCount, _visitCount, _episodeCount;

    public HistorySpill()
    {
        _ledger = new BinaryWriter(new FileStream(Path.Combine(_folder, "ledger"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
        _prints = new BinaryWriter(new FileStream(Path.Combine(_folder, "prints"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
        _visits = new BinaryWriter(new FileStream(Path.Combine(_folder, "visits"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
        _episodes = new BinaryWriter(new FileStream(Path.Combine(_folder, "episodes"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
    }


    /// <summary>Adds one partition's writes; partitions run on two threads, so one at a time.</summary>
    public void Add(IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> ledger, IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> prints,
        IReadOnlyList<(string PatientId, EpisodeVisit Visit)> visits, IReadOnlyList<(string PatientId, PatientEpisode Episode)> episodes)
    {
        lock (_gate)
        {
            foreach (var (key, entry) in ledger)
            {
                _ledger.Write(key.PatientId);
                _ledger.Write(key.Year);
                _ledger.Write(key.KxGroup);
                _ledger.Write(entry.VisitId);
                _ledger.Write(entry.DateOfService.DayNumber);
                _ledger.Write(entry.Amount);
            }
            foreach (var (patient, print) in prints)
            {
                _prints.Write(patient);
                _prints.Write(print.VisitId);
                _prints.Write(print.DateOfService.DayNumber);
                _prints.Write(print.Signature.Length);
                foreach (var value in print.Signature) _prints.Write(value);
            }
            foreach (var (patient, visit) in visits)
            {
                _visits.Write(patient);
                _visits.Write(visit.VisitId);
                _visits.Write(visit.DateOfService.DayNumber);
                _visits.Write(visit.PayerId);
                WriteNullable(_visits, visit.AuthNumber);
                _visits.Write(visit.ProgressReport);
                // The lines' minutes (-1: none stored, so storage keeps an earlier batch's).
                _visits.Write(visit.Lines?.Count ?? -1);
                foreach (var l in visit.Lines ?? [])
                {
                    _visits.Write(l.Code);
                    _visits.Write((int)l.Role);
                    _visits.Write(l.Minutes);
                    _visits.Write(l.DividedAttentionMinutes);
                    _visits.Write(l.AssistantMinutes);
                    _visits.Write(l.OneOnOne switch { null => (byte)2, true => (byte)1, false => (byte)0 });
                }
            }
            foreach (var (patient, episode) in episodes)
            {
                _episodes.Write(patient);
                _episodes.Write(episode.Plans.Count);
                foreach (var plan in episode.Plans)
                {
                    _episodes.Write(plan.Start.DayNumber);
                    WriteNullable(_episodes, plan.End);
                    WriteNullable(_episodes, plan.CertifiedDate);
                    WriteNullable(_episodes, plan.StartOfCare);
                }
                _episodes.Write(episode.Authorizations.Count);
                foreach (var auth in episode.Authorizations)
                {
                    _episodes.Write(auth.Number);
                    WriteNullable(_episodes, auth.Start);
                    WriteNullable(_episodes, auth.End);
                    _episodes.Write(auth.Visits.HasValue);
                    if (auth.Visits is { } n) _episodes.Write(n);
                    WriteNullable(_episodes, auth.PayerId);
                }
            }
            _ledgerCount += ledger.Count;
            _printCount += prints.Count;
            _visitCount += visits.Count;
            _episodeCount += episodes.Count;
        }
    }

    /// <summary>Ends writing; the lists read the files from then on.</summary>
    public (IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> Ledger, IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Fingerprints,
        IReadOnlyList<(string PatientId, EpisodeVisit Visit)> Visits, IReadOnlyList<(string PatientId, PatientEpisode Episode)> Episodes) Complete()
    {
        _ledger.Dispose();
        _prints.Dispose();
        _visits.Dispose();
        _episodes.Dispose();
        return (new FileList<(LedgerKey, LedgerEntry)>(Path.Combine(_folder, "ledger"), _ledgerCount, r =>
                (new LedgerKey(r.ReadString(), r.ReadInt32(), r.ReadString()), new LedgerEntry(r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()), r.ReadDecimal()))),
            new FileList<(string, NoteFingerprint)>(Path.Combine(_folder, "prints"), _printCount, r =>
            {
                var patient = r.ReadString();
                var visitId = r.ReadString();
                var date = DateOnly.FromDayNumber(r.ReadInt32());
                var signature = new uint[r.ReadInt32()];
                for (var i = 0; i < signature.Length; i++) signature[i] = r.ReadUInt32();
                return (patient, new NoteFingerprint(visitId, date, signature));
            }),
            new FileList<(string, EpisodeVisit)>(Path.Combine(_folder, "visits"), _visitCount, r =>
                (r.ReadString(), new EpisodeVisit(r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()), r.ReadString(), ReadString(r), r.ReadBoolean(), ReadLines(r)))),
            new FileList<(string, PatientEpisode)>(Path.Combine(_folder, "episodes"), _episodeCount, r =>
            {
                var patient = r.ReadString();
                var plans = new PlanOfCare[r.ReadInt32()];
                for (var i = 0; i < plans.Length; i++) plans[i] = new PlanOfCare(DateOnly.FromDayNumber(r.ReadInt32()), ReadDate(r), ReadDate(r), ReadDate(r));
                var auths = new Authorization[r.ReadInt32()];
                for (var i = 0; i < auths.Length; i++)
                    auths[i] = new Authorization(r.ReadString(), ReadDate(r), ReadDate(r), r.ReadBoolean() ? r.ReadInt32() : null, ReadString(r));
                return (patient, new PatientEpisode { Plans = plans, Authorizations = auths });
            }));
    }

    private static StoredLineMinutes[]? ReadLines(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0) return null;
        var lines = new StoredLineMinutes[count];
        for (var i = 0; i < count; i++)
            lines[i] = new StoredLineMinutes(r.ReadString(), (Model.ProviderRole)r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(),
                r.ReadByte() switch { 2 => null, 1 => true, _ => false });
        return lines;
    }

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static void WriteNullable(BinaryWriter w, DateOnly? value)
    {
        w.Write(value.HasValue);
        if (value is { } date) w.Write(date.DayNumber);
    }

    private static string? ReadString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static DateOnly? ReadDate(BinaryReader r) => r.ReadBoolean() ? DateOnly.FromDayNumber(r.ReadInt32()) : null;

    public void Dispose()
    {
        _ledger.Dispose();
        _prints.Dispose();
        _visits.Dispose();
        _episodes.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the sweep removes it later.
        }
    }

    /// <summary>A list read from its file each time it is enumerated (storage enumerates it once); indexing reads up to the item.</summary>
    private sealed class FileList<T>(string path, int count, Func<BinaryReader, T> read) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => this.Skip(index).First();

        public IEnumerator<T> GetEnumerator()
        {
            using var r = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan), System.Text.Encoding.UTF8);
            for (var i = 0; i < count; i++) yield return read(r);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
