namespace ClaimAudit.Core.Ingest;

/// <summary>
/// The rows of a table — a CSV file or a spreadsheet — read into visits once the header is
/// understood: each row's cells are copied into <see cref="RowCells"/> by the header's bindings
/// (split modifier and diagnosis columns folded, ';'-separated), validated and handed to the
/// assembler. The CSV and .xlsx readers only say where rows and cells are.
/// </summary>
/// <param name="spill">For a batch too large to hold: rows are written to its partitions as read, and validated when each partition is read back.</param>
internal sealed class TableRows(HeaderMapping header, VisitAssembler? assembler, Pipeline.RowSpill? spill = null)
{
    private readonly (int Source, Column Field)[] _bindings = header.Bindings;
    private readonly RowCells _cells = new();
    private readonly List<string> _errors = [];
    private readonly List<string> _diagnosisCodes = [];

    public bool HasNoteColumn { get; } = header.Fields[(int)Column.Note].Columns.Count > 0;

    /// <summary>The file column of the visit id, for rows too broken to read cell by cell.</summary>
    public int VisitIdSource { get; } = header.Fields[(int)Column.VisitId].Columns.Count > 0 ? header.Fields[(int)Column.VisitId].Columns[0].Index : -1;

    public void BeginRow() => _cells.Clear();

    /// <summary>Copies one bound cell of the row (see <see cref="Bindings"/>); list fields collect every column's cell.</summary>
    public void SetCell(Column field, ReadOnlySpan<char> value)
    {
        if (Columns.IsList(field)) _cells.Append(field, value);
        else _cells.Set(field, value);
    }

    /// <summary>Sets a cell exactly as an earlier read left it (split columns already folded): replaying a spilled row.</summary>
    public void SetReadCell(Column field, ReadOnlySpan<char> value) => _cells.Set(field, value);

    public (int Source, Column Field)[] Bindings => _bindings;

    /// <summary>Whether every cell read for this row is blank (the row is then skipped, unless other cells have text).</summary>
    public bool ReadCellsBlank()
    {
        for (var c = 0; c < Columns.Count; c++)
            if (!_cells.IsBlank((Column)c)) return false;
        return true;
    }

    /// <summary>Validates the row read since <see cref="BeginRow"/> and adds it to its visit, or rejects it with every reason.</summary>
    public void EndRow(int rowNumber)
    {
        if (spill is not null)
        {
            spill.Row(rowNumber, _cells);
            return;
        }
        var assembler = Assembler;
        _errors.Clear();
        _diagnosisCodes.Clear();
        var key = assembler.ParseVisitKey(_cells, _errors);
        var ytd = assembler.ParseVisitExtras(_cells, _errors, _diagnosisCodes);
        var serviceLine = assembler.ParseLine(_cells, key, rowNumber, _errors);
        var episode = assembler.ParseEpisode(_cells, _errors);
        if (_errors.Count > 0 || serviceLine is null || !key.IsComplete)
        {
            assembler.Reject(rowNumber, _errors, key.VisitId);
            return;
        }
        assembler.Accept(key, rowNumber, new ReadOnlySpan<Model.ServiceLine>(ref serviceLine), _diagnosisCodes, new YtdInput(ytd), _cells[Column.Note], episode);
    }

    /// <summary>Rejects a row the reader could not split into cells, with the visit it names if any (that visit is then rejected whole).</summary>
    public void Reject(int rowNumber, List<string> errors, string? visitId)
    {
        if (spill is not null) spill.Reject(rowNumber, errors, visitId);
        else Assembler.Reject(rowNumber, errors, visitId);
    }

    private VisitAssembler Assembler => assembler ?? throw new InvalidOperationException("a spilling table validates rows when they are read back");

    public IngestResult Finish()
    {
        if (spill is not null)
        {
            spill.Complete();
            return new IngestResult { Visits = [], RejectedRows = [], NoteColumn = HasNoteColumn, Spilled = spill };
        }
        var (visits, rejected) = Assembler.Finish();
        return new IngestResult { Visits = visits, RejectedRows = rejected, NoteColumn = HasNoteColumn };
    }
}
