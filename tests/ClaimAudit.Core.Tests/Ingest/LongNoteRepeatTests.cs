using System.Text;
using ClaimAudit.Core.Ingest;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// Copy-forward: the same long note pasted into visit after visit (the cloned notes DOC_CLONED_NOTE
/// exists for). Note analysis runs at about 15 million characters a second, so a batch of seventeen
/// copies of a half-megabyte note took over a second in the fuzz run (issue 14). A long note equal to
/// one already analysed in the batch is analysed once; shorter notes cost too little to be worth it.
/// </summary>
public sealed class LongNoteRepeatTests
{
    private static string LongNote(char variant) =>
        $"Pt seen for balance training {variant}. " + string.Concat(Enumerable.Repeat("Single-leg stance with perturbations, tandem gait on foam, 3 sets. ", 400));

    [Fact]
    public void A_long_note_repeated_on_other_visits_is_analysed_once()
    {
        var note = LongNote('a');
        Assert.True(note.Length >= VisitAssembler.LongNoteLength);
        var csv = new StringBuilder("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,note\n");
        for (var v = 1; v <= 5; v++) csv.Append($"V{v},P{v},2026-03-0{v},medicare,97112,15,\"{note}\"\n");
        var analyzer = new RecordingNoteAnalyzer();

        var batch = IngestTestKit.Read(csv.ToString(), analyzer: analyzer);

        Assert.Empty(batch.RejectedRows);
        Assert.Equal(5, batch.Visits.Count);
        Assert.Single(analyzer.Seen);
        Assert.All(batch.Visits, v => Assert.True(v.Note.HasText));
    }

    [Fact]
    public void Different_long_notes_and_short_repeats_are_each_analysed()
    {
        var csv = new StringBuilder("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,note\n");
        csv.Append($"V1,P1,2026-03-01,medicare,97112,15,\"{LongNote('a')}\"\n");
        csv.Append($"V2,P1,2026-03-02,medicare,97112,15,\"{LongNote('b')}\"\n");
        csv.Append("V3,P1,2026-03-03,medicare,97112,15,short note\n");
        csv.Append("V4,P1,2026-03-04,medicare,97112,15,short note\n");
        var analyzer = new RecordingNoteAnalyzer();

        IngestTestKit.Read(csv.ToString(), analyzer: analyzer);

        Assert.Equal(4, analyzer.Seen.Count);
    }
}
