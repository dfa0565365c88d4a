using System.Globalization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Ingest.X12;

/// <summary>
/// Reads an X12 837P claim file (005010X222A1, PRODUCT.md section 12) into visits, through the same
/// <see cref="VisitAssembler"/> checks as a CSV row, so downstream code cannot tell where a visit
/// came from except by <see cref="ServiceLine.MinutesUnknown"/>, <see cref="ServiceLine.Location"/>
/// and <see cref="ServiceLine.LineControl"/>.
/// </summary>
/// <remarks>
/// <para>Each service line (LX/SV1) is one input row; its row number is the SV1 segment's position in
/// the file and its location "ST 0001, segment 23". A claim is a visit (CLM01 the visit id) — except
/// that a claim whose lines have different dates of service is split: the lines on the claim's first
/// line date form visit CLM01, and the lines of each other date form visit <c>CLM01@yyyy-MM-dd</c>
/// (an 837P may bill several visits on one claim; each is audited as the visit it is).</para>
/// <para>Claims are committed to the assembler when their transaction set's SE has been read and its
/// segment count checked: a set whose SE count is wrong is damaged, and its claims are rejected. A
/// file that stops early keeps the complete claims read before the cut and rejects the one it cuts.</para>
/// </remarks>
internal sealed class Claim837Parser
{
    /// <summary>The names the assembler uses for each field in an 837P's messages, in <see cref="Column"/> order.</summary>
    public static readonly string[] Names =
    [
        "CLM01 (patient control number)", "patient id (NM109 of the patient or subscriber)", "service date (DTP*472)", "payer (NM1*PR)",
        "procedure code (SV101-2)", "minutes", "one_on_one", "divided_attention_minutes", "rendering provider taxonomy (PRV*PE)",
        "assistant_minutes", "units (SV104)", "modifier (SV101-3 … SV101-6)", "diagnosis (HI)", "ytd_therapy_amount", "note",
        "rendering provider (NM1*82)",
        "start_of_care", "poc_start", "poc_end", "poc_certified_date", "progress_report",
        "prior authorization (REF*G1)", "auth_start", "auth_end", "auth_visits",
    ];

    private sealed class Provider
    {
        public string Text = "";
        public string? Taxonomy;
    }

    private sealed class Line(int row, string location)
    {
        public int Row = row;
        public string Location = location;
        public bool HasSv1;
        public string Qualifier = "", Code = "", Units = "", UnitBasis = "";
        public List<string> Modifiers = [];
        public string? Date, DateError, LineControl;
        public Provider? Provider;
    }

    private sealed class Claim(string id, int row, string location)
    {
        public string Id = id;
        public int Row = row;
        public string Location = location;
        public string PayerName = "", PayerId = "", PatientId = "", Frequency = "";
        public string? Authorization;
        public List<string> Diagnoses = [];
        public Provider? Provider;
        public List<Line> Lines = [];
    }

    private readonly VisitAssembler _assembler;
    private readonly RowCells _cells = new();
    private readonly List<string> _errors = [];
    private readonly List<string> _dx = [];
    private readonly Dictionary<int, string> _locations = [];

    // Envelope and hierarchy state.
    private string? _groupVersion;
    private string? _set;
    private string? _skipSet;
    private readonly List<Claim> _setClaims = [];
    private string _subscriberId = "", _patientId = "", _payerName = "", _payerId = "", _level = "";
    private Claim? _claim;
    private Line? _line;
    private string? _lastEntity;
    private Provider? _lastProvider;

    private Claim837Parser(VisitAssembler assembler) => _assembler = assembler;

    /// <summary>Reads the claim file; a file that is not X12 at all is a file-level error, anything else is rows.</summary>
    public static IngestResult Parse(Stream input, VisitAssembler assembler)
    {
        using var reader = X12Reader.Open(input, out var error);
        if (reader is null) return IngestResult.Failed(error!);
        var parser = new Claim837Parser(assembler);
        try
        {
            while (reader.Read() is { } segment) parser.Handle(segment);
        }
        catch (InvalidDataException ex)
        {
            return IngestResult.Failed(ex.Message);
        }
        if (reader.Truncation is { } truncation) parser.Truncated(truncation, reader);
        return parser.Finish();
    }

