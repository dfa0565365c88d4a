using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// A note exported as HTML, RTF or with its line breaks flattened is read as the text it renders
/// (<see cref="NoteMarkup"/>); a plain note is left as it is, "<" and "&" in it included.
/// </summary>
public class NoteMarkupTests
{
    [Theory]
    [InlineData("97112 NMR 20 min 1:1; weight shift R<L; Berg <45/56.")]
    [InlineData("TE & NMR today, pain 3/10 -> 1/10.")]
    [InlineData("97110 ~ 15 min ~ bridges")]
    [InlineData("Line one\nLine two")]
    [InlineData("<S> Pt reports fewer LOB.\n<O>\n97112 NMR 20\n<A> Impaired postural control.\n<P> Continue POC.")]
    [InlineData("97112 NMR ~ 20 min, 97110 TE ~ 15 min; walked ~ 300 ft ~ 80% of the way.")]
    [InlineData(@"Ther ex\nmr 35 min")]
    [InlineData("MSH, pain 3/10 at the knee a day after the fall; 97112 20 min at the clinic")]
    [InlineData("{resourceType} left in a template; 97112 20 min")]
    public void A_plain_note_is_not_rewritten(string note) => Assert.Null(NoteMarkup.PlainTextOf(note));

    [Fact]
    public void A_plain_note_with_an_inline_tag_keeps_its_lines_and_pre_keeps_its_columns()
    {
        Assert.Equal("Pt seen 1:1.\nCode    Min\n97112   24", NoteMarkup.PlainTextOf("Pt seen 1:1.\n<b>Code    Min</b>\n97112   24"));
        Assert.Equal("Pt seen 1:1.\nCPT    MIN  UNT\n97112   24    2", NoteMarkup.PlainTextOf("<p>Pt seen 1:1.</p><pre>CPT    MIN  UNT\n97112   24    2</pre>")?.Trim());
    }

    [Fact]
    public void Html_renders_paragraphs_and_breaks_as_lines_and_a_table_row_as_cells()
    {
        var text = NoteMarkup.PlainTextOf(
            "<p><b>Delivery:</b>&nbsp;one-on-one</p><table><tr><th>Code</th><th>Min</th></tr>\n  <tr><td>97110</td><td>15</td></tr></table>Pain 6/10 &rarr; 3/10<br>R &gt; L &amp; 3&times;10");
        Assert.Equal("Delivery: one-on-one\nCode | Min\n97110 | 15\nPain 6/10 → 3/10\nR > L & 3×10", text?.Trim());
    }

    [Fact]
    public void Html_script_and_style_are_not_text() =>
        Assert.Equal("Seen 1:1.", NoteMarkup.PlainTextOf("<style>p{color:red}</style><p>Seen 1:1.</p><script>alert(1)</script>")?.Trim());

    [Theory]
    [InlineData("<div><p>&nbsp;</p><p><br></p></div>")]
    [InlineData(@"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Riched20;}\pard\f0\fs20\par\par}")]
    [InlineData("¶¶¶")]
    public void Markup_alone_renders_as_nothing(string note) => Assert.True(string.IsNullOrWhiteSpace(NoteMarkup.PlainTextOf(note)));

    [Fact]
    public void Rtf_keeps_its_text_and_reads_its_escapes()
    {
        var text = NoteMarkup.PlainTextOf(@"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fswiss Calibri;}}{\colortbl;\red0\green0\blue0;}\f0\fs22 \b CPT\b0\tab Min\par 97112\tab 24\par ROM 58\'b0 \endash  66\'b0; \u9746? Individual\line end\par}");
        Assert.Equal("CPT\tMin\n97112\t24\nROM 58° – 66°; ☒ Individual\nend", text?.Trim());
    }

    [Fact]
    public void Flattened_line_breaks_become_lines()
    {
        Assert.Equal("A\nB\nC", NoteMarkup.PlainTextOf(@"A\nB\r\nC"));
        Assert.Equal("A\nB\nC\nD", NoteMarkup.PlainTextOf("A ~ B ~ C ~ D"));
        Assert.Equal("A\nB", NoteMarkup.PlainTextOf("A¶B"));
    }

