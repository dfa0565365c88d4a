using System.CommandLine;
using System.Net;
using System.Net.Sockets;
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
            if (await UnreachableAsync(connection, cancellationToken) is { } why)
            {
                await stderr.WriteLineAsync($"claimaudit: cannot create the key: {why}");
                return ClaimAuditCli.ExitUnreadable;
            }
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

    /// <summary>How long the storage gets to accept a connection before the CLI says it is down.</summary>
    internal static readonly TimeSpan ReachTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Why the table endpoint cannot be reached, or null when it accepts a TCP connection. Checked
    /// before the SDK is called because the SDK retries a refused connection with back-off for many
    /// seconds and then reports "Retry failed after 4 tries…", which does not say the usual cause:
    /// Azurite is not running.
    /// </summary>
    internal static async Task<string?> UnreachableAsync(string connection, CancellationToken cancellationToken)
    {
        Uri endpoint;
        try
        {
            endpoint = AuditStorage.Create(connection).TablesClient.Uri;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return null; // a malformed connection string: the SDK's own message says what is wrong with it
        }
        var where = $"{endpoint.Host}:{endpoint.Port}";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReachTimeout);
        string reason;
        try
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            return null;
        }
        catch (SocketException ex)
        {
            reason = ex.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
                _ => ex.SocketErrorCode.ToString(),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reason = $"no answer within {ReachTimeout.TotalSeconds:0} seconds";
        }
        var local = endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out var ip) && IPAddress.IsLoopback(ip);
        return $"cannot reach the table storage at {where} ({reason}): " +
               (local ? "start Azurite (bash scripts/azurite.sh start) or check the connection string" : "check the connection string or endpoint and the network");
    }
}
