using System.CommandLine;
using ClaimAudit.Cli.Commands;

namespace ClaimAudit.Cli;

/// <summary>The <c>claimaudit</c> command line: a thin adapter over the engine (PRODUCT.md section 7).</summary>
public static class ClaimAuditCli
{
    public const int ExitOk = 0;
    public const int ExitFailOn = 1;
    public const int ExitUnreadable = 2;

    /// <param name="stdout">Text output (help, summaries).</param>
    /// <param name="stderr">Errors, always with the reason.</param>
    /// <param name="openStdout">The raw standard output stream, for <c>--out -</c>.</param>
    /// <param name="terminals">Which of standard output and error are terminals: progress is drawn only on a terminal (default: neither).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, ConsoleTerminals terminals = default)
    {
        var root = new RootCommand(
            "ClaimAudit: audits outpatient physical-therapy claims before they go out — units under the " +
            "8-minute rule, modifiers (GP, 59/X{EPSU}, KX, CQ/CO) and documentation — with the fix and the dollars.")
        {
            AuditCommand.Create(stdout, stderr, openStdout, terminals),
            ColumnsCommand.Create(stdout, stderr, openStdout),
            UnitsCommand.Create(stdout, stderr),
            PayersCommand.Create(stdout, stderr),
            KeysCommand.Create(stdout, stderr),
            RemitCommand.Create(stdout, stderr),
            AnalyticsCommand.Create(stdout, stderr, openStdout),
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        // A usage mistake is "the input cannot be read" (2), never confused with --fail-on (1).
        if (parse.Errors.Count > 0)
        {
            if (CommandSuggestion(parse) is { } suggestion) await new TerminalSafeWriter(stderr).WriteLineAsync($"claimaudit: {suggestion}");
            else foreach (var error in parse.Errors) await stderr.WriteLineAsync($"claimaudit: {error.Message}");
            await stderr.WriteLineAsync("Run 'claimaudit --help' for usage.");
            return ExitUnreadable;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>
    /// "'audti' is not a command; did you mean 'audit'?" when the first unmatched word stands where a
    /// command of a command group belongs, else null. System.CommandLine 2.0 has typo correction built in
    /// (ParseErrorAction.ShowTypoCorrections, run when a failed parse is invoked), but it compares every
    /// unmatched token with every command and option name, so `audti x.csv` also got "'x.csv' was not
    /// matched. Did you mean -h?", printed beside "Required command was not provided": the one helpful
    /// line drowned. Here only the word in the command's place is compared, with its group's subcommands.
    /// </summary>
    internal static string? CommandSuggestion(ParseResult parse)
    {
        var group = parse.CommandResult.Command;
        if (group.Subcommands.Count == 0 || parse.UnmatchedTokens.Count == 0) return null;
        var word = parse.UnmatchedTokens[0];
        if (word.StartsWith('-')) return null;
        var names = group.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var scored = names
            .Select(name => (Name: name, Distance: name.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : ClaimAudit.Core.Payers.PayerMap.EditDistance(word.ToLowerInvariant(), name)))
            .Where(s => s.Distance <= Math.Max(1, Math.Min(3, word.Length / 2)))
            .ToList();
        var where = group is RootCommand ? "command" : $"'{group.Name}' command";
        if (scored.Count == 0) return $"'{word}' is not a {where}; the {where}s are {string.Join(", ", names)}";
        var best = scored.Min(s => s.Distance);
        var closest = scored.Where(s => s.Distance == best).Select(s => $"'{s.Name}'");
        return $"'{word}' is not a {where}; did you mean {string.Join(" or ", closest)}?";
    }
}