    [Fact]
    public void An_ocr_read_flowsheet_has_its_numbers_repaired_only_where_ocr_signed_it()
    {
        Assert.Equal("97112 Neuro re-ed .... 20 rnin; 3 x 10; O2 sat", NoteMarkup.PlainTextOf("97ll2 Neuro re-ed .... 2O rnin; 3 x 1O; O2 sat"));
        Assert.Null(NoteMarkup.PlainTextOf("97112 NMR 20 min; 3 x 1O; l5 reps"));
    }

    // A stack overflow cannot be caught: it would end the whole audit (or the Functions host), not reject one row; and
    // the HTML parser's time grows with the square of the nesting, so markup this deep is read without it.
    [Fact]
    public void Deeply_nested_markup_is_read_without_overflowing_the_stack()
    {
        // 80,000 nested tags (under the longest note a row may have, 1,000,000 characters): a recursive walk overflows.
        const int depth = 80_000;
        var html = "<p>97112 NMR 20 min one-on-one</p>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "tandem stance" + string.Concat(Enumerable.Repeat("</div>", depth));
        Assert.True(html.Length < ClaimAudit.Core.Ingest.VisitAssembler.MaxNoteLength);
        var text = NoteMarkup.PlainTextOf(html);
        Assert.Equal("97112 NMR 20 min one-on-one\ntandem stance", text?.Trim());
        // A few hundred nested tags still go through the parser, with the same text.
        var shallow = "<p>97112 NMR 20 min one-on-one</p>" + string.Concat(Enumerable.Repeat("<div>", 300)) + "tandem stance" + string.Concat(Enumerable.Repeat("</div>", 300));
        Assert.Equal(text?.Trim(), NoteMarkup.PlainTextOf(shallow)?.Trim());
        Assert.True(NoteAnalyzer.Default.Analyze(shallow).OneOnOneStated);
    }

    [Fact]
    public void An_exported_note_keeps_the_fingerprint_of_its_text_as_exported()
    {
        const string note = "<p>97112 NMR 20 min one-on-one: PNF D2 flexion pattern and perturbation training on foam for impaired proprioception; tandem 8 s.</p>";
        var features = NoteAnalyzer.Default.Analyze(note);
        Assert.True(features.OneOnOneStated);
        Assert.Equal(new Oracle.OracleNoteAnalyzer().Analyze(note).Signature, features.Signature);
    }

    [Fact]
    public void An_hl7_message_is_read_as_its_observations_with_its_escapes_undone_and_its_envelope_left_out()
    {
        var message = "MSH|^~\\&|REHAB|LAKESIDE|BILLING|LAKESIDE|20260305101500||ORU^R01|LK1|P|2.5.1\r"
            + "PID|1||M7741^^^LAKESIDE^MR||PIKE^EDNA||19440212|F\r"
            + "OBX|1|NM|97112-MIN^Neuromuscular reeducation minutes^L||24|min^minutes^UCUM|||||F\r"
            + "OBX|2|CE|ONE2ONE^One-on-one for all NMR minutes^L||Y^Yes^HL70136||||||F\r"
            + "OBX|3|TX|NOTE^Note^L|1|Tandem \\T\\ rocker board\\.br\\R\\S\\L 1\\F\\2\\X0D0A\\Berg 44/56~Plan: progress||||||F\r"
            + "NTE|1||Co-signed by the PT.";
        Assert.Equal("97112 Neuromuscular reeducation minutes: 24 min\nOne-on-one for all NMR minutes: Yes\nTandem & rocker board\nR^L 1|2\r\nBerg 44/56\nPlan: progress\nCo-signed by the PT.\n",
            NoteMarkup.PlainTextOf(message));
        Assert.DoesNotContain("PIKE", NoteMarkup.PlainTextOf(message));
    }

    [Fact]
    public void Fhir_resources_are_read_as_the_note_their_values_and_their_answers()
    {
        var ndjson = "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"Edna Pike\"}]}\n"
            + "{\"resourceType\":\"DocumentReference\",\"content\":[{\"attachment\":{\"contentType\":\"text/plain\",\"data\":\"" + Convert.ToBase64String("NMR: tandem on foam.\nBerg 44/56."u8) + "\"}}]}\n"
            + "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"97112\"}],\"text\":\"NMR minutes\"},\"valueQuantity\":{\"value\":23,\"unit\":\"min\"}}\n"
            + "{\"resourceType\":\"QuestionnaireResponse\",\"item\":[{\"text\":\"One-on-one?\",\"answer\":[{\"valueBoolean\":false}]},{\"text\":\"Deficit targeted\",\"answer\":[]}]}";
        Assert.Equal("NMR: tandem on foam.\nBerg 44/56.\n97112 NMR minutes: 23 min\nOne-on-one?: No\nDeficit targeted: \n", NoteMarkup.PlainTextOf(ndjson));
    }

