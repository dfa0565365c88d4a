using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>PRODUCT.md section 2, "CSV" and "Bad input".</summary>
public class CsvBatchReaderTests
{
    private static readonly DateOnly March4 = new(2026, 3, 4);

    [Fact]
    public void Reads_every_column_of_a_row_into_a_service_line()
    {
        var result = Read(Csv(
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,divided_attention_minutes,provider_role,assistant_minutes,billed_units,billed_modifiers,diagnosis_codes,ytd_therapy_amount,note",
            "V-1,P-77,2026-03-04,medicare,97112,24,Y,2,PTA,20,2,GP;CQ,I69.351;R26.89,\"$1,210.50\",PNF D2"));

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(("V-1", "P-77", "medicare", March4, 2), (visit.VisitId, visit.PatientId, visit.PayerId, visit.DateOfService, visit.FirstRow));
        Assert.Equal(["I69.351", "R26.89"], visit.DiagnosisCodes);
        Assert.Equal(1210.50m, visit.YtdFor("PTSLP"));
        Assert.True(visit.Note.HasText);
        var line = Assert.Single(visit.Lines);
        Assert.Equal("97112", line.Code);
        Assert.Equal(24, line.Minutes);
        Assert.True(line.OneOnOne);
        Assert.Equal(2, line.DividedAttentionMinutes);
        Assert.Equal(ProviderRole.PTA, line.Role);
        Assert.Equal(20, line.AssistantMinutes);
        Assert.Equal(2, line.BilledUnits);
        Assert.Equal(["GP", "CQ"], line.BilledModifiers);
        Assert.Equal(2, line.Row);
    }

    [Fact]
    public void Optional_columns_left_blank_take_their_defaults()
    {
        var result = Read(Csv(Header + ",one_on_one,provider_role,billed_units,billed_modifiers", "V-1,P-1,2026-03-04,medicare,97110,20,,,,"));

        var line = Assert.Single(Assert.Single(result.Visits).Lines);
        Assert.Null(line.OneOnOne);
        Assert.Equal(ProviderRole.PT, line.Role);
        Assert.Null(line.BilledUnits); // blank = "tell me"
        Assert.Empty(line.BilledModifiers);
    }

    [Theory]
    [InlineData("Visit ID,Patient ID,Date of Service,Payer ID,CPT Code,Minutes")]
    [InlineData("visit-id,patient-id,date-of-service,payer-id,cpt-code,MINUTES")]
    [InlineData("VISIT_ID,PATIENT_ID,DATE_OF_SERVICE,PAYER_ID,CPT_CODE,Minutes")]
    [InlineData("visitId,patientId,dateOfService,payerId,cptCode,minutes")]
    public void Header_names_match_ignoring_case_spaces_underscores_and_dashes(string header)
    {
        var result = Read(Csv(header, "V-1,P-1,2026-03-04,medicare,97112,20"));

        Assert.Null(result.FileError);
        Assert.Equal(20, Assert.Single(Assert.Single(result.Visits).Lines).Minutes);
    }

    [Fact]
    public void Unknown_columns_are_ignored_wherever_they_stand()
    {
        var result = Read(Csv("Clinic,visit_id,Therapist Name,patient_id,date_of_service,payer_id,cpt_code,minutes,Room",
            "North,V-1,Dana,P-1,2026-03-04,medicare,97112,20,3"));

        Assert.Empty(result.RejectedRows);
        Assert.Equal("97112", Assert.Single(Assert.Single(result.Visits).Lines).Code);
    }

