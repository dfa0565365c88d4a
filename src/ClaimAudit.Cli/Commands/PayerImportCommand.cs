using System.CommandLine;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// <c>claimaudit payers import</c>: a clinic's profile from the public CMS NCCI practitioner PTP and
/// MUE files instead of pairs typed by hand. The result is a profile file for <c>--payers</c> or for
/// <c>PUT /api/payers/{payerId}</c>.
/// </summary>
internal static class PayerImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "The profile to start from (its settings, rates and KX thresholds are kept).", DefaultValueFactory = _ => "medicare" };
        var id = new Option<string?>("--id") { Description = "Payer id of the new profile (default: the --from id)." };
        var ptp = new Option<FileInfo?>("--ptp") { Description = "The NCCI practitioner PTP file (tab or comma separated, as CMS publishes it): replaces the pairs." };
        var mue = new Option<FileInfo?>("--mue") { Description = "The NCCI practitioner MUE file: sets the daily unit limits of the codes it lists." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Keep the PTP pairs in effect on this date (default: every pair not deleted)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the profile JSON here (default: standard output)." };
        var command = new Command("import", "Build a payer profile from the CMS NCCI PTP and MUE files.") { from, id, ptp, mue, asOf, output };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(id), parse.GetValue(ptp), parse.GetValue(mue), parse.GetValue(asOf), parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Run(string from, string? id, FileInfo? ptp, FileInfo? mue, DateOnly? asOf, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        var profile = PayerProfileSet.Shipped.Find(from);
        if (profile is null)
        {
            stderr.WriteLine($"claimaudit: --from: {CliText.UnknownPayer(from, PayerProfileSet.Shipped)}");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (ptp is null && mue is null)
        {
            stderr.WriteLine("claimaudit: give --ptp FILE, --mue FILE or both");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (CliText.IsDirectory(ptp, "PTP file", stderr) || CliText.IsDirectory(mue, "MUE file", stderr)) return ClaimAuditCli.ExitUnreadable;
        try
        {
            if (id is not null) profile = profile with { PayerId = id.Trim().ToLowerInvariant(), Name = $"{profile.Name} (NCCI import)" };
            if (ptp is not null)
                using (var file = ptp.OpenRead()) profile = NcciImport.ApplyPtp(profile, file, asOf);
            if (mue is not null)
                using (var file = mue.OpenRead()) profile = NcciImport.ApplyMue(profile, file);
        }
        catch (Exception ex) when (ex is PayerProfileException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimaudit: cannot import: {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
        var errors = PayerProfileJson.Validate(profile);
        if (errors.Count > 0)
        {
            foreach (var error in errors) stderr.WriteLine($"claimaudit: imported profile is not valid: {error}");
            return ClaimAuditCli.ExitUnreadable;
        }
        var json = PayerProfileJson.Serialize(profile);
        if (output is null)
        {
            stdout.WriteLine(json);
            return ClaimAuditCli.ExitOk;
        }
        try
        {
            File.WriteAllText(output.FullName, json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimaudit: cannot write '{output.FullName}': {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
        stderr.WriteLine($"Wrote {output.FullName}: {CliText.Count(profile.PtpPairs.Count, "PTP pair")}, {CliText.Count(profile.DailyUnitLimits.Count, "daily limit")}");
        return ClaimAuditCli.ExitOk;
    }
}