    [Theory]
    [InlineData("{\"resourceType\": broken", "{\"resourceType\": broken")]
    [InlineData("MSH|^~\\&|A\nOBX|1|TX|N^Note^L||no escapes here||||||F", "no escapes here\n")]
    public void An_interface_message_that_does_not_parse_is_read_as_written(string note, string expected) =>
        Assert.Equal(expected, NoteMarkup.PlainTextOf(note) ?? note);

    [Fact]
    public void A_french_keyboards_colons_and_a_tablets_fraction_glyphs_are_read_as_typed_in_english() =>
        Assert.Equal("Pt: R.B.\n1:1 the whole block\nwalked 1/2 mile, 1 3/4 laps; ½ hr", NoteMarkup.PlainTextOf("Pt\u00A0: R.B.\n1\u00A0: 1 the whole block\nwalked ½ mile, 1¾ laps; ½ hr"));

    [Fact]
    public void A_drawn_table_reads_as_a_flowsheet_and_a_merge_templates_leftovers_as_what_was_filled_in()
    {
        Assert.Equal("| Code  | Min |\n| 97112 | 22  |\nDone.", NoteMarkup.PlainTextOf("╔═══════╦═════╗\n║ Code  ║ Min ║\n╠═══════╬═════╣\n║ 97112 ║ 22  ║\n╚═══════╩═════╝\nDone."));
        Assert.Equal("| CPT   | MIN |\n| 97110 | 12  |", NoteMarkup.PlainTextOf("+-------+-----+\n| CPT   | MIN |\n+=======+=====+\n| 97110 | 12  |\n+-------+-----+"));
        Assert.Equal("CPT: 97110   Min: 12\nDelivery: \nPicked: «Perturbation training» «25»\nFGA  — 10MWT 0.84 m/s",
            NoteMarkup.PlainTextOf("CPT1: 97110   Min1: 12\nDelivery: «OneOnOne»\nPicked: «Perturbation training» «25»\nFGA [Insert score] — 10MWT 0.84 m/s"));
    }

    [Fact]
    public void Encoding_damage_is_undone_before_the_note_is_read()
    {
        // UTF-8 read as Windows-1252 once, and twice (two interfaces).
        Assert.Equal("NMR – 23 min; she can’t feel her feet; 35°", NoteMarkup.PlainTextOf("NMR â€“ 23 min; she canâ€™t feel her feet; 35Â°"));
        Assert.Equal("NMR – 23 min", NoteMarkup.PlainTextOf("NMR Ã¢â‚¬â€œ 23 min"));
        // Word's invisible characters inside a number and a word, its non-breaking hyphen and Symbol-font bullet.
        Assert.Equal("97112 — 22 min\n• re-education", NoteMarkup.PlainTextOf("97112 — 2\u200B2 min\n\uF0B7 re\u2011edu\u00ADcation"));
        // Tracked changes read as accepted; a review comment is not the writer's.
        Assert.Equal("Delivery:  Seen one-on-one. ", NoteMarkup.PlainTextOf("Delivery: [deleted: Seen in group.] [inserted: Seen one-on-one.] [Comment KB2: 1:1?]"));
        // Symbols an export lost: an apostrophe, a dash between code and minutes, a degree sign.
        Assert.Equal("CPT 97112 - 25 min; can't bend; ER 35° to 48°", NoteMarkup.PlainTextOf("CPT 97112 ? 25 min; can?t bend; ER 35\uFFFD to 48\uFFFD"));
    }

    [Theory]
    // A name written with its accent, a question answered against its mark, a question mark at a sentence's end: as written.
    [InlineData("Seen 1:1 with Mrs. Gómez; café table reach.")]
    [InlineData("1:1? Y. Group? N")]
    [InlineData("Pain better? Yes, 2/10.")]
    public void A_note_without_encoding_damage_is_read_as_written(string note) => Assert.Null(NoteMarkup.PlainTextOf(note));

