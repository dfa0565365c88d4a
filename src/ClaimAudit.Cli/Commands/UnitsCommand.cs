using System.CommandLine;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Cli.Commands;

/// <summary><c>claimaudit units --method cms 97112=24 97110=23</c>: the unit calculator.</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var method = new Option<string?>("--method") { Description = "Unit method: cms (Medicare's 8-minute rule), ama (per-code substantial portion) or strict. Default: the --payer profile's method, or without --payer the medicare profile's (cms)." };
        method.AcceptOnlyFromAmong("cms", "ama", "strict");
        var lines = new Argument<string[]>("CODE=MINUTES") { Description = "Timed minutes per code, e.g. 97112=24 97110=23.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (the same shape POST /api/units answers)." };
        var payer = new Option<string?>("--payer") { Description = "Use this payer profile's timed and untimed codes and rates (rates break cms ties between equal minutes). Without it: the built-in code lists, and ties go to the lower code. A code that is neither timed nor untimed, or a supply billed by quantity, exits 2." };
        var command = new Command("units", "Compute billable units for timed minutes.") { method, lines, json, payer };
        command.SetAction(parse => Run(parse.GetValue(method), parse.GetValue(lines) ?? [], parse.GetValue(json), parse.GetValue(payer), stdout, stderr));
        return command;
    }

    private const string DefaultPayer = "medicare";

    private static int Run(string? method, string[] pairs, bool json, string? payerId, TextWriter stdout, TextWriter stderr)
    {
        PayerProfile? profile = null;
        if (payerId is not null && (profile = PayerProfileSet.Shipped.Find(payerId)) is null)
        {
            stderr.WriteLine($"claimaudit: {CliText.UnknownPayer(payerId, PayerProfileSet.Shipped)}");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (method is null && profile is null)
        {
            // The usage line shows --method as optional, so its absence is not an error: the Medicare
            // profile's method (the 8-minute rule) is the common answer. Said on standard error, so
            // `units --json` keeps standard output pure JSON.
            var medicare = PayerProfileSet.Shipped.Find(DefaultPayer);
            method = medicare?.UnitMethod.ToText() ?? "cms";
            stderr.WriteLine($"method: {method} (the {DefaultPayer} profile's; give --method or --payer to choose)");
        }
        var request = new UnitsRequest { Method = method, Lines = [] };
        foreach (var pair in pairs)
        {
            if (!UnitsService.TryParseArgument(pair, out var line, out var error))
            {
                stderr.WriteLine($"claimaudit: {error}");
                return ClaimAuditCli.ExitUnreadable;
            }
            request.Lines.Add(line);
        }
        var result = UnitsService.Compute(request, profile);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"claimaudit: {error}");
            return ClaimAuditCli.ExitUnreadable;
        }
        var response = result.Response!;
        if (json)
        {
            stdout.WriteLine(UnitsService.Serialize(response));
            return ClaimAuditCli.ExitOk;
        }
        stdout.WriteLine($"{response.Method}: {CliText.Count(response.TotalMinutes, "timed minute")} → {CliText.Count(response.TotalUnits, "unit")}");
        foreach (var line in response.Lines)
            stdout.WriteLine($"  {line.Code}  {line.Minutes,4} min  {CliText.Count(line.Units, "unit")}");
        return ClaimAuditCli.ExitOk;
    }
}
