using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// The evaluated visits of each partition of a large batch, written to a temporary file per
/// partition in the order of their first row, and read back merged across partitions into the
/// batch's input order, so every report writer sees the visits as an in-memory audit gives them.
/// </summary>
internal sealed class VisitReportSpill : IDisposable
{
    private readonly string _folder = SpillFolders.Create(SpillFolders.VisitsPrefix);
    private readonly int _partitions;

    public VisitReportSpill(int partitions)
    {
        _partitions = partitions;
    }

    private string PathOf(int partition) => Path.Combine(_folder, $"{partition}.visits");

    /// <summary>Writes one partition's visits (already in first-row order) with the first row of each.</summary>
    public Writer Open(int partition) => new(new BinaryWriter(new FileStream(PathOf(partition), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), System.Text.Encoding.UTF8));

    internal sealed class Writer(BinaryWriter w) : IDisposable
    {
        public void Write(int firstRow, VisitReport v)
        {
            w.Write(firstRow);
            w.Write(v.VisitId);
            w.Write(v.PatientId);
            w.Write(v.PayerId);
            w.Write(v.DateOfService);
            w.Write(v.Status);
            w.Write(v.Lines.Count);
            foreach (var l in v.Lines)
            {
                w.Write(l.Code);
                w.Write(l.Rows.Count);
                foreach (var row in l.Rows) w.Write(row);
                WriteString(w, l.LineControl);
                WriteString(w, l.Location);
                WriteInt(w, l.Minutes);
                WriteInt(w, l.CountedMinutes);
                WriteInt(w, l.UnitsCheckedAgainstTime is bool checkedAgainstTime ? (checkedAgainstTime ? 1 : 0) : null);
                WriteInt(w, l.BilledUnits);
                WriteInt(w, l.ComputedUnits);
                WriteStrings(w, l.BilledModifiers);
                WriteStrings(w, l.RequiredModifiers);
                w.Write(l.Value);
                w.Write(l.BilledValue);
                WriteString(w, l.Provider);
            }
            w.Write(v.Findings.Count);
            foreach (var f in v.Findings)
            {
                w.Write(f.RuleId);
                w.Write(f.Severity);
                WriteString(w, f.Code);
                WriteInt(w, f.Row);
                WriteString(w, f.Location);
                WriteString(w, f.LineControl);
                w.Write(f.Amount);
                w.Write(f.AtRisk);
                WriteInt(w, f.LineIndex);
                w.Write(f.Templated);
                // The text is kept only where the finding has no templates to render it from.
                if (!f.Templated)
                {
                    w.Write(f.Message);
                    w.Write(f.Fix);
                }
                w.Write(f.Args.Count);
                // Indexed: a foreach over the IReadOnlyList would allocate an enumerator per finding.
                for (var a = 0; a < f.Args.Count; a++)
                {
                    var arg = f.Args[a];
                    w.Write(arg.Name);
                    switch (arg.Value)
                    {
                        case int i: w.Write((byte)1); w.Write(i); break;
                        case decimal d: w.Write((byte)2); w.Write(d); break;
                        default: w.Write((byte)0); w.Write(Convert.ToString(arg.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""); break;
                    }
                }
            }
        }

        public void Dispose() => w.Dispose();
    }

    private static void WriteInt(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is int v) w.Write(v);
    }

