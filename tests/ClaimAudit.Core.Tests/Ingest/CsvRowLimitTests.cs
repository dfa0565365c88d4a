using System.Text;
using ClaimAudit.Core.Ingest;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Issue 14 item 1 (CSV): a row longer than the reader's 16 Mi-character limit is a rejected row
/// with a reason naming the limit, never an exception, and the rows after it are still read.
/// </summary>
public class CsvRowLimitTests
{
    private const int Limit = 16 * 1024 * 1024;

    private static IngestResult ReadGenerated(params (string Text, int Repeat)[] pieces)
    {
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer(), IngestLimits.Unlimited with { PartitionAboveBytes = long.MaxValue });
        return reader.Read(new RepeatedTextStream(pieces), InputFormat.Csv);
    }

    [Fact]
    public void A_row_over_16_Mi_characters_is_rejected_and_the_next_rows_are_read()
    {
        var result = ReadGenerated(
            (Header + ",note\n", 1),
            ("V-1,P-1,2026-03-04,medicare,97112,20,PNF D2\n", 1),                       // row 2
            ("V-2,P-2,2026-03-04,medicare,97112,20,", 1), (new string('x', 1024), Limit / 1024 + 1), ("\n", 1), // row 3: over the limit
            ("V-3,P-3,2026-03-04,medicare,97110,15,balance\n", 1));                     // row 4

        Assert.Null(result.FileError);
        Assert.Equal([("V-1", 2), ("V-3", 4)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal((3, "V-2"), (rejected.Row, rejected.VisitId));
        Assert.Contains("16,777,216", Assert.Single(rejected.Errors));
    }

    [Fact]
    public void A_quoted_cell_that_runs_past_the_limit_rejects_its_row_and_the_lines_after_it_are_rows()
    {
        // The stray quote opens a cell that no line closes, and none of the lines below is a record
        // of the header's width, so the cell grows to the limit: its row is rejected, and the lines
        // it ran over are read as rows of their own (here rejected: they are not visits).
        const int fillerLines = Limit / 4096 + 1;
        var result = ReadGenerated(
            (Header + ",note\n", 1),
            ("V-1,P-1,2026-03-04,medicare,97112,20,\"6in step\n", 1),                  // row 2
            (new string('x', 4095) + "\n", fillerLines),                              // rows 3..
            ("V-3,P-3,2026-03-04,medicare,97110,15,balance\n", 1));

        Assert.Null(result.FileError);
        var lastRow = 2 + fillerLines + 1;
        Assert.Equal([("V-3", lastRow)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(Enumerable.Range(2, fillerLines + 1), result.RejectedRows.Select(r => r.Row));
        var first = Assert.Single(result.RejectedRows[0].Errors);
        Assert.Contains("row 2", first);
        Assert.Contains("16,777,216", first);
    }
}

/// <summary>Streams pieces of text, each repeated, as UTF-8, without holding the whole file.</summary>
internal sealed class RepeatedTextStream((string Text, int Repeat)[] pieces) : ReadOnlyForwardStream
{
    private int _piece;
    private int _done;
    private byte[] _bytes = [];
    private int _offset;

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _bytes.Length)
        {
            if (_piece >= pieces.Length) return 0;
            if (_done == pieces[_piece].Repeat) { _piece++; _done = 0; continue; }
            if (_done == 0) _bytes = Encoding.UTF8.GetBytes(pieces[_piece].Text);
            _done++;
            _offset = 0;
        }
        var n = Math.Min(count, _bytes.Length - _offset);
        Array.Copy(_bytes, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

}
