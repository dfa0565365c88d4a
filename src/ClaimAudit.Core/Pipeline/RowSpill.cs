using ClaimAudit.Core.Ingest;

namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// The rows of a large table batch, written as they are read to temporary partition files so the
/// batch is audited a partition at a time in bounded memory (issue 9). Every batch-wide rule is
/// keyed by patient (same-day pairs, KX year totals, clones), so a partition holds whole patients:
/// a visit's rows go to the partition of the patient on its first row, and every other visit of
/// that patient goes there too. A visit whose rows name another patient stays whole in its first
/// row's partition, where the assembler rejects it as it would in memory.
/// </summary>
/// <remarks>
/// Only a 64-bit hash of each visit id is kept (a visit's partition); two visit ids with the same
/// hash (about one chance in 10^7 in a batch of a million visits) would share a partition, which
/// is harmless unless they are of different patients. Row records keep the cells exactly as read
/// (trimmed, split columns folded), so a replayed row is validated as if read directly.
/// </remarks>
internal sealed class RowSpill : IDisposable
{
    private const byte RowRecord = 0, RejectRecord = 1;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"claimaudit-rows-{Guid.NewGuid():N}");
    private readonly BinaryWriter[] _writers;
    private readonly Dictionary<ulong, int> _partitionOfVisit = [];

    public RowSpill(int partitions, HeaderMapping header, Func<HeaderMapping, VisitAssembler> assemblerFor)
    {
        Header = header;
        AssemblerFor = assemblerFor;
        Directory.CreateDirectory(_folder);
        _writers = new BinaryWriter[partitions];
        for (var p = 0; p < partitions; p++)
            _writers[p] = new BinaryWriter(new FileStream(PathOf(p), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8);
    }

    public HeaderMapping Header { get; }
    public Func<HeaderMapping, VisitAssembler> AssemblerFor { get; }
    public int Partitions => _writers.Length;

    private string PathOf(int partition) => Path.Combine(_folder, $"{partition}.rows");

    public void Row(int rowNumber, RowCells cells)
    {
        var w = _writers[PartitionOf(cells[Column.VisitId], cells[Column.PatientId])];
        w.Write(RowRecord);
        w.Write(rowNumber);
        for (var c = 0; c < Columns.Count; c++) WriteText(w, cells[(Column)c]);
    }

    public void Reject(int rowNumber, IReadOnlyList<string> errors, string? visitId)
    {
        var w = _writers[visitId is null ? 0 : PartitionOf(visitId, [])];
        w.Write(RejectRecord);
        w.Write(rowNumber);
        w.Write(visitId ?? "");
        w.Write(errors.Count);
        foreach (var error in errors) w.Write(error);
    }

    private int PartitionOf(ReadOnlySpan<char> visitId, ReadOnlySpan<char> patientId)
    {
        if (visitId.IsEmpty) return (int)(Fnv(patientId) % (ulong)_writers.Length);
        var key = Fnv(visitId);
        if (_partitionOfVisit.TryGetValue(key, out var partition)) return partition;
        partition = (int)(Fnv(patientId) % (ulong)_writers.Length);
        _partitionOfVisit[key] = partition;
        return partition;
    }

    /// <summary>FNV-1a, 64 bits: stable within the run and cheap; see the remarks on collisions.</summary>
    private static ulong Fnv(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private static void WriteText(BinaryWriter w, ReadOnlySpan<char> text)
    {
        w.Write(text.Length);
        if (!text.IsEmpty) w.Write(text);
    }

    /// <summary>Ends writing: every row has been read.</summary>
    public void Complete()
    {
        foreach (var w in _writers) w.Dispose();
        _partitionOfVisit.Clear();
        _partitionOfVisit.TrimExcess();
    }

    /// <summary>
    /// Reads one partition back, in the order its rows were read, into a fresh assembler: visits
    /// and rejected rows exactly as the in-memory reader would have made them for these rows.
    /// </summary>
    public IngestResult Read(int partition)
    {
        var assembler = AssemblerFor(Header);
        var table = new TableRows(Header, assembler);
        using var r = new BinaryReader(new FileStream(PathOf(partition), FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.SequentialScan), System.Text.Encoding.UTF8);
        var stream = r.BaseStream;
        var errors = new List<string>();
        // Partitions are read on several threads at once: each read has its own cell buffer (one
        // shared buffer let another partition's cell overwrite a cell before it was parsed).
        var buffer = new char[4096];
        while (stream.Position < stream.Length)
        {
            var kind = r.ReadByte();
            var rowNumber = r.ReadInt32();
            if (kind == RowRecord)
            {
                table.BeginRow();
                for (var c = 0; c < Columns.Count; c++) table.SetReadCell((Column)c, ReadText(r, buffer));
                table.EndRow(rowNumber);
            }
            else
            {
                var visitId = r.ReadString();
                errors.Clear();
                var count = r.ReadInt32();
                for (var i = 0; i < count; i++) errors.Add(r.ReadString());
                assembler.Reject(rowNumber, errors, visitId.Length == 0 ? null : visitId);
            }
        }
        return table.Finish();
    }

    private static ReadOnlySpan<char> ReadText(BinaryReader r, char[] shared)
    {
        var length = r.ReadInt32();
        if (length == 0) return [];
        var buffer = length <= shared.Length ? shared : new char[length];
        var read = 0;
        while (read < length) read += r.Read(buffer, read, length - read);
        return buffer.AsSpan(0, length);
    }

    public void Dispose()
    {
        foreach (var w in _writers) w.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is only disk, and holds no report.
        }
    }
}
