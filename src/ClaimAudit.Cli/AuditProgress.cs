using System.Diagnostics;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli;

/// <summary>Whether standard output and standard error are terminals (not redirected to a file or a pipe).</summary>
public readonly record struct ConsoleTerminals(bool Stdout, bool Stderr)
{
    /// <summary>As the process was started; tests pass their own (the default: neither is a terminal).</summary>
    public static ConsoleTerminals OfProcess => new(!Console.IsOutputRedirected, !Console.IsErrorRedirected);
}

/// <summary>
/// "12,345 rows read · 4,012 visits audited · 8,200 visits/s" on standard error while a batch is audited,
/// redrawn in place with \r a few times a second and cleared at the end. Only for a terminal: a
/// redirected standard error (a log, CI) gets no progress bytes at all.
/// <para>
/// Off the hot path: rows are counted per buffer the parser reads (a vectorised count of line feeds
/// in the bytes, about one CSV row each), visits by one increment in a sink; the clock is read only by
/// the timer that draws the line and once at the first visit (the visits' rate starts there), never per
/// row or per visit.
/// </para>
/// </summary>
internal sealed class AuditProgress : IAsyncDisposable
{
    /// <summary>How often the line is redrawn.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _stderr;
    private readonly Func<TimeSpan> _clock;
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private long _rows;
    private long _bytes;
    private bool _countRows = true;
    private long _visits;
    private int _shown; // characters of the line on screen, to clear it
    private bool _stopped;
    private bool _auditing; // the file is read: the line shows the visits' rate from now on
    private TimeSpan? _firstVisitAt; // the visits' rate counts from here, not from the end of reading (history, partitions come between)
    private bool _lastByteWasNewline = true; // a last row without a line feed is counted at the end of the input

    /// <param name="startTimer">False in tests, which draw with <see cref="Draw"/> themselves.</param>
    /// <param name="clock">The time since the start; tests set it by hand, so a rate is a known figure.</param>
    internal AuditProgress(TextWriter stderr, bool startTimer = true, Func<TimeSpan>? clock = null)
    {
        _stderr = stderr;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
        if (startTimer) _timer = new Timer(_ => Draw(), null, Interval, Interval);
    }

    /// <summary>A progress line for a terminal, or null when standard error is not one.</summary>
    public static AuditProgress? For(TextWriter stderr, ConsoleTerminals terminals) => terminals.Stderr ? new AuditProgress(stderr) : null;

    /// <summary>Data rows read: the line feeds but the header's.</summary>
    public long Rows => Math.Max(0, Volatile.Read(ref _rows) - 1);
    public long Visits => Volatile.Read(ref _visits);

    /// <summary>
    /// The input as the parser reads it, counting its rows: line feeds in a CSV file. A workbook or a
    /// JSON batch has no row per line, so for those the bytes read are shown instead.
    /// </summary>
    public Stream Count(Stream input, bool csv)
    {
        _countRows = csv;
        return new RowCountingStream(input, this);
    }

    /// <summary>A sink that counts the visits as they are audited; place it first, so its finish clears the line before any report text.</summary>
    public ReportSink Sink() => new VisitCountingSink(this);

    /// <summary>The file is read; from now on the rate is of visits audited. Draws the line at once, so even a batch read faster than one tick shows what was read.</summary>
    public void Audit()
    {
        lock (_gate) _auditing = true;
        Draw();
    }

    /// <summary>Draws the current line (the timer's callback).</summary>
    internal void Draw()
    {
        lock (_gate)
        {
            if (_stopped) return;
            var now = _clock();
            var rows = Rows;
            var visits = Visits;
            // The rate of what moves now: rows while the file is read, visits once they are audited.
            var reading = !_auditing;
            var seconds = reading ? now.TotalSeconds : _firstVisitAt is { } first ? (now - first).TotalSeconds : 0;
            var rate = seconds <= 0 ? 0 : (reading ? rows : visits) / seconds;
            var read = _countRows ? Count(rows, "row") : $"{Volatile.Read(ref _bytes) / (1024.0 * 1024):0.0} MiB";
            var text = $"{read} read · {Count(visits, "visit")} audited";
            if (!reading || _countRows) text += $" · {Count((long)rate, reading ? "row" : "visit")}/s";
            _stderr.Write("\r" + text.PadRight(_shown));
            _stderr.Flush();
            _shown = text.Length;
        }
    }

    /// <summary>
    /// Writes a whole line of text (a message said during the audit, on standard output or error) without
    /// mixing it into the progress line: the line is cleared first and redrawn by the next tick.
    /// </summary>
    public void WriteLine(TextWriter target, string text)
    {
        lock (_gate)
        {
            ClearLine();
            target.WriteLine(text);
            target.Flush();
        }
    }

    /// <summary>Stops redrawing and clears the line; what follows on the terminal starts at column 0.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _stopped = true;
            ClearLine();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null) await _timer.DisposeAsync();
        Stop();
    }

    private void ClearLine()
    {
        if (_shown == 0) return;
        _stderr.Write("\r" + new string(' ', _shown) + "\r");
        _stderr.Flush();
        _shown = 0;
    }

    // Thousands separated: the figures on this line change while they are read.
    private static string Count(long n, string what) =>
        $"{n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {what}{(n == 1 ? "" : "s")}";

    private sealed class VisitCountingSink(AuditProgress progress) : ReportSink
    {
        public override ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            // The clock is read once, at the first visit; every other visit is one increment.
            if (Interlocked.Increment(ref progress._visits) == 1)
                lock (progress._gate) progress._firstVisitAt = progress._clock();
            return ValueTask.CompletedTask;
        }

        public override ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            progress.Stop();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A read-only pass-through that counts line feeds per buffer read.</summary>
    private sealed class RowCountingStream(Stream inner, AuditProgress progress) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            Counted(buffer[..n], end: n == 0 && buffer.Length > 0);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            Counted(buffer.Span[..n], end: n == 0 && buffer.Length > 0);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Counted(ReadOnlySpan<byte> read, bool end)
        {
            if (end)
            {
                // The end of the input: a last row without a trailing line feed is a row too (once).
                if (progress._countRows && !progress._lastByteWasNewline) Interlocked.Increment(ref progress._rows);
                progress._lastByteWasNewline = true;
                return;
            }
            if (read.Length == 0) return;
            if (progress._countRows) Interlocked.Add(ref progress._rows, read.Count((byte)'\n'));
            progress._lastByteWasNewline = read[^1] == (byte)'\n';
            Interlocked.Add(ref progress._bytes, read.Length);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