    private static int RowOf(long position) => (int)Math.Min(position, int.MaxValue);

    private void Handle(X12Segment segment)
    {
        switch (segment.Id)
        {
            case "ISA" or "IEA" or "GE":
                if (_set is null) return;
                break;
            case "GS":
                if (_set is null) { _groupVersion = segment[8]; return; }
                break;
            case "ST":
                if (_set is not null) EndSet(null, $"transaction set ST {_set} has no SE: ST {segment.SetControl} begins at segment {segment.Position} of the file");
                BeginSet(segment);
                return;
            case "SE":
                if (_set is null) { RejectSegment(segment, segment.SetError ?? "an SE with no ST before it"); return; }
                EndSet(segment.SetError is { } damaged ? $"transaction set ST {_set}: {damaged}; its claims are not audited" : null, null);
                return;
        }
        if (_set is null)
        {
            RejectSegment(segment, $"segment {segment.Id} is outside a transaction set (ST … SE), so it belongs to no claim");
            return;
        }
        if (_skipSet is null) Map(segment);
    }

    private void BeginSet(X12Segment st)
    {
        _set = st.SetControl ?? "";
        _setClaims.Clear();
        _subscriberId = _patientId = _payerName = _payerId = _level = "";
        _claim = null;
        _line = null;
        _lastEntity = null;
        _lastProvider = null;
        var version = st[3].Length > 0 ? st[3] : _groupVersion ?? "";
        _skipSet = st[1] != "837"
            ? $"transaction set ST {_set} is an X12 {(st[1].Length == 0 ? "set with no type" : st[1])}, not an 837 claim set; it is not audited"
            : version.Contains("X223", StringComparison.Ordinal) ? $"transaction set ST {_set} is an 837I (institutional, {version}); only 837P professional claims (005010X222A1) are audited"
            : version.Contains("X224", StringComparison.Ordinal) ? $"transaction set ST {_set} is an 837D (dental, {version}); only 837P professional claims (005010X222A1) are audited"
            : null;
        if (_skipSet is not null) RejectSegment(st, _skipSet);
    }

    /// <summary>Closes the set: its complete claims are committed unless <paramref name="damaged"/>; a claim still open when the set ends early is rejected with <paramref name="cut"/>.</summary>
    private void EndSet(string? damaged, string? cut)
    {
        if (cut is not null)
        {
            CloseLine();
            if (_claim is { } open) RejectClaim(open, $"claim {Name(open)} is cut off: {cut}; it is not audited");
            _claim = null;
        }
        CloseClaim();
        foreach (var claim in _setClaims)
        {
            if (damaged is not null) RejectClaim(claim, damaged);
            else Commit(claim);
        }
        _setClaims.Clear();
        _set = null;
        _skipSet = null;
    }

    private void Truncated(string truncation, X12Reader reader)
    {
        var cutsClaim = _set is not null && _skipSet is null && _claim is not null;
        if (_set is not null) EndSet(null, truncation);
        if (cutsClaim) return;
        // Nothing open to blame it on: the cut itself is reported where the next segment would be.
        var row = RowOf(reader.Position + 1);
        var location = X12Reader.LocationOf(reader.OpenSet, reader.OpenSetIndex + 1, reader.Position + 1);
        Reject(row, location, [truncation], null);
    }

