using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Issue 14 item 4: one bad quote costs at most its own row. A quote that is not at the start of a
/// cell is an ordinary character (an inch mark, as a spreadsheet reads it), and a quoted cell that
/// is not closed before a line that is a record of its own ends with its line: that row is
/// rejected, the rows after it are read, and every row keeps the number a spreadsheet shows.
/// </summary>
public class CsvStrayQuoteRecoveryTests
{
    private const string Header8 = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers";

    [Fact]
    public void An_inch_mark_in_the_minutes_cell_rejects_that_row_only()
    {
        var result = Read(Csv(Header8,
            "V1,P1,2026-01-05,medicare,97110,30,2,GP",      // row 2
            "V2,P2,2026-01-05,medicare,97110,6\" box,2,GP", // row 3: the inch mark is a character of the cell
            "V3,P3,2026-01-05,medicare,97110,30,2,GP",      // row 4
            "V4,P4,2026-01-05,medicare,97110,30,2,GP"));    // row 5

        Assert.Null(result.FileError);
        Assert.Equal([("V1", 2), ("V3", 4), ("V4", 5)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(3, rejected.Row);
        Assert.Contains(rejected.Errors, e => e.Contains("minutes") && e.Contains("6\" box"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void An_inch_mark_in_an_unquoted_note_is_part_of_the_note(string lineEnd)
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(string.Join(lineEnd, Header + ",note",
            "C1,P-1,2026-03-04,medicare,97112,20,step-ups on 6\" box 3x10", // row 2
            "C2,P-2,2026-03-04,medicare,97112,20,gait training",          // row 3
            "C3,P-3,2026-03-04,medicare,97112,20,bridges 2\" lift",        // row 4
            "C4,P-4,2026-03-04,medicare,97112,20,PNF D2") + lineEnd, analyzer: analyzer); // row 5

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        Assert.Equal([("C1", 2), ("C2", 3), ("C3", 4), ("C4", 5)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(["step-ups on 6\" box 3x10", "gait training", "bridges 2\" lift", "PNF D2"], analyzer.Seen);
    }

    [Fact]
    public void A_quoted_cell_not_closed_before_the_next_record_rejects_its_row_and_reading_resumes()
    {
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,PNF D2",              // row 2
            "V-2,P-2,2026-03-04,medicare,97112,20,\"gait on 6in step",   // row 3: opened, not closed on its line
            "",                                                         // row 4
            "V-3,P-3,2026-03-04,medicare,97112,20,bridges 2\" lift",     // row 5: a record of its own
            "V-4,P-4,2026-03-04,medicare,97110,15,"));                  // row 6

        Assert.Null(result.FileError);
        Assert.Equal([("V-1", 2), ("V-3", 5), ("V-4", 6)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(3, rejected.Row);
        var reason = Assert.Single(rejected.Errors);
        Assert.Contains("row 3", reason);
        Assert.Contains("quote", reason);
        Assert.DoesNotContain("end of the file", reason);
    }

    [Fact]
    public void A_quoted_notes_line_of_prose_with_as_many_commas_as_the_header_stays_in_the_note()
    {
        // A long note's summary line ("Ms. Lanphear, 44, runs the register, …") has as many commas as the header has cells; it
        // opens with words, not an id, so it is more of the quoted note — the row is read whole, not rejected as a broken quote.
        var analyzer = new RecordingNoteAnalyzer();
        const string note = "PNF D2 on foam\nClinical summary: Ms. Lanphear, 44, runs the register, the window, in Wolcott, after a fall, in February";
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,\"" + note + "\"", // rows 2-3 (the prose line has 7 cells, as the header)
            "V-2,P-2,2026-03-04,medicare,97112,20,gait training"),    // row 4
            analyzer: analyzer);

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        Assert.Equal(["V-1", "V-2"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([note, "gait training"], analyzer.Seen);
    }

    [Fact]
    public void With_the_note_as_the_first_column_a_row_opening_with_words_still_ends_a_quote_left_open()
    {
        // Where the export puts the note first, a row's first cell is prose: a quote left open above it must not swallow it.
        var result = Read(Csv("note,visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes",
            "PNF D2 on foam,V-1,P-1,2026-03-04,medicare,97112,20",                 // row 2
            "\"gait on 6in step,V-2,P-2,2026-03-04,medicare,97112,20",             // row 3: opened, never closed
            "Tandem walk on the foam beam,V-3,P-3,2026-03-04,medicare,97112,20",   // row 4: a row of its own
            "Step over the 6\" hurdles,V-4,P-4,2026-03-04,medicare,97112,20"));     // row 5: its inch mark would close row 3's quote

        Assert.Equal([("V-1", 2), ("V-3", 4), ("V-4", 5)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(3, Assert.Single(result.RejectedRows).Row);
    }

    [Fact]
    public void A_quote_never_closed_in_the_last_row_rejects_that_row_only()
    {
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,PNF D2",           // row 2
            "V-2,P-2,2026-03-04,medicare,97112,20,\"never closed",    // row 3
            "just some words"));                                     // row 4: not a record of the header's width

        Assert.Equal(["V-1"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([3, 4], result.RejectedRows.Select(r => r.Row));
        Assert.Contains("unterminated quote in row 3", Assert.Single(result.RejectedRows[0].Errors));
    }

    [Fact]
    public void A_multi_line_quoted_note_whose_lines_are_not_records_stays_one_row()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,\"PNF D2, gait",   // row 2, line 1
            "",                                                      //        line 2
            "Berg 41/56, TUG 14s\"",                                 //        line 3
            "V-2,P-2,2026-03-04,medicare,97112,20,\"6\"\" box\"",    // row 3
            "V-3,P-3,2026-03-04,medicare,97112,999,"),               // row 4
            analyzer: analyzer);

        Assert.Equal([("V-1", 2), ("V-2", 3)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(4, Assert.Single(result.RejectedRows).Row);
        Assert.Equal(["PNF D2, gait\n\nBerg 41/56, TUG 14s", "6\" box"], analyzer.Seen);
    }

    [Fact]
    public void A_multi_line_quoted_first_cell_closing_before_the_rest_of_the_record_stays_one_row()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv("note,visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes",
            "\"PNF D2", "Berg 41/56\",V-1,P-1,2026-03-04,medicare,97112,20", // row 2 on two lines
            "balance,V-2,P-2,2026-03-04,medicare,97112,20"),                // row 3
            analyzer: analyzer);

        Assert.Empty(result.RejectedRows);
        Assert.Equal([("V-1", 2), ("V-2", 3)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(["PNF D2\nBerg 41/56", "balance"], analyzer.Seen);
    }

    [Fact]
    public void An_unterminated_quote_in_the_header_is_a_file_error()
    {
        var result = Read(Csv(Header + ",\"note", "V-1,P-1,2026-03-04,medicare,97112,20,PNF"));

        Assert.Equal("the header row (row 1) has an unterminated quote; close the quoted name or remove the stray \"", result.FileError);
        Assert.Empty(result.Visits);
    }
}