    [Fact]
    public void A_form_that_numbers_every_field_is_read_without_its_field_numbers()
    {
        Assert.Equal("Patient: A.D.\nCPT: 97112    Minutes: 23\nDeficit: balance\nDelivery: 1:1",
            NoteMarkup.PlainTextOf("01 Patient: A.D.\n05 CPT: 97112    06 Minutes: 23\n10 Deficit: balance\n12 Delivery: 1:1"));
        // Numbered steps that are not a form's fields stay: "1. Foam stance" is no zero-padded field with a label.
        Assert.Null(NoteMarkup.PlainTextOf("1. Foam stance 3 x 30 s\n2. Tandem walk 4 laps\n3. Berg 44/56"));
    }

    [Fact]
    public void Codes_and_minutes_written_in_parallel_are_each_codes_minutes()
    {
        Assert.Equal("TE 15 min, NMR 23 min, MT 10 min · 1:1", NoteMarkup.PlainTextOf("TE/NMR/MT 15/23/10 min · 1:1"));
        Assert.Equal("97110 15 min, 97112 23 min", NoteMarkup.PlainTextOf("97110/97112 = 15/23 min"));
        // Not a rest's length, nor a list whose counts differ, nor after a dash.
        foreach (var note in (string[])["NMR/TE 1/2 min rest between sets", "TE/NMR/MT 15/23 min", "97112/97110 — 23/15 min"])
            Assert.Equal(note, NoteMarkup.PlainTextOf(note) ?? note);
    }

    [Fact]
    public void A_flowsheet_of_several_visits_is_read_for_todays_column()
    {
        Assert.Equal("03/04 TODAY\n97112 neuro re-ed (min)    23\nDelivery    group\nFoam stance    ✓ eyes closed\nBerg 44/56.",
            NoteMarkup.PlainTextOf("                         02/25    02/27    03/04 TODAY\n97112 neuro re-ed (min)  25       22       23\nDelivery                 1:1      1:1      group\nFoam stance              ✓        ✓        ✓ eyes closed\nBerg 44/56."));
        // No column marked today and no date of service: left as written.
        Assert.Null(NoteMarkup.PlainTextOf("                         02/25    02/27    03/04\n97112 neuro re-ed (min)  25       22       23\nBerg 44/56."));
        // A goal table is no grid of visits.
        Assert.Null(NoteMarkup.PlainTextOf("Goal      Baseline    Current (today)    Target    Status\nFGA       11/30       20/30              22/30     progressing"));
    }

    [Fact]
    public void A_week_log_is_read_for_todays_rows()
    {
        // (The days after today, still blank, are other days' rows too.)
        Assert.Equal("Wed 3/4  97112 23 min — 1:1.\n         Berg 39/56.",
            NoteMarkup.PlainTextOf("Mon 3/2  97112 22 min — group.\n         Berg 36.\nWed 3/4  97112 23 min — 1:1.\n         Berg 39/56.\nThu 3/5"));
        // The row dated the date of service, though a later one has an entry.
        Assert.Equal("DOS 03/02/2026\nMon 3/2  97112 22 min — 1:1.",
            NoteMarkup.PlainTextOf("DOS 03/02/2026\nMon 3/2  97112 22 min — 1:1.\nWed 3/4  97112 23 min — group."));
    }

    [Fact]
    public void Duration_fields_and_dotted_clock_ranges_are_read_as_minutes_and_ranges()
    {
        Assert.Equal("Duration: 22 min\nTimed Duration: 23 min", NoteMarkup.PlainTextOf("Duration: 0:22\nTimed Duration: 00:23:00"));
        Assert.Equal("97112 NMR 13:30–13:53; 97110 TE 9:15 to 9:38", NoteMarkup.PlainTextOf("97112 NMR 13.30–13.53; 97110 TE 9.15 to 9.38"));
        // A time of day in a duration field, and decimals with a unit, stay as written.
        foreach (var note in (string[])["Duration: 9:15 am start", "10MWT 1.10–1.22 m/s", "Weight 7.30-7.45 kg"])
            Assert.Equal(note, NoteMarkup.PlainTextOf(note) ?? note);
    }
}