    private void Map(X12Segment s)
    {
        switch (s.Id)
        {
            case "HL":
                CloseClaim();
                _level = s[3];
                // 20 billing provider, 22 subscriber (2010BA/2010BB), 23 patient (2010CA).
                if (_level is "20" or "22") _subscriberId = _payerName = _payerId = "";
                _patientId = "";
                _lastEntity = null;
                return;
            case "NM1":
            {
                var entity = _lastEntity = s[1];
                if (_claim is null)
                {
                    switch (entity)
                    {
                        case "IL": _subscriberId = s[9]; break;
                        case "PR": (_payerName, _payerId) = (s[3], s[9]); break;
                        case "QC": _patientId = s[9]; break;
                    }
                    return;
                }
                // Inside a claim only the rendering provider matters (the other-payer loops' NM1*PR/IL do not).
                if (entity != "82") return;
                var name = s[4].Length > 0 ? $"{s[3]}, {s[4]}" : s[3];
                var npi = s[8] == "XX" ? s[9] : "";
                var provider = new Provider { Text = name.Length == 0 ? npi : npi.Length == 0 ? name : $"{name} ({npi})" };
                if (_line is not null) _line.Provider = provider; else _claim.Provider = provider;
                _lastProvider = provider;
                return;
            }
            case "PRV":
                if (s[1] == "PE" && _lastEntity == "82" && _claim is not null && _lastProvider is not null) _lastProvider.Taxonomy = s[3];
                return;
            case "CLM":
                CloseClaim();
                _claim = new Claim(s[1], RowOf(s.Position), s.Location)
                {
                    PayerName = _payerName,
                    PayerId = _payerId,
                    // 2010CA's NM109 when the patient loop names one (5010 mostly does not), else the subscriber's.
                    PatientId = _level == "23" && _patientId.Length > 0 ? _patientId : _subscriberId,
                    Frequency = s.Component(5, 3),
                };
                _lastEntity = null;
                return;
            case "REF" when _claim is not null:
                if (s[1] == "G1") _claim.Authorization ??= s[2];
                else if (s[1] == "6R" && _line is not null) _line.LineControl = s[2];
                return;
            case "HI" when _claim is not null && _line is null:
                for (var i = 1; i <= s.Count; i++)
                {
                    var parts = s.Components(i);
                    if (parts.Length >= 2 && parts[0] is "ABK" or "ABF" && parts[1].Length > 0) _claim.Diagnoses.Add(WithDot(parts[1]));
                }
                return;
            case "LX":
                if (_claim is null) { RejectSegment(s, "a service line (LX) before any claim (CLM)"); return; }
                CloseLine();
                _line = new Line(RowOf(s.Position), s.Location);
                _lastEntity = null;
                return;
            case "SV1":
            {
                if (_claim is null) { RejectSegment(s, "a service line (SV1) before any claim (CLM)"); return; }
                if (_line is null || _line.HasSv1)
                {
                    CloseLine();
                    _line = new Line(RowOf(s.Position), s.Location);
                }
                var line = _line;
                (line.Row, line.Location, line.HasSv1) = (RowOf(s.Position), s.Location, true);
                var procedure = s.Components(1);
                line.Qualifier = procedure.Length > 0 ? procedure[0] : "";
                line.Code = procedure.Length > 1 ? procedure[1] : "";
                for (var i = 2; i < procedure.Length && i < 6; i++)
                    if (procedure[i].Length > 0) line.Modifiers.Add(procedure[i]);
                line.UnitBasis = s[3];
                line.Units = s[4];
                _lastEntity = null;
                return;
            }
            case "DTP" when _line is not null && s[1] == "472":
                (_line.Date, _line.DateError) = ServiceDate(s[2], s[3]);
                return;
        }
    }

