using System.CommandLine;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Cli.Commands;

/// <summary><c>claimaudit units --method cms 97112=24 97110=23</c>: the unit calculator.</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var method = new Option<string?>("--method") { Description = "Unit method: cms (Medicare's 8-minute rule), ama (per-code substantial portion) or strict. With --payer, defaults to that payer's method." };
        method.AcceptOnlyFromAmong("cms", "ama", "strict");
        var lines = new Argument<string[]>("CODE=MINUTES") { Description = "Timed minutes per code, e.g. 97112=24 97110=23.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (the same shape POST /api/units answers)." };
        var payer = new Option<string?>("--payer") { Description = "Use this payer profile's timed and untimed codes and rates (rates break cms ties between equal minutes). Without it: the built-in code lists, and ties go to the lower code. A code that is neither timed nor untimed, or a supply billed by quantity, exits 2." };
        var command = new Command("units", "Compute billable units for timed minutes.") { method, lines, json, payer };
        command.SetAction(parse => Run(parse.GetValue(method), parse.GetValue(lines) ?? [], parse.GetValue(json), parse.GetValue(payer), stdout, stderr));
        return command;
    }

    private static int Run(string? method, string[] pairs, bool json, string? payerId, TextWriter stdout, TextWriter stderr)
    {
        PayerProfile? profile = null;
        if (payerId is not null && (profile = PayerProfileSet.Shipped.Find(payerId)) is null)
        {
            stderr.WriteLine($"claimaudit: unknown payer '{payerId}'");
            return ClaimAuditCli.ExitUnreadable;
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
        stdout.WriteLine($"{response.Method}: {response.TotalMinutes} timed minutes → {response.TotalUnits} units");
        foreach (var line in response.Lines)
            stdout.WriteLine($"  {line.Code}  {line.Minutes,4} min  {line.Units} unit{(line.Units == 1 ? "" : "s")}");
        return ClaimAuditCli.ExitOk;
    }
}
