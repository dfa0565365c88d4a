namespace ClaimAudit.Core.Ingest;

/// <summary>The input fields of PRODUCT.md section 2, in the order of its CSV table.</summary>
internal enum Column
{
    VisitId, PatientId, DateOfService, PayerId, CptCode, Minutes, OneOnOne, DividedAttentionMinutes,
    ProviderRole, AssistantMinutes, BilledUnits, BilledModifiers, DiagnosisCodes, YtdTherapyAmount, Note, Provider,
    // Section 10: the episode of care, visit-level like the patient and the date (optional, blank = not given).
    StartOfCare, PocStart, PocEnd, PocCertifiedDate, ProgressReport, AuthNumber, AuthStart, AuthEnd, AuthVisits,
}

internal static class Columns
{
    public const int Count = (int)Column.AuthVisits + 1;

    /// <summary>CSV header names as the spec writes them; also the names used in CSV error messages.</summary>
    public static readonly string[] CsvNames =
    [
        "visit_id", "patient_id", "date_of_service", "payer_id", "cpt_code", "minutes", "one_on_one",
        "divided_attention_minutes", "provider_role", "assistant_minutes", "billed_units", "billed_modifiers",
        "diagnosis_codes", "ytd_therapy_amount", "note", "provider",
        "start_of_care", "poc_start", "poc_end", "poc_certified_date", "progress_report",
        "auth_number", "auth_start", "auth_end", "auth_visits",
    ];

    /// <summary>JSON property names (section 2), used in JSON error messages.</summary>
    public static readonly string[] JsonNames =
    [
        "visitId", "patientId", "dateOfService", "payerId", "code", "minutes", "oneOnOne",
        "dividedAttentionMinutes", "providerRole", "assistantMinutes", "billedUnits", "billedModifiers",
        "diagnosisCodes", "ytdTherapyAmount", "note", "providerId",
        // Section 10: a JSON visit's episode and authorization objects; a dotted name is never a header name.
        "episode.startOfCare", "episode.pocStart", "episode.pocEnd", "episode.pocCertifiedDate", "episode.progressReport",
        "authorization.number", "authorization.start", "authorization.end", "authorization.visits",
    ];

    /// <summary>The episode columns of section 10: visit-level, optional, blank = not given.</summary>
    public static bool IsEpisode(Column column) => column >= Column.StartOfCare;

    /// <summary>Columns a CSV header must name. minutes is required as a column even though an untimed code's cell may be blank.</summary>
    public static readonly Column[] Required = [Column.VisitId, Column.PatientId, Column.DateOfService, Column.PayerId, Column.CptCode, Column.Minutes];

    /// <summary>Fields that several columns may fill, folded in header order ("Mod 1" … "Mod 4", "ICD-10 1" … "ICD-10 12").</summary>
    public static bool IsList(Column column) => column is Column.BilledModifiers or Column.DiagnosisCodes;

