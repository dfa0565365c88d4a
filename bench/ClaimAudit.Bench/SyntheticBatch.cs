using System.Globalization;
using nietras.SeparatedValues;

namespace ClaimAudit.Bench;

/// <summary>A synthetic but realistic batch: 2–3 lines a visit, notes of PT-note length, three payers, some mistakes.</summary>
internal static class SyntheticBatch
{
    private static readonly string[] Payers = ["medicare", "commercial-ama", "commercial-strict"];
    private static readonly string[] Codes = ["97112", "97110", "97530", "97140", "97116"];
    private static readonly string[] Notes =
    [
        "97112 NMR {0} min one-on-one: PNF D2 flexion pattern and perturbation training on BAPS board for impaired proprioception; tandem stance 8 s, up from 5 s; cues for weight shift. Goal: community ambulation.",
        "Therapeutic exercise {0} min: sit-to-stand x10, bridges 3x10 for hip strength; 30s chair stand 9, was 7. Goal: independent transfers.",
        "Balance training and coordination exercises. Patient tolerated well. Continue plan of care.",
        "Manual therapy {0} min: grade III PA mobilization L4-L5 for hypomobility; pain 3/10, was 6/10.",
    ];

    public static long Write(string path, int lines)
    {
        var random = new Random(20261127);
        using var writer = Sep.Writer(o => o with { Escape = true }).ToFile(path);
        long written = 0;
        var visit = 0;
        while (written < lines)
        {
            visit++;
            var patient = $"P-{random.Next(1, Math.Max(2, lines / 8))}";
            var date = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var payer = Payers[random.Next(Payers.Length)];
            var count = Math.Min(random.Next(2, 4), lines - (int)written);
            var codes = Codes.OrderBy(_ => random.Next()).Take(count).ToArray();
            foreach (var code in codes)
            {
                var minutes = random.Next(5, 40);
                using var row = writer.NewRow();
                row["visit_id"].Set($"V-{visit}");
                row["patient_id"].Set(patient);
                row["date_of_service"].Set(date);
                row["payer_id"].Set(payer);
                row["cpt_code"].Set(code);
                row["minutes"].Set(minutes.ToString(CultureInfo.InvariantCulture));
                row["one_on_one"].Set(random.Next(10) == 0 ? "N" : "Y");
                row["billed_units"].Set(random.Next(0, 3).ToString(CultureInfo.InvariantCulture));
                row["billed_modifiers"].Set(random.Next(8) == 0 ? "" : "GP");
                row["diagnosis_codes"].Set("I69.351;R26.89");
                row["note"].Set(string.Format(CultureInfo.InvariantCulture, Notes[random.Next(Notes.Length)], minutes));
                written++;
            }
        }
        return written;
    }
}
