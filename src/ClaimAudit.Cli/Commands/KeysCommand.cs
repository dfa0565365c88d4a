using System.CommandLine;
using Azure;
using ClaimAudit.Storage;

namespace ClaimAudit.Cli.Commands;

/// <summary><c>claimaudit keys create --clinic ID --storage CONNECTION</c>: mints a clinic's API key.</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var clinic = new Option<string>("--clinic") { Description = "The clinic id (letters, digits and '-', up to 63 characters).", Required = true };
        var storage = new Option<string>("--storage")
        {
            Description = "The storage to keep the key hash in: a connection string (UseDevelopmentStorage=true for Azurite) or a table endpoint https://<account>.table.core.windows.net (signed in with your Azure identity).",
            Required = true,
        };
        var create = new Command("create", "Mint an API key for a clinic. The key is printed once; only its SHA-256 hash is stored.") { clinic, storage };
        create.SetAction((parse, cancellationToken) => CreateAsync(parse.GetValue(clinic)!, parse.GetValue(storage)!, stdout, stderr, cancellationToken));
        return new Command("keys", "Manage the clinic API keys of the HTTP API (X-Api-Key).") { create };
    }

    private static async Task<int> CreateAsync(string clinicId, string connection, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var key = await ClinicKeyStore.Create(connection).CreateAsync(clinicId, cancellationToken);
            await stdout.WriteLineAsync(key);
            await stderr.WriteLineAsync($"Key for clinic '{clinicId}' created. It is shown only this once: send it as the X-Api-Key header.");
            return ClaimAuditCli.ExitOk;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or RequestFailedException or AggregateException or Azure.Identity.AuthenticationFailedException)
        {
            await stderr.WriteLineAsync($"claimaudit: cannot create the key: {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
    }
}