    /// <summary>
    /// Section 13: the headers EMR and practice-management exports use for our fields. Numbered
    /// columns ("Mod 1", "Dx 12") are expanded below.
    /// </summary>
    private static readonly (Column Field, string[] Headers)[] Aliases =
    [
        (Column.VisitId, ["Encounter ID", "Visit", "Visit Number", "Claim ID", "Claim Number", "Ticket"]),
        (Column.PatientId, ["Patient Account", "Account Number", "Patient Account #", "MRN", "Chart Number", "Patient Number"]),
        (Column.DateOfService, ["DOS", "Service Date", "Date", "Visit Date", "From Date"]),
        (Column.PayerId, ["Payer", "Payer Name", "Insurance", "Primary Insurance", "Primary Payer", "Insurance Plan"]),
        (Column.CptCode, ["CPT", "CPT Code", "Procedure", "Procedure Code", "HCPCS", "Code"]),
        (Column.Minutes, ["Treatment Minutes", "Minutes", "Min", "Time (min)", "Duration"]),
        (Column.BilledUnits, ["Units", "Billed Units", "Qty", "Quantity"]),
        (Column.BilledModifiers, ["Modifiers", "Modifier", .. Numbered("Mod", 4), .. Numbered("Modifier", 4)]),
        (Column.DiagnosisCodes, ["Diagnosis", "Dx", "ICD-10", .. Numbered("Dx", 12), .. Numbered("ICD-10", 12), .. Numbered("Diagnosis", 12)]),
        (Column.ProviderRole, ["Provider Credentials", "Credentials", "Discipline", "Provider Type"]),
        (Column.Provider, ["Rendering Provider", "Therapist", "Provider"]),
        (Column.Note, ["Note", "Note Text", "Narrative", "Treatment Note"]),
        (Column.OneOnOne, ["1:1", "One on One"]),
        // Section 10 episode columns as EMR case exports and billing reports name them.
        (Column.StartOfCare, ["Start of Care Date", "SOC", "SOC Date"]),
        (Column.PocStart, ["POC Start Date", "Plan of Care Start", "Plan of Care Start Date", "Cert Start", "Certification Start", "Cert Period Start"]),
        (Column.PocEnd, ["POC End Date", "Plan of Care End", "Plan of Care End Date", "Cert End", "Certification End", "Cert Period End", "Cert Through"]),
        (Column.PocCertifiedDate, ["Cert Date", "Certification Date", "Certified Date", "POC Certified", "POC Certified Date", "POC Signed Date",
            "Plan of Care Signed", "Plan of Care Signed Date", "Physician Signature Date", "MD Signature Date"]),
        (Column.ProgressReport, ["Progress Note", "Progress Note Visit", "Re-eval", "Re-evaluation"]),
        (Column.AuthNumber, ["Auth #", "Auth No", "Authorization", "Authorization #", "Authorization Number",
            "Prior Auth", "Prior Auth #", "Prior Authorization", "Prior Authorization Number", "PA Number"]),
        (Column.AuthStart, ["Auth Start Date", "Auth From", "Auth Effective Date", "Authorization Start", "Authorization Start Date"]),
        (Column.AuthEnd, ["Auth End Date", "Auth Through", "Auth To", "Auth Expiration", "Auth Expiration Date", "Auth Exp Date",
            "Authorization End", "Authorization End Date"]),
        (Column.AuthVisits, ["Visits Authorized", "Authorized Visits", "Auth Visit Count", "Approved Visits", "Visits Approved"]),
    ];

    private static IEnumerable<string> Numbered(string stem, int count) => Enumerable.Range(1, count).Select(n => $"{stem} {n}");

    private static readonly Dictionary<string, Column> ByName = BuildNames();
    private static readonly Dictionary<string, Column> ByAlias = BuildAliases();

    private static Dictionary<string, Column> BuildNames()
    {
        var keys = new Dictionary<string, Column>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            keys[Key(CsvNames[i])] = (Column)i;
            if (!JsonNames[i].Contains('.')) keys.TryAdd(Key(JsonNames[i]), (Column)i);
        }
        return keys;
    }

    private static Dictionary<string, Column> BuildAliases()
    {
        var keys = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var (field, headers) in Aliases)
            foreach (var header in headers)
            {
                // "Patient Account" and "Patient Account #" are one key; one alias for two fields is a bug.
                if (ByName.ContainsKey(Key(header)) || keys.TryAdd(Key(header), field)) continue;
                if (keys[Key(header)] != field) throw new InvalidOperationException($"the alias '{header}' is listed for two fields");
            }
        return keys;
    }

    /// <summary>
    /// Sections 2 and 13: names match case-insensitively ignoring spaces, '_', '-', '#', '.' and
    /// '/', so "Visit ID", "visit-id" and "VISIT_ID" are all visit_id and "Patient Account #" is
    /// "Patient Account". In JSON, "code" is the line's CPT code.
    /// </summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
            if (c is not (' ' or '_' or '-' or '#' or '.' or '/') && !char.IsWhiteSpace(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    /// <summary>One of our own field names (CSV or JSON spelling).</summary>
    public static bool TryMatchName(ReadOnlySpan<char> name, out Column column) => ByName.TryGetValue(Key(name), out column);

    /// <summary>A built-in alias from an export (section 13).</summary>
    public static bool TryMatchAlias(ReadOnlySpan<char> name, out Column column) => ByAlias.TryGetValue(Key(name), out column);

    /// <summary>Our name or a built-in alias.</summary>
    public static bool TryMatch(ReadOnlySpan<char> name, out Column column) => TryMatchName(name, out column) || TryMatchAlias(name, out column);
}
