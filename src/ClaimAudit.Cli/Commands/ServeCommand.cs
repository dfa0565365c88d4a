using System.CommandLine;
using ClaimAudit.Cli.Serve;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// <c>claimaudit serve [--store DIR] [--urls URL]</c>: the page of PRODUCT.md section 14 on this computer, auditing into a
/// local store folder, no Azure and no keys. Runs until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var store = new Option<string?>("--store")
        {
            Description = "The folder serve keeps batches, reports and audited claims in (default: claimaudit/store under your local application data folder); claimaudit analytics --store DIR reads it.",
        };
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen, as ASP.NET Core takes it (default {ServeHost.DefaultUrls}; port 0 picks a free port). An address other than loopback lets anyone who can reach it audit files and read reports: there are no keys under serve.",
        };
        var command = new Command("serve", "Serve the ClaimAudit page on this computer: drop an export in the browser, watch it audited, open and download its report.")
        {
            store, urls,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(store), parse.GetValue(urls), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? storeDir, string? urls, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var store = storeDir ?? ServeHost.DefaultStore();
        ServeHost host;
        try
        {
            host = await ServeHost.StartAsync(store, urls ?? ServeHost.DefaultUrls, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            // Address in use, a malformed --urls, an unwritable store folder: the reason, not a stack trace.
            await new TerminalSafeWriter(stderr).WriteLineAsync($"claimaudit: cannot serve on {urls ?? ServeHost.DefaultUrls} with the store '{Path.GetFullPath(store)}': {e.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
        await using (host)
        {
            await WriteBannerAsync(host, stdout);
            // Ctrl+C cancels the command's token and stops ASP.NET Core's console lifetime: whichever comes first.
            var stopped = new TaskCompletionSource();
            using (cancellationToken.Register(() => stopped.TrySetResult()))
            using (host.Stopping.Register(() => stopped.TrySetResult()))
                await stopped.Task;
            await stdout.WriteLineAsync("Stopping.");
        }
        return ClaimAuditCli.ExitOk;
    }

    /// <summary>What serve says on start: where the page is, who can reach it, where the store is, how to stop.</summary>
    internal static async Task WriteBannerAsync(ServeHost host, TextWriter stdout)
    {
        var w = new TerminalSafeWriter(stdout);
        await w.WriteLineAsync($"ClaimAudit is serving its page at {host.PageUrl}");
        await w.WriteLineAsync(host.LoopbackOnly
            ? $"It listens on this computer only ({string.Join(", ", host.Addresses)}); there are no keys under serve."
            : $"Warning: it listens on {string.Join(", ", host.Addresses)}, which other computers can reach: anyone who can reach it can audit files and read reports (there are no keys under serve).");
        await w.WriteLineAsync($"Store: {host.StoreDirectory} (claimaudit analytics --store \"{host.StoreDirectory}\" reads its audits)");
        await w.WriteLineAsync("Ctrl+C to stop.");
        w.Flush();
    }
}
