using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// PRODUCT.md section 2, "Bad input", checked over random files rather than chosen ones: nothing is
/// dropped silently, whatever the quotes do; and a batch means the same as CSV and as JSON.
/// </summary>
public class IngestPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    // Notes quoted in every way an export gets quotes wrong: an inch mark in an unquoted note
    // (6" box), a closing quote mid-cell or at its end, text after a quoted cell.
    private static readonly Gen<string> StrayQuoteNote = Gen.Elements(
        "plain note", "6\" box", "\"quoted, with a comma\"", "\"quoted \"\"inner\"\" quote\"",
        "ends with a quote\"", "\"closed\" then text", "");

    // Notes quoted right, some across lines: a quoted cell may hold line breaks (one row).
    private static readonly Gen<string> MultiLineNote = Gen.Elements(
        "plain note", "\"first line\nsecond line\"", "\"a, b\r\nc \"\"d\"\"\"", "\"\n\"", "");

    private static Gen<string> Line(Gen<string> note) =>
        from visit in Gen.Elements("V-1", "V-2", "V-3", "V-4", "")
        from patient in Gen.Elements("P-1", "P-2", "")
        from date in Gen.Elements("2026-03-02", "2026-03-03", "03/04/26", "2026-13-01")
        from payer in Gen.Elements("medicare", "flat-rate", "acme")
        from code in Gen.Elements("97110", "97112", "97140", "ABC")
        from minutes in Gen.Elements("23", "8", "", "700", "15 min")
        from text in note
        from blank in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        select blank ? "" : string.Join(",", visit, patient, date, payer, code, minutes, text);

    private const string CsvHeader = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,note";

    private static void AssertEveryRowAccounted(List<string> lines, string newline)
    {
        var text = CsvHeader + newline + string.Join(newline, lines) + newline;
        var result = Read(text);
        Assert.Null(result.FileError);
        // The header is row 1, the first data row 2; a blank row takes its number but is skipped.
        var expected = lines.Select((line, i) => (line, row: i + 2)).Where(x => x.line.Length > 0).Select(x => x.row).ToList();
        var accounted = result.Visits.SelectMany(v => v.Lines.Select(l => l.Row)).Concat(result.RejectedRows.Select(r => r.Row)).Order().ToList();
        Assert.True(expected.SequenceEqual(accounted), $"rows {string.Join(",", expected)} in the file, {string.Join(",", accounted)} accounted for, in:\n{text}");
    }

    [Fact]
    public void Every_non_blank_line_of_a_csv_with_stray_quotes_lands_once_in_a_visit_or_in_rejected_rows()
    {
        // A stray quote is a character of its cell, and a quote never closed (the last line may end
        // inside one) ends with its line: each line is a row of its own.
        var files =
            from lines in Gen.ListOf(Line(StrayQuoteNote)).Select(l => l.ToList())
            from neverClosed in Gen.Elements(false, true)
            from newline in Gen.Elements("\n", "\r\n")
            select (Lines: neverClosed ? [.. lines, "V-9,P-9,2026-03-02,medicare,97110,23,\"never closed"] : lines, Newline: newline);
        Prop.ForAll(files.ToArbitrary(), file => AssertEveryRowAccounted(file.Lines, file.Newline)).Check(Runs);
    }

    [Fact]
    public void Every_non_blank_row_of_a_csv_with_multi_line_notes_lands_once_with_the_row_a_spreadsheet_shows()
    {
        // A quoted note's line breaks stay inside its row, so the rows are the records, not the lines.
        var files =
            from lines in Gen.ListOf(Line(MultiLineNote)).Select(l => l.ToList())
            from newline in Gen.Elements("\n", "\r\n")
            select (Lines: lines, Newline: newline);
        Prop.ForAll(files.ToArbitrary(), file => AssertEveryRowAccounted(file.Lines, file.Newline)).Check(Runs);
    }

    // Issue 14: one bad quote costs at most its own row. Among valid rows, only those whose note opens
    // a quote it never closes are rejected; every other row is audited with the row a spreadsheet shows.
    private static readonly Gen<string> RecoveryNote = Gen.Elements(
        "plain note", "6\" box", "\"open, never closed", "ends with a quote\"", "\"closed\" then text", "\"two\nlines\"", "\"\"");

    [Fact]
    public void Only_the_row_whose_quote_never_closes_is_rejected_and_the_rows_after_it_are_audited()
    {
        var files =
            from notes in Gen.ListOf(RecoveryNote).Select(l => l.ToList())
            from newline in Gen.Elements("\n", "\r\n")
            select (Notes: notes, Newline: newline);
        Prop.ForAll(files.ToArbitrary(), file =>
        {
            var text = new StringBuilder(CsvHeader + file.Newline);
            var expectedVisits = new List<(string, int)>();
            var expectedRejected = new List<int>();
            for (var i = 0; i < file.Notes.Count; i++)
            {
                var note = file.Notes[i].Replace("\n", file.Newline);
                text.Append($"V-{i},P-{i},2026-03-02,medicare,97110,23,{note}{file.Newline}");
                if (note.StartsWith("\"open")) expectedRejected.Add(i + 2);
                else expectedVisits.Add(($"V-{i}", i + 2)); // a two-line quoted note is one row
            }
            var result = Read(text.ToString());
            Assert.Null(result.FileError);
            Assert.Equal(expectedVisits, result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
            Assert.Equal(expectedRejected, result.RejectedRows.Select(r => r.Row));
        }).Check(Runs);
    }

    private sealed record LineSpec(string Code, int Minutes, int? Units, string[] Modifiers, string Role);
    private sealed record VisitSpec(string Patient, string Date, string Payer, List<LineSpec> Lines);

    private static readonly Gen<LineSpec> ServiceLine =
        from code in Gen.Elements("97110", "97112", "97140", "97530", "97161")
        from minutes in Gen.Choose(0, 75)
        from units in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 5).Select(u => (int?)u)))
        from modifiers in Gen.SubListOf("GP", "59", "KX", "CQ").Select(m => m.ToArray())
        from role in Gen.Elements("PT", "PTA", "OT")
        select new LineSpec(code, minutes, units, modifiers, role);

    private static readonly Gen<List<VisitSpec>> Visits =
        Gen.ListOf(
            from patient in Gen.Elements("P-1", "P-2", "P-3")
            from date in Gen.Elements("2026-03-02", "2026-03-03")
            from payer in Gen.Elements("medicare", "flat-rate")
            from lines in Gen.NonEmptyListOf(ServiceLine)
            select new VisitSpec(patient, date, payer, lines.ToList()))
        .Select(v => v.ToList());

    [Fact]
    public void The_same_visits_sent_as_csv_and_as_json_are_read_alike()
    {
        Prop.ForAll(Visits.ToArbitrary(), visits =>
        {
            var csv = new StringBuilder("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,provider_role\n");
            for (var i = 0; i < visits.Count; i++)
                foreach (var l in visits[i].Lines)
                    csv.Append($"V-{i},{visits[i].Patient},{visits[i].Date},{visits[i].Payer},{l.Code},{l.Minutes},{l.Units},{string.Join(";", l.Modifiers)},{l.Role}\n");
            var json = JsonSerializer.Serialize(new
            {
                visits = visits.Select((v, i) => new
                {
                    visitId = $"V-{i}", patientId = v.Patient, dateOfService = v.Date, payerId = v.Payer,
                    lines = v.Lines.Select(l => new { code = l.Code, minutes = l.Minutes, billedUnits = l.Units, billedModifiers = l.Modifiers, providerRole = l.Role }),
                }),
            });

            var fromCsv = Read(csv.ToString(), InputFormat.Csv);
            var fromJson = Read(json, InputFormat.Json);

            static string Describe(IngestResult r) => string.Join("\n", r.Visits.Select(v =>
                $"{v.VisitId} {v.PatientId} {v.DateOfService:yyyy-MM-dd} {v.PayerId}: " +
                string.Join(" | ", v.Lines.Select(l => $"{l.Code} {l.Minutes}m {l.BilledUnits?.ToString() ?? "-"}u [{string.Join(",", l.BilledModifiers)}] {l.Role}"))));
            Assert.Empty(fromCsv.RejectedRows);
            Assert.Empty(fromJson.RejectedRows);
            Assert.Equal(visits.Count, fromCsv.Visits.Count);
            Assert.Equal(Describe(fromCsv), Describe(fromJson));
        }).Check(Runs);
    }
}
