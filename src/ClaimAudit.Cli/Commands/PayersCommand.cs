using System.CommandLine;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli.Commands;

/// <summary><c>claimaudit payers [list | show ID]</c>: the payer profiles the audit uses.</summary>
internal static class PayersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var payers = new Option<FileInfo?>("--payers") { Description = "A JSON file of payer profiles laid over the built-in ones." };

        var list = new Command("list", "List the payer profiles (the default).") { json, payers };
        list.SetAction(parse => List(PayerFiles.Load(parse.GetValue(payers), stderr), parse.GetValue(json), stdout));

        var id = new Argument<string>("ID") { Description = "Payer id, e.g. medicare." };
        var show = new Command("show", "Show one payer profile in full.") { id, json, payers };
        show.SetAction(parse => Show(PayerFiles.Load(parse.GetValue(payers), stderr), parse.GetValue(id)!, stdout, stderr));

        var command = new Command("payers", "List or show the payer profiles (built-in, plus --payers FILE.json), or build one from the CMS NCCI files.") { list, show, PayerImportCommand.Create(stdout, stderr), json, payers };
        command.SetAction(parse => List(PayerFiles.Load(parse.GetValue(payers), stderr), parse.GetValue(json), stdout));
        return command;
    }

    private static int List(PayerProfileSet? profiles, bool json, TextWriter stdout)
    {
        if (profiles is null) return ClaimAuditCli.ExitUnreadable;
        if (json)
        {
            stdout.WriteLine(PayerProfileJson.Serialize(profiles.All));
            return ClaimAuditCli.ExitOk;
        }
        foreach (var p in profiles.All)
            stdout.WriteLine($"{p.PayerId,-20} {p.UnitMethod.ToText(),-7} {p.Name}{EpisodeRules(p.Episodes, p.DenialCategories.Count)}");
        return ClaimAuditCli.ExitOk;
    }

    // Section 10: which episode rules the profile applies, so a clinic sees at a glance why a payer
    // flags plans of care or authorisations and another does not.
    // Section 11: a profile with its own denial categories says how many (`payers show` lists them).
    private static string EpisodeRules(EpisodePolicy policy, int denialCategories)
    {
        var rules = new List<string>();
        if (policy.Certification.Required)
            rules.Add($"plan of care certified within {CliText.Count(policy.Certification.WithinDays, "day")}, at most {CliText.Count(policy.Certification.MaxPlanDays, "day")}");
        if (policy.ProgressReportEveryTreatmentDays is { } every) rules.Add($"progress report every {CliText.Count(every, "treatment day")}");
        if (policy.RequiresAuthorization) rules.Add("authorisation required");
        if (policy.YearlyVisitLimit is { } limit) rules.Add($"{CliText.Count(limit, "visit")} a year");
        if (denialCategories > 0) rules.Add($"{denialCategories} own denial-category entr{(denialCategories == 1 ? "y" : "ies")} (before the shipped mapping)");
        return rules.Count == 0 ? "" : $" — {string.Join("; ", rules)}";
    }

    // A profile is shown as JSON either way: it is data, and JSON is its most readable full form.
    private static int Show(PayerProfileSet? profiles, string id, TextWriter stdout, TextWriter stderr)
    {
        if (profiles is null) return ClaimAuditCli.ExitUnreadable;
        var profile = profiles.Find(id);
        if (profile is null)
        {
            stderr.WriteLine($"claimaudit: {CliText.UnknownPayer(id, profiles)}");
            return ClaimAuditCli.ExitUnreadable;
        }
        stdout.WriteLine(PayerProfileJson.Serialize(profile));
        return ClaimAuditCli.ExitOk;
    }
}
