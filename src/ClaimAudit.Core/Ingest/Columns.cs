namespace ClaimAudit.Core.Ingest;

/// <summary>The input fields of PRODUCT.md section 2, in the order of its CSV table.</summary>
internal enum Column
{
    VisitId, PatientId, DateOfService, PayerId, CptCode, Minutes, OneOnOne, DividedAttentionMinutes,
    ProviderRole, AssistantMinutes, BilledUnits, BilledModifiers, DiagnosisCodes, YtdTherapyAmount, Note,
}

internal static class Columns
{
    public const int Count = (int)Column.Note + 1;

    /// <summary>CSV header names as the spec writes them; also the names used in CSV error messages.</summary>
    public static readonly string[] CsvNames =
    [
        "visit_id", "patient_id", "date_of_service", "payer_id", "cpt_code", "minutes", "one_on_one",
        "divided_attention_minutes", "provider_role", "assistant_minutes", "billed_units", "billed_modifiers",
        "diagnosis_codes", "ytd_therapy_amount", "note",
    ];

    /// <summary>JSON property names (section 2), used in JSON error messages.</summary>
    public static readonly string[] JsonNames =
    [
        "visitId", "patientId", "dateOfService", "payerId", "code", "minutes", "oneOnOne",
        "dividedAttentionMinutes", "providerRole", "assistantMinutes", "billedUnits", "billedModifiers",
        "diagnosisCodes", "ytdTherapyAmount", "note",
    ];

    /// <summary>Columns a CSV header must name. minutes is required as a column even though an untimed code's cell may be blank.</summary>
    public static readonly Column[] Required = [Column.VisitId, Column.PatientId, Column.DateOfService, Column.PayerId, Column.CptCode, Column.Minutes];

    private static readonly Dictionary<string, Column> ByKey = BuildKeys();

    private static Dictionary<string, Column> BuildKeys()
    {
        var keys = new Dictionary<string, Column>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            keys[Key(CsvNames[i])] = (Column)i;
            keys.TryAdd(Key(JsonNames[i]), (Column)i);
        }
        return keys;
    }

    /// <summary>
    /// Section 2: names match case-insensitively ignoring spaces, '_' and '-', so "Visit ID",
    /// "visit-id" and "VISIT_ID" are all visit_id. In JSON, "code" is the line's CPT code.
    /// </summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
            if (c is not (' ' or '_' or '-') && !char.IsWhiteSpace(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    public static bool TryMatch(ReadOnlySpan<char> name, out Column column) => ByKey.TryGetValue(Key(name), out column);
}