    [Fact]
    public void Utf8_bom_and_crlf_line_endings_are_read()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes($"{Header}\r\nV-1,P-1,2026-03-04,medicare,97112,20\r\nV-2,P-2,2026-03-04,medicare,97110,15\r\n"))
            .ToArray();

        var result = Read(bytes);

        Assert.Null(result.FileError);
        Assert.Equal(["V-1", "V-2"], result.Visits.Select(v => v.VisitId));
        Assert.Equal(15, result.Visits[1].Lines[0].Minutes); // no stray '\r' in the last cell
    }

    [Fact]
    public void A_quoted_note_with_comma_quote_and_newline_is_one_row()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,\"PNF D2, \"\"rhythmic\"\" stabilisation",
            "Berg 41/56\"",
            "V-2,P-2,2026-03-04,medicare,97112,oops,"), analyzer: analyzer);

        Assert.Equal("PNF D2, \"rhythmic\" stabilisation\nBerg 41/56", Assert.Single(analyzer.Seen));
        Assert.Equal(2, Assert.Single(result.Visits).Lines[0].Row);
        // The two-line note is spreadsheet row 2, so the next record is row 3.
        Assert.Equal(3, Assert.Single(result.RejectedRows).Row);
    }

    [Fact]
    public void Spaces_around_a_quoted_cell_are_trimmed_before_it_is_unquoted()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv(Header + ",billed_modifiers,note", "V-1,P-1,2026-03-04,medicare,97112,20,  \"GP, 59\" ,  \"PNF, D2\"  "), analyzer: analyzer);

        Assert.Equal(["GP", "59"], Assert.Single(Assert.Single(result.Visits).Lines).BilledModifiers);
        Assert.Equal(["PNF, D2"], analyzer.Seen);
    }

    [Fact]
    public void A_tab_separated_file_is_read_with_tabs()
    {
        var result = Read("visit_id\tpatient_id\tdate_of_service\tpayer_id\tcpt_code\tminutes\tnote\n" +
                          "V-1\tP-1\t2026-03-04\tmedicare\t97112\t20\tgait, balance; PNF\n");

        Assert.Null(result.FileError);
        Assert.Equal(20, Assert.Single(Assert.Single(result.Visits).Lines).Minutes);
    }

    [Fact]
    public void A_semicolon_separated_file_is_read_with_semicolons_and_keeps_commas_in_cells()
    {
        var result = Read(Csv("visit_id;patient_id;date_of_service;payer_id;cpt_code;minutes;ytd_therapy_amount;billed_modifiers",
            "V-1;P-1;2026-03-04;medicare;97112;20;1,210.50;GP,59"));

        Assert.Null(result.FileError);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(1210.50m, visit.YtdFor("PTSLP"));
        Assert.Equal(["GP", "59"], visit.Lines[0].BilledModifiers);
    }

    [Theory]
    [InlineData("2026-03-04")]
    [InlineData("03/04/2026")]
    [InlineData("3/4/2026")]
    public void Dates_are_iso_or_us_month_day_year(string date)
    {
        var result = Read(Csv(Header, $"V-1,P-1,{date},medicare,97112,20"));

        Assert.Equal(March4, Assert.Single(result.Visits).DateOfService);
    }

    [Fact]
    public void Payer_ids_are_lower_cased_and_codes_and_modifiers_upper_cased()
    {
        var result = Read(Csv(Header + ",billed_modifiers,diagnosis_codes", "V-1,P-1,2026-03-04,MediCare,g0283,,gp 59,i69.351"));

        var visit = Assert.Single(result.Visits);
        Assert.Equal("medicare", visit.PayerId);
        Assert.Equal("G0283", visit.Lines[0].Code);
        Assert.Equal(["GP", "59"], visit.Lines[0].BilledModifiers);
        Assert.Equal(["I69.351"], visit.DiagnosisCodes);
    }

    [Fact]
    public void Cells_are_trimmed()
    {
        var result = Read(Csv(Header + ",one_on_one", "  V-1 , P-1 ,\t2026-03-04 , medicare ,  97112  , 20 , yes "));

        var visit = Assert.Single(result.Visits);
        Assert.Equal(("V-1", "P-1", "97112", 20, (bool?)true), (visit.VisitId, visit.PatientId, visit.Lines[0].Code, visit.Lines[0].Minutes, visit.Lines[0].OneOnOne));
    }

    /// <summary>
    /// Decision: blank lines are skipped but keep their row number, because a spreadsheet opening
    /// the file shows them as empty rows and the clinic finds a rejected row by that number.
    /// </summary>
    [Fact]
    public void Blank_lines_are_skipped_but_still_count_as_spreadsheet_rows()
    {
        var result = Read(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97112,20", // row 2
            "",                                      // row 3, blank
            "   ",                                   // row 4, blank
            ",,,,,",                                 // row 5, all cells empty
            "V-2,P-2,2026-03-04,medicare,97112,999", // row 6
            "V-3,P-3,2026-03-04,medicare,97110,15",  // row 7
            ""));

        Assert.Equal([2, 7], result.Visits.Select(v => v.Lines[0].Row));
        Assert.Equal(6, Assert.Single(result.RejectedRows).Row);
    }

    [Fact]
    public void Blank_lines_before_the_header_are_skipped_and_counted_as_rows()
    {
        var result = Read("\n  \r\n" + Csv(Header,        // rows 1 and 2 blank, header row 3
            "V-1,P-1,2026-03-04,medicare,97112,20",             // row 4
            "V-2,P-2,2026-03-04,medicare,97112,999"));          // row 5

        Assert.Null(result.FileError);
        Assert.Equal(4, Assert.Single(result.Visits).Lines[0].Row);
        Assert.Equal(5, Assert.Single(result.RejectedRows).Row);
    }

    [Fact]
    public void Blank_lines_before_a_tab_separated_header_keep_the_tab_separator()
    {
        var result = Read("\n\nvisit_id\tpatient_id\tdate_of_service\tpayer_id\tcpt_code\tminutes\tnote\n" +
                          "V-1\tP-1\t2026-03-04\tmedicare\t97112\t20\tgait, balance\n");

        Assert.Null(result.FileError);
        Assert.Equal(20, Assert.Single(Assert.Single(result.Visits).Lines).Minutes);
    }

    // Section 2 "Bad input" and issue 14: an inch mark is a character of its cell, as a spreadsheet
    // reads it (CsvStrayQuoteRecoveryTests has the rest), so it costs no row and moves no row number.
    [Fact]
    public void Rows_after_a_quoted_multi_line_note_and_a_stray_quote_keep_their_spreadsheet_numbers()
    {
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,\"PNF D2", "Berg 41/56\"",  // row 2: one spreadsheet row on two lines
            "V-2,P-2,2026-03-04,medicare,97112,20,6\" step",                 // row 3
            "V-3,P-3,2026-03-04,medicare,97112,20,2\" lift",                 // row 4
            "V-4,P-4,2026-03-04,medicare,97112,999,",                        // row 5
            "V-5,P-5,2026-03-04,medicare,97110,15,"));                       // row 6

        Assert.Equal([("V-1", 2), ("V-2", 3), ("V-3", 4), ("V-5", 6)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(5, Assert.Single(result.RejectedRows).Row);
    }

    [Fact]
    public void Stray_quotes_stay_in_their_cell_and_a_row_reads_as_a_spreadsheet_shows_it()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv("visit_id,patient_id,date_of_service,payer_id,cpt_code,note,minutes",
            "V-1,P-1,2026-03-04,medicare,97112,6\" box, 2\" lift,20",          // row 2: an unquoted comma, so " 2\" lift" is the minutes
            "V-2,P-2,2026-03-04,medicare,97112,step-ups 6\" box to 2\" step,20", // row 3: two inch marks, no separator between
            "V-3,P-3,2026-03-04,medicare,97112,PNF,20,6\" box, 2\" lift"),      // row 4: only unknown trailing cells merged
            analyzer: analyzer);

        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal((2, "minutes must be an integer 0..600 (got '2\" lift')"), (rejected.Row, Assert.Single(rejected.Errors)));
        Assert.Equal([("V-2", 3), ("V-3", 4)], result.Visits.Select(v => (v.VisitId, v.Lines[0].Row)));
        Assert.Equal(["step-ups 6\" box to 2\" step", "PNF"], analyzer.Seen);
    }

    [Fact]
    public void A_row_with_an_unterminated_quote_rejects_the_rest_of_its_visit_too()
    {
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97110,15,",             // row 2
            "V-1,P-1,2026-03-04,medicare,97112,20,\"6in step",   // row 3: V-1's second line, its quote never closed
            "V-3,P-3,2026-03-04,medicare,97110,15,"));           // row 4

        // Auditing V-1 from row 2 alone would bill part of its minutes (section 2 "Bad input").
        Assert.Equal(["V-3"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([2, 3], result.RejectedRows.Select(r => r.Row));
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("n", false)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", null)]
    public void One_on_one_accepts_yes_no_words(string text, bool? expected)
    {
        var result = Read(Csv(Header + ",one_on_one", $"V-1,P-1,2026-03-04,medicare,97112,20,{text}"));

        Assert.Equal(expected, Assert.Single(Assert.Single(result.Visits).Lines).OneOnOne);
    }

    [Fact]
    public void A_bad_row_is_rejected_with_its_row_number_and_every_reason()
    {
        var result = Read(Csv(
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,divided_attention_minutes,provider_role,billed_units,billed_modifiers,ytd_therapy_amount",
            "V-1,P-1,2026-03-04,medicare,97112,20,Y,,PT,1,GP,",
            ",,2026-13-40,acme,ABC,700,maybe,30,XYZ,two,GPX,lots",
            "V-3,P-3,2026-03-04,medicare,97110,10,,12,,,,"));

        Assert.Equal(["V-1"], result.Visits.Select(v => v.VisitId));
        Assert.Collection(result.RejectedRows,
            row =>
            {
                Assert.Equal(3, row.Row);
                Assert.Equal(
                [
                    "missing visit_id",
                    "missing patient_id",
                    "date_of_service '2026-13-40' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)",
                    "unknown payer 'acme'",
                    "ytd_therapy_amount 'lots' is not a dollar amount from 0 to 1,000,000 (e.g. 1210.50)",
                    "cpt_code 'ABC' is not a 5-character CPT/HCPCS code",
                    "minutes must be an integer 0..600 (got '700')",
                    "one_on_one 'maybe' is not Y/N",
                    "provider_role 'XYZ' is not a discipline or credential we know (PT, PTA, OT, OTA, SLP; DPT, MPT, LPTA, OTR, OTR/L, COTA, CCC-SLP)",
                    "billed_units must be an integer 0..99 (got 'two')",
                    "billed_modifiers 'GPX' is not a 2-character modifier (separate modifiers with ';', ',' or spaces)",
                ], row.Errors);
            },
            row =>
            {
                Assert.Equal(4, row.Row);
                Assert.Equal(["divided_attention_minutes 12 exceeds minutes 10"], row.Errors);
            });
    }

    [Fact]
    public void Minutes_are_required_for_the_payers_timed_codes_only()
    {
        // flat-rate's profile times only 97112, so its 97530 needs no minutes; Medicare's does.
        var result = Read(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97161,",
            "V-2,P-2,2026-03-04,flat-rate,97530,",
            "V-3,P-3,2026-03-04,medicare,97530,"));

        Assert.Equal(["V-1", "V-2"], result.Visits.Select(v => v.VisitId));
        Assert.Equal(0, result.Visits[0].Lines[0].Minutes);
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(4, rejected.Row);
        Assert.Equal(["missing minutes (required for timed code 97530)"], rejected.Errors);
    }

    [Fact]
    public void Rows_of_one_visit_need_not_be_contiguous()
    {
        var result = Read(Csv(Header + ",diagnosis_codes,ytd_therapy_amount",
            "V-1,P-1,2026-03-04,medicare,97112,20,I69.351,",
            "V-2,P-2,2026-03-04,medicare,97110,15,,",
            "V-1,P-1,2026-03-04,medicare,97110,23,I69.351;R26.89,500"));

        Assert.Empty(result.RejectedRows);
        Assert.Equal(["V-1", "V-2"], result.Visits.Select(v => v.VisitId)); // in order of first row
        var v1 = result.Visits[0];
        Assert.Equal([2, 4], v1.Lines.Select(l => l.Row));
        Assert.Equal(["I69.351", "R26.89"], v1.DiagnosisCodes); // union
        Assert.Equal(500m, v1.YtdFor("PTSLP"));               // first non-blank
    }

    [Fact]
    public void Rows_of_one_visit_that_disagree_on_patient_date_or_payer_reject_the_whole_visit()
    {
        var result = Read(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97112,20",
            "V-2,P-2,2026-03-04,medicare,97112,20",
            "V-1,P-9,2026-03-05,medicare,97110,15",
            "V-1,P-1,2026-03-04,flat-rate,97140,10"));

        Assert.Equal(["V-2"], result.Visits.Select(v => v.VisitId));
        Assert.Equal([2, 4, 5], result.RejectedRows.Select(r => r.Row));
        Assert.All(result.RejectedRows, r => Assert.Equal(
        [
            "visit V-1 has rows with different patient_id (rows 2, 4, 5)",
            "visit V-1 has rows with different date_of_service (rows 2, 4, 5)",
            "visit V-1 has rows with different payer_id (rows 2, 4, 5)",
        ], r.Errors));
        Assert.DoesNotContain(result.RejectedRows.SelectMany(r => r.Errors), e => e.Contains("P-9") || e.Contains("P-1"));
    }

    [Fact]
    public void A_visit_with_a_rejected_row_is_not_audited_in_part()
    {
        var result = Read(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97112,20",
            "V-1,P-1,2026-03-04,medicare,97110,abc"));

        Assert.Empty(result.Visits);
        Assert.Collection(result.RejectedRows,
            r => Assert.Equal((2, "visit V-1 is not audited because row 3 was rejected"), (r.Row, Assert.Single(r.Errors))),
            r => Assert.Equal((3, "minutes must be an integer 0..600 (got 'abc')"), (r.Row, Assert.Single(r.Errors))));
    }

    [Fact]
    public void Each_rows_note_is_analysed_and_merged_and_a_repeated_visit_note_only_once()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(Csv(Header + ",note",
            "V-1,P-1,2026-03-04,medicare,97112,20,Same visit note",
            "V-1,P-1,2026-03-04,medicare,97110,15,Same visit note",
            "V-1,P-1,2026-03-04,medicare,97140,10,",
            "V-2,P-2,2026-03-04,medicare,97110,15,"), analyzer: analyzer);

        Assert.Equal(["Same visit note"], analyzer.Seen);
        Assert.True(result.Visits[0].Note.HasText);
        Assert.False(result.Visits[1].Note.HasText);
    }

    [Fact]
    public void A_file_that_is_not_text_is_a_file_error()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var result = Read(png);

        Assert.Equal("the file is neither CSV nor JSON text (it looks like binary data)", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void A_single_column_without_a_recognisable_header_is_a_file_error()
    {
        var result = Read("Dear billing team,\nplease find the visits attached.\n");

        Assert.Equal("no header row: the first line must name the columns, at least visit_id, patient_id, date_of_service, payer_id, cpt_code, minutes (it names none of the expected columns)", result.FileError);
        Assert.Empty(result.Visits);
        Assert.Empty(result.RejectedRows);
    }

    [Fact]
    public void Missing_required_columns_are_all_named()
    {
        var result = Read(Csv("visit_id,patient_id,svc_dt,insurer,cpt_code,minutes", "V-1,P-1,2026-03-04,medicare,97112,20"));

        Assert.Equal("required columns missing from the header: date_of_service, payer_id (if the export calls it something else, name it in the column map)", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n \n")]
    public void An_empty_file_is_a_file_error(string text)
    {
        Assert.Equal("the file is empty", Read(text).FileError);
    }

    [Fact]
    public void A_header_without_records_is_an_empty_batch_not_an_error()
    {
        var result = Read(Csv(Header));

        Assert.Null(result.FileError);
        Assert.Empty(result.Visits);
        Assert.Empty(result.RejectedRows);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_a_file_error_naming_the_limit()
    {
        var text = Csv(Header, "V-1,P-1,2026-03-04,medicare,97112,20", "V-2,P-2,2026-03-04,medicare,97112,20");
        var limits = new IngestLimits { MaxBytes = 80 };

        var counted = Read(text, limits: limits); // forward-only: counted while reading
        var seekable = new BatchReader(FindPayer, new RecordingNoteAnalyzer(), limits).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), InputFormat.Csv);

        Assert.Equal("the file is larger than the 80 bytes limit", counted.FileError);
        Assert.Empty(counted.Visits);
        Assert.Equal(counted.FileError, seekable.FileError);
        Assert.Null(Read(text, limits: new IngestLimits { MaxBytes = Encoding.UTF8.GetByteCount(text) }).FileError);
    }

    [Fact]
    public void The_default_limit_is_described_in_MiB()
    {
        var reader = new BatchReader(FindPayer, new RecordingNoteAnalyzer());
        var huge = new LengthOnlyStream(IngestLimits.Default.MaxBytes + 1);

        Assert.Equal("the file is larger than the 256 MiB (268,435,456 bytes) limit", reader.Read(huge, InputFormat.Auto).FileError);
    }

    /// <summary>A seekable stream that only knows its length: the limit is checked before reading.</summary>
    private sealed class LengthOnlyStream(long length) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("should not be read");
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

}