    // D8 is one day; RD8 a range, of which the first day is the line's date.
    private static (string? Date, string? Error) ServiceDate(string format, string value)
    {
        var day = format switch
        {
            "D8" => value,
            "RD8" => value.Split('-')[0],
            _ => null,
        };
        if (day is null) return (null, $"service date (DTP*472) has format '{format}'; D8 or RD8 expected");
        if (day.Length != 8 || !DateOnly.TryParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return (null, $"service date (DTP*472) {VisitAssembler.Quote(value)} is not a {format} date (CCYYMMDD{(format == "RD8" ? "-CCYYMMDD" : "")})");
        return (day, null);
    }

    // X12 writes ICD-10 codes without their dot (I69351); CSV and JSON batches write it (I69.351).
    private static string WithDot(string code)
    {
        code = code.ToUpperInvariant();
        return code.Length > 3 && !code.Contains('.') ? $"{code[..3]}.{code[3..]}" : code;
    }

    private void CloseLine()
    {
        if (_line is not null && _claim is not null) _claim.Lines.Add(_line);
        _line = null;
    }

    private void CloseClaim()
    {
        CloseLine();
        if (_claim is not null) _setClaims.Add(_claim);
        _claim = null;
        _lastProvider = null;
    }

    private static string Name(Claim claim) => claim.Id.Length == 0 ? $"at {claim.Location}" : VisitAssembler.Quote(claim.Id).Trim('\'');

    /// <summary>
    /// Section 12's role where the rendering provider's taxonomy says it: 2251… physical therapist,
    /// 2252… PT assistant, 225X… occupational therapist, 224Z… OT assistant, 235Z… speech-language
    /// pathologist; anything else (or no PRV) is PT, section 2's default.
    /// </summary>
    internal static string RoleOf(string? taxonomy) => taxonomy switch
    {
        null => "PT",
        _ when taxonomy.StartsWith("2252", StringComparison.OrdinalIgnoreCase) => "PTA",
        _ when taxonomy.StartsWith("225X", StringComparison.OrdinalIgnoreCase) => "OT",
        _ when taxonomy.StartsWith("224Z", StringComparison.OrdinalIgnoreCase) => "OTA",
        _ when taxonomy.StartsWith("235Z", StringComparison.OrdinalIgnoreCase) => "SLP",
        _ => "PT",
    };

    private void Commit(Claim claim)
    {
        _errors.Clear();
        (string Id, Payers.PayerProfile Profile)? payer = null;
        if (claim.Id.Length == 0) _errors.Add($"the claim at {claim.Location} has no CLM01 (patient control number), which is its visit id");
        if (claim.PayerId.Length == 0 && claim.PayerName.Length == 0) _errors.Add("the claim's subscriber has no payer (2010BB NM1*PR)");
        else
        {
            payer = _assembler.ResolvePayer(claim.PayerId) ?? _assembler.ResolvePayer(claim.PayerName);
            if (payer is null)
            {
                var closest = _assembler.ClosestPayers(claim.PayerName.Length > 0 ? claim.PayerName : claim.PayerId);
                _errors.Add($"payer {VisitAssembler.Quote(claim.PayerName)} (payer id {VisitAssembler.Quote(claim.PayerId)}) is not mapped to a payer profile"
                    + (closest.Count == 0 ? "" : $" (closest known: {string.Join(", ", closest.Select(c => VisitAssembler.Quote(c)))})")
                    + "; add its name or payer id to the payer map");
            }
        }
        if (claim.Frequency == "8") _errors.Add($"claim {Name(claim)} is a void (CLM05-3 frequency 8): a voided claim is not audited");
        if (claim.Lines.Count == 0) _errors.Add($"claim {Name(claim)} has no service lines (LX/SV1)");
        var visitId = claim.Id.Length == 0 ? null : claim.Id;
        if (_errors.Count > 0)
        {
            if (claim.Lines.Count == 0) Reject(claim.Row, claim.Location, _errors, visitId);
            foreach (var line in claim.Lines) Reject(line.Row, line.Location, _errors, visitId);
            return;
        }

        string? claimDate = null;
        foreach (var line in claim.Lines)
            if (line.Date is not null) { claimDate = line.Date; break; }
        var diagnoses = string.Join(';', claim.Diagnoses);
        foreach (var line in claim.Lines) CommitLine(claim, line, payer!.Value.Id, claimDate, diagnoses);
    }

    private void CommitLine(Claim claim, Line line, string payerId, string? claimDate, string diagnoses)
    {
        _errors.Clear();
        _dx.Clear();
        _locations[line.Row] = line.Location;
        var visitId = line.Date is null || line.Date == claimDate
            ? claim.Id
            : $"{claim.Id}@{line.Date[..4]}-{line.Date[4..6]}-{line.Date[6..]}";
        if (!line.HasSv1) _errors.Add("the service line (LX) has no SV1 (professional service)");
        else if (line.Qualifier != "HC") _errors.Add($"SV101-1 {VisitAssembler.Quote(line.Qualifier)} is not HC: only CPT/HCPCS procedure codes are audited");
        if (line.UnitBasis.Length > 0 && line.UnitBasis != "UN") _errors.Add($"SV103 {VisitAssembler.Quote(line.UnitBasis)} is not UN: only lines billed in units are audited");
        if (line.DateError is not null) _errors.Add(line.DateError);

        _cells.Clear();
        _cells.Set(Column.VisitId, visitId);
        _cells.Set(Column.PatientId, claim.PatientId);
        _cells.Set(Column.DateOfService, line.Date);
        _cells.Set(Column.PayerId, payerId);
        _cells.Set(Column.CptCode, line.Code);
        // An 837P has units, not minutes: the line is marked MinutesUnknown below, and 0 keeps the timed-code check quiet.
        _cells.Set(Column.Minutes, "0");
        var provider = line.Provider ?? claim.Provider;
        _cells.Set(Column.ProviderRole, RoleOf(provider?.Taxonomy));
        if (provider is not null) _cells.Set(Column.Provider, provider.Text);
        _cells.Set(Column.BilledUnits, line.Units);
        _cells.Set(Column.BilledModifiers, string.Join(';', line.Modifiers));
        _cells.Set(Column.DiagnosisCodes, diagnoses);
        if (claim.Authorization is { } auth) _cells.Set(Column.AuthNumber, auth);

        var key = _assembler.ParseVisitKey(_cells, _errors);
        // A date that is there but unreadable has said so already; "missing" would be a second, wrong reason.
        if (line.DateError is not null) _errors.Remove($"missing {Names[(int)Column.DateOfService]}");
        _assembler.ParseVisitExtras(_cells, _errors, _dx);
        var parsed = _assembler.ParseLine(_cells, key, line.Row, _errors);
        var episode = _assembler.ParseEpisode(_cells, _errors);
        if (_errors.Count > 0 || parsed is null || !key.IsComplete)
        {
            _assembler.Reject(line.Row, _errors, key.VisitId);
            return;
        }
        var serviceLine = parsed with
        {
            MinutesUnknown = true,
            Location = line.Location,
            LineControl = line.LineControl is { Length: > 0 } control ? control : null,
        };
        _assembler.Accept(key, line.Row, new ReadOnlySpan<ServiceLine>(ref serviceLine), _dx, default, [], episode);
    }

    private void RejectClaim(Claim claim, string reason)
    {
        var visitId = claim.Id.Length == 0 ? null : claim.Id;
        List<string> reasons = [reason];
        if (claim.Lines.Count == 0) Reject(claim.Row, claim.Location, reasons, visitId);
        foreach (var line in claim.Lines) Reject(line.Row, line.Location, reasons, visitId);
    }

    private void RejectSegment(X12Segment segment, string reason) =>
        Reject(RowOf(segment.Position), segment.Location, [reason], null);

    private void Reject(int row, string location, List<string> errors, string? visitId)
    {
        _locations[row] = location;
        _assembler.Reject(row, errors, visitId);
    }

    private IngestResult Finish()
    {
        var (visits, rejected) = _assembler.Finish();
        var located = rejected.Select(r => r.Location is null && _locations.TryGetValue(r.Row, out var location) ? r with { Location = location } : r).ToList();
        return new IngestResult { Visits = visits, RejectedRows = located, NoteColumn = false };
    }
}
