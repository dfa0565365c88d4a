using System.Globalization;
using System.Text;

namespace ClaimAudit.Bench;

/// <summary>
/// Issue 14: many visits of one patient on one date, all with the same note, alternating the two
/// codes of a Medicare PTP pair (97150 over 97110), so every visit meets every other in the same-day
/// rules and the clone search. Each size is audited through the real CLI, side by side; the time
/// may grow at most 1.1 times as fast as the visits (doubling the visits at most ~2.2× the time).
/// </summary>
internal static class OnePatientBench
{
    private const string Note = "Ther ex 30 min: sit to stand x10 and bridges 3x10 for quad and hip strength; goal independent transfers.";

    /// <summary>How much faster than the visits the time may grow: 2.2× for twice the visits.</summary>
    private const double Allowed = 1.1;

    public static int Run(BenchOptions options)
    {
        var cli = options.Cli ?? CliAudit.BuildRelease();
        var folder = Directory.CreateTempSubdirectory("claimaudit-one-patient-");
        var rows = new List<(int Visits, long Bytes, CliAuditResult Result)>();
        try
        {
            foreach (var visits in options.OnePatient!)
            {
                var file = Path.Combine(folder.FullName, $"one-patient-{visits}.csv");
                Write(file, visits);
                Console.WriteLine($"auditing {visits:N0} visits of one patient on one date ({new FileInfo(file).Length:N0} bytes) ...");
                var result = CliAudit.Run(cli, file);
                if (!result.Succeeded) throw new InvalidOperationException($"the CLI failed on {visits:N0} visits (exit {result.ExitCode}): {result.ErrorTail}");
                rows.Add((visits, new FileInfo(file).Length, result));
            }
        }
        finally
        {
            if (!options.Keep) folder.Delete(recursive: true);
            else Console.WriteLine($"kept the batches in {folder.FullName}");
        }

        Console.WriteLine();
        Console.WriteLine("| visits | file | wall s | peak MB | × visits | × time | ok |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|:--|");
        var ok = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var (visits, bytes, result) = rows[i];
            string growth = "", time = "", verdict = "";
            if (i > 0)
            {
                var visitRatio = (double)visits / rows[i - 1].Visits;
                var timeRatio = result.Seconds / rows[i - 1].Result.Seconds;
                var within = timeRatio <= Allowed * visitRatio;
                ok &= within;
                (growth, time, verdict) = (F(visitRatio), F(timeRatio), within ? "yes" : $"no (over {F(Allowed * visitRatio)}×)");
            }
            Console.WriteLine($"| {visits:N0} | {bytes / 1024.0 / 1024.0:0.0} MB | {result.Seconds:0.00} | {(result.PeakBytes ?? result.SelfPeakBytes ?? 0) / 1024 / 1024:N0} | {growth} | {time} | {verdict} |");
        }
        Console.WriteLine(ok ? "time grows at most 1.1× as fast as one patient's visits" : "time grows faster than one patient's visits allow");
        return ok ? 0 : 1;
    }

    private static string F(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static void Write(string path, int visits)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,note\n");
        for (var i = 1; i <= visits; i++)
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"V-{i},P-1,2026-03-04,medicare,{(i % 2 == 1 ? "97150" : "97110")},30,2,GP,{Note}\n"));
    }
}
