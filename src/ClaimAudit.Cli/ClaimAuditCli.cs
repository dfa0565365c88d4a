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
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var root = new RootCommand(
            "ClaimAudit: audits outpatient physical-therapy claims before they go out — units under the " +
            "8-minute rule, modifiers (GP, 59/X{EPSU}, KX, CQ/CO) and documentation — with the fix and the dollars.")
        {
            AuditCommand.Create(stdout, stderr, openStdout),
            ColumnsCommand.Create(stdout, stderr, openStdout),
            UnitsCommand.Create(stdout, stderr),
            PayersCommand.Create(stdout, stderr),
            KeysCommand.Create(stdout, stderr),
            RemitCommand.Create(stdout, stderr),
            AnalyticsCommand.Create(stdout, stderr, openStdout),
        };
        var parse = root.Parse(args);
        // A usage mistake is "the input cannot be read" (2), never confused with --fail-on (1).
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"claimaudit: {error.Message}");
            // System.CommandLine's own typo correction ("'audti' was not matched. Did you mean one of the
            // following? audit") lives in its ParseErrorAction, which runs only when the parse result is
            // invoked. It is run here for its suggestions alone: its errors were printed above (with our
            // prefix), its help is not wanted, and its suggestions go to standard error, not into
            // standard output where a report or JSON may be expected.
            if (parse.Action is System.CommandLine.Invocation.ParseErrorAction suggest)
            {
                suggest.ShowHelp = false;
                suggest.ShowTypoCorrections = true;
                await parse.InvokeAsync(new InvocationConfiguration { Output = stderr, Error = TextWriter.Null });
            }
            await stderr.WriteLineAsync("Run 'claimaudit --help' for usage.");
            return ExitUnreadable;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
