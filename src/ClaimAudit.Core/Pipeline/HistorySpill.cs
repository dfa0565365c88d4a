using System.Collections;
using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// What a large batch's partitions leave for storage to remember (ledger entries and note
/// fingerprints), written to a temp file as each partition is evaluated and read back as storage
/// writes them, so they are never all in memory (a fingerprint is about 400 bytes a visit).
/// </summary>
internal sealed class HistorySpill : IDisposable
{
    private readonly string _folder = SpillFolders.Create(SpillFolders.VisitsPrefix);
    private readonly Lock _gate = new();
    private readonly BinaryWriter _ledger, _prints;
    private int _ledgerCount, _printCount;

    public HistorySpill()
    {
        _ledger = new BinaryWriter(new FileStream(Path.Combine(_folder, "ledger"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
        _prints = new BinaryWriter(new FileStream(Path.Combine(_folder, "prints"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
    }

    /// <summary>Adds one partition's writes; partitions run on two threads, so one at a time.</summary>
    public void Add(IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> ledger, IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> prints)
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
            _ledgerCount += ledger.Count;
            _printCount += prints.Count;
        }
    }

    /// <summary>Ends writing; the lists read the files from then on.</summary>
    public (IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> Ledger, IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Fingerprints) Complete()
    {
        _ledger.Dispose();
        _prints.Dispose();
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
            }));
    }

    public void Dispose()
    {
        _ledger.Dispose();
        _prints.Dispose();
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