    private static void WriteString(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values) w.Write(value);
    }

    /// <summary>Every partition's visits, merged by first row: the batch's input order.</summary>
    public IEnumerable<VisitReport> Merged()
    {
        var readers = new List<BinaryReader>(_partitions);
        // Each partition is complete before the merge: its length is asked once, not per visit (a system call each).
        var lengths = new long[_partitions];
        var strings = new SpillStringPool();
        try
        {
            var heads = new PriorityQueue<(int Partition, VisitReport Visit), int>();
            for (var p = 0; p < _partitions; p++)
            {
                var r = new BinaryReader(new FileStream(PathOf(p), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan), System.Text.Encoding.UTF8);
                readers.Add(r);
                lengths[p] = r.BaseStream.Length;
                if (Next(r, lengths[p], strings) is { } first) heads.Enqueue((p, first.Visit), first.FirstRow);
            }
            while (heads.TryDequeue(out var head, out _))
            {
                yield return head.Visit;
                if (Next(readers[head.Partition], lengths[head.Partition], strings) is { } next) heads.Enqueue((head.Partition, next.Visit), next.FirstRow);
            }
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    // Ids (visit, patient, line control) are read as they are; every other string goes through the
    // pool: rule ids, codes, severities, payer names and most message parameters repeat on every
    // visit, and a new copy of each was the largest share of what writing a large report allocated.
    private static (int FirstRow, VisitReport Visit)? Next(BinaryReader r, long length, SpillStringPool strings)
    {
        if (r.BaseStream.Position >= length) return null;
        var firstRow = r.ReadInt32();
        var visitId = r.ReadString();
        var patientId = r.ReadString();
        var payerId = strings.Read(r);
        var date = strings.Read(r);
        var status = strings.Read(r);
        var lines = new LineReport[r.ReadInt32()];
        for (var i = 0; i < lines.Length; i++)
        {
            var code = strings.Read(r);
            var rows = new int[r.ReadInt32()];
            for (var j = 0; j < rows.Length; j++) rows[j] = r.ReadInt32();
            lines[i] = new LineReport
            {
                Code = code, Rows = rows, LineControl = r.ReadBoolean() ? r.ReadString() : null, Location = r.ReadBoolean() ? strings.Read(r) : null, Minutes = ReadInt(r), CountedMinutes = ReadInt(r),
                UnitsCheckedAgainstTime = ReadInt(r) is int checkedAgainstTime ? checkedAgainstTime == 1 : null,
                BilledUnits = ReadInt(r), ComputedUnits = ReadInt(r),
                BilledModifiers = ReadStrings(r, strings), RequiredModifiers = ReadStrings(r, strings), Value = r.ReadDecimal(), BilledValue = r.ReadDecimal(),
                Provider = r.ReadBoolean() ? strings.Read(r) : null,
            };
        }
        var findings = new FindingReport[r.ReadInt32()];
        for (var i = 0; i < findings.Length; i++)
        {
            var ruleId = strings.Read(r);
            var severity = strings.Read(r);
            var code = r.ReadBoolean() ? strings.Read(r) : null;
            var row = ReadInt(r);
            var location = r.ReadBoolean() ? strings.Read(r) : null;
            var lineControl = r.ReadBoolean() ? r.ReadString() : null;
            var amount = r.ReadDecimal();
            var atRisk = r.ReadDecimal();
            var lineIndex = ReadInt(r);
            var templated = r.ReadBoolean();
            string? message = null, fix = null;
            if (!templated) (message, fix) = (r.ReadString(), r.ReadString());
            var args = new FindingArg[r.ReadInt32()];
            for (var j = 0; j < args.Length; j++)
            {
                var name = strings.Read(r);
                args[j] = r.ReadByte() switch
                {
                    1 => new FindingArg(name, r.ReadInt32()),
                    2 => new FindingArg(name, r.ReadDecimal()),
                    _ => new FindingArg(name, strings.Read(r)),
                };
            }
            findings[i] = FindingReport.Read(ruleId, severity, code, row, amount, args, templated, message, fix, location, lineControl, atRisk, lineIndex);
        }
        return (firstRow, new VisitReport { VisitId = visitId, PatientId = patientId, PayerId = payerId, DateOfService = date, Status = status, Lines = lines, Findings = findings });
    }

    private static int? ReadInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static string[] ReadStrings(BinaryReader r, SpillStringPool strings)
    {
        var count = r.ReadInt32();
        if (count == 0) return [];
        var values = new string[count];
        for (var i = 0; i < values.Length; i++) values[i] = strings.Read(r);
        return values;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is only disk.
        }
    }
}
