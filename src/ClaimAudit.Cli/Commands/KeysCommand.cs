using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Azure.Identity;
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
            var key = await new ClinicKeyStore(StorageFor(connection)).CreateAsync(clinicId, cancellationToken);
            await stdout.WriteLineAsync(key);
            await stderr.WriteLineAsync($"Key for clinic '{clinicId}' created. It is shown only this once: send it as the X-Api-Key header.");
            return ClaimAuditCli.ExitOk;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or RequestFailedException or AggregateException or Azure.Identity.AuthenticationFailedException)
        {
            // The SDK's "Retry failed after 2 tries. … (A) (B)": the last attempt's reason says it all.
            var message = ex is AggregateException { InnerExceptions: [.., var last] } ? last.Message : ex.Message;
            await new TerminalSafeWriter(stderr).WriteLineAsync($"claimaudit: cannot create the key: {message}");
            return ClaimAuditCli.ExitUnreadable;
        }
    }

    /// <summary>
    /// The storage the key goes to, its table client retrying once rather than the SDK's default three
    /// times with back-off: a person waits at the prompt, and a remote endpoint (not probed, see
    /// <see cref="UnreachableAsync"/>) that is down should say so in seconds, not after a minute.
    /// </summary>
    private static AuditStorage StorageFor(string connection)
    {
        var storage = AuditStorage.Create(connection);
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        // AuditStorage.Create has worked out the table endpoint (an account URI) or validated the connection string.
        var tables = Uri.TryCreate(connection.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? new TableServiceClient(storage.TablesClient.Uri, new DefaultAzureCredential(), options)
            : new TableServiceClient(connection, options);
        return new AuditStorage(storage.Blobs, tables);
    }

    /// <summary>How long the storage gets to accept a connection before the CLI says it is down.</summary>
    internal static readonly TimeSpan ReachTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Why a loopback table endpoint (Azurite's) cannot be reached, or null when it accepts a TCP
    /// connection or is not on this machine. Checked before the SDK is called because the SDK retries a
    /// refused connection with back-off and then reports "Retry failed after … tries", which does not
    /// say the usual cause: Azurite is not running. A remote endpoint is left to the SDK: it goes
    /// through HTTPS_PROXY, which a direct TCP connect would not, so the probe could fail where the
    /// SDK would get through.
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
        if (!IsLoopback(endpoint)) return null;
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
        return $"cannot reach the table storage at {where} ({reason}): start Azurite (bash scripts/azurite.sh start) or check the connection string";
    }

    // 127.0.0.1 (any 127.x), ::1 and "localhost": where Azurite listens. Uri.IsLoopback covers the names;
    // the address check the forms it does not, e.g. "[::1]" with brackets in Host.
    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
