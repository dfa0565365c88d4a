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

    private readonly string _folder = SpillFolders.Create(SpillFolders.RowsPrefix);
    private readonly BinaryWriter[] _writers;
    private readonly VisitPartitions _partitionOfVisit = new();

    public RowSpill(int partitions, HeaderMapping header, Func<HeaderMapping, VisitAssembler> assemblerFor)
    {
        Header = header;
        AssemblerFor = assemblerFor;
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
        if (_partitionOfVisit.TryGet(key, out var partition)) return partition;
        partition = (int)(Fnv(patientId) % (ulong)_writers.Length);
        _partitionOfVisit.Add(key, partition);
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

    // The UTF-8 length as a 7-bit varint: most cells of a row (the optional episode columns above
    // all) are blank, and a blank then costs one byte of spill rather than four. Bytes, not chars,
    // so that a cell is read back with one block read and one vectorised decode (BinaryReader's
    // char reads decode 128 bytes at a time: a note took a dozen decoder calls).
    private static void WriteText(BinaryWriter w, ReadOnlySpan<char> text)
    {
        w.Write7BitEncodedInt(text.IsEmpty ? 0 : System.Text.Encoding.UTF8.GetByteCount(text));
        if (!text.IsEmpty) w.Write(text);
    }

    /// <summary>Ends writing: every row has been read.</summary>
    public void Complete()
    {
        foreach (var w in _writers) w.Dispose();
        _partitionOfVisit.Clear();
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
        var bytes = new byte[4096];
        // The partition is complete before it is read: its length is asked once (each ask is a system call).
        var length = stream.Length;
        while (stream.Position < length)
        {
            var kind = r.ReadByte();
            var rowNumber = r.ReadInt32();
            if (kind == RowRecord)
            {
                table.BeginRow();
                for (var c = 0; c < Columns.Count; c++) table.SetReadCell((Column)c, ReadText(r, ref bytes, ref buffer));
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

    // The span stays valid until the next call: the buffers are this read's own and grow to the longest cell.
    private static ReadOnlySpan<char> ReadText(BinaryReader r, ref byte[] bytes, ref char[] chars)
    {
        var length = r.Read7BitEncodedInt();
        if (length == 0) return [];
        if (length > bytes.Length) bytes = new byte[length];
        r.BaseStream.ReadExactly(bytes, 0, length);
        // UTF-8 never has more chars than bytes.
        if (length > chars.Length) chars = new char[length];
        var count = System.Text.Encoding.UTF8.GetChars(bytes.AsSpan(0, length), chars);
        return chars.AsSpan(0, count);
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

/// <summary>
/// Visit-id hash → partition, the one structure that grows with the batch while its rows are read:
/// open addressing over two flat arrays (10 bytes a slot) instead of a dictionary's 24-byte entries.
/// </summary>
internal sealed class VisitPartitions
{
    private ulong[] _keys = new ulong[1 << 12];
    private ushort[] _values = new ushort[1 << 12];
    private int _count;

    public bool TryGet(ulong key, out int partition)
    {
        var slot = SlotOf(key);
        partition = _values[slot];
        return _keys[slot] != 0;
    }

    /// <summary>Adds a key <see cref="TryGet"/> did not find.</summary>
    public void Add(ulong key, int partition)
    {
        var slot = SlotOf(key);
        _keys[slot] = key == 0 ? 1 : key;
        _values[slot] = checked((ushort)partition);
        if (++_count * 10 > _keys.Length * 7) Grow();
    }

    // The key's slot, or the empty slot where it would go. 0 marks an empty slot: the one hash that is 0 is kept as 1.
    private int SlotOf(ulong key)
    {
        if (key == 0) key = 1;
        var mask = _keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (_keys[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = new ulong[keys.Length * 2];
        _values = new ushort[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) continue;
            var slot = (int)(keys[i] & (ulong)mask);
            while (_keys[slot] != 0) slot = (slot + 1) & mask;
            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
    }

    public void Clear()
    {
        _keys = [];
        _values = [];
        _count = 0;
    }
}
