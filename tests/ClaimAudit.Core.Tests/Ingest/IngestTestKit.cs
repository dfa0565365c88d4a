using System.Text;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>Records the note texts it is given; says a note "has text" like the real analyzer.</summary>
internal sealed class RecordingNoteAnalyzer : INoteAnalyzer
{
    public List<string> Seen { get; } = [];

    public NoteFeatures Analyze(string noteText)
    {
        Seen.Add(noteText);
        return string.IsNullOrWhiteSpace(noteText) ? NoteFeatures.Empty : new NoteFeatures { HasText = true };
    }
}

/// <summary>Builds a reader over inline payer profiles (the shipped ones are data owned elsewhere).</summary>
internal static class IngestTestKit
{
    public static readonly PayerProfile Medicare = new() { PayerId = "medicare" };
    /// <summary>A payer that bills 97530 by the visit (not timed), to show minutes follow the profile.</summary>
    public static readonly PayerProfile FlatRate = new() { PayerId = "flat-rate", TimedCodes = ["97112"] };

    public static PayerProfile? FindPayer(string id) => new PayerProfileSet([Medicare, FlatRate]).Find(id);

    public const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes";

    public static IngestResult Read(string text, InputFormat format = InputFormat.Auto, RecordingNoteAnalyzer? analyzer = null, IngestLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(text), format, analyzer, limits);

    public static IngestResult Read(byte[] bytes, InputFormat format = InputFormat.Auto, RecordingNoteAnalyzer? analyzer = null, IngestLimits? limits = null)
    {
        var reader = new BatchReader(FindPayer, analyzer ?? new RecordingNoteAnalyzer(), limits);
        // Non-seekable on purpose: blob and HTTP bodies are forward-only streams.
        return reader.Read(new ForwardOnlyStream(new MemoryStream(bytes)), format);
    }

    /// <summary>The shipped sample export's payer map, checked against the shipped profiles.</summary>
    public static IngestOptions SamplePayerMap() => new()
    {
        Payers = PayerMap.Load(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", "payer-map.json")), PayerProfileSet.Shipped.Contains),
    };

    /// <summary>A batch audited with the shipped profiles, as its JSON report; it must read without a file error or a rejected row.</summary>
    public static string AuditToJson(Stream input, InputFormat format, IngestOptions? options)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        var batch = engine.Ingest(input, format, options);
        Assert.Null(batch.FileError);
        Assert.Empty(batch.RejectedRows);
        var report = engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        using var output = new MemoryStream();
        Core.Reporting.ReportFormat.Json.Write(output, report, CancellationToken.None).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Joins lines with LF (tests that care about CRLF build their text themselves).</summary>
    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";
}

/// <summary>
/// A stream that can only be read forwards and cannot seek or tell its length, like a network body: the
/// members a reading test does not need, once for all its test streams (they implement only Read).
/// </summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream that cannot seek or tell its length, like a network body.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : ReadOnlyForwardStream
{
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
}

/// <summary>Generates a large CSV on the fly so a test can ingest a big batch without holding its text.</summary>
internal sealed class GeneratedCsvStream(int rows) : ReadOnlyForwardStream
{
    private int _next = -1;
    private byte[] _pending = [];
    private int _offset;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            if (_next >= rows) return 0;
            _pending = Encoding.UTF8.GetBytes(_next < 0
                ? "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_modifiers,diagnosis_codes,note\n"
                : $"V-{_next / 4},P-{_next / 40},2026-03-04,medicare,{(_next % 2 == 0 ? "97112" : "97110")},{15 + _next % 10},GP,R26.89,\"Visit note {_next / 4}: PNF D2 patterns, 8/10 perturbations\"\n");
            _offset = 0;
            _next++;
        }
        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

}
