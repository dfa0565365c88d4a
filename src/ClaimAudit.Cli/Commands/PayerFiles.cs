using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli.Commands;

/// <summary>The built-in payer profiles, with a <c>--payers FILE.json</c> laid over them.</summary>
internal static class PayerFiles
{
    /// <summary>Returns the profiles, or null after writing the reason to <paramref name="stderr"/>.</summary>
    public static PayerProfileSet? Load(FileInfo? file, TextWriter stderr)
    {
        var shipped = PayerProfileSet.Shipped;
        if (file is null) return shipped;
        if (CliText.IsDirectory(file, "payer profile file", stderr)) return null;
        if (!file.Exists)
        {
            stderr.WriteLine($"claimaudit: payer profile file '{file.FullName}' does not exist");
            return null;
        }
        try
        {
            using var stream = file.OpenRead();
            return shipped.With(PayerProfileJson.Parse(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimaudit: cannot read payer profile file '{file.FullName}': {ex.Message}");
            return null;
        }
        catch (PayerProfileException ex)
        {
            stderr.WriteLine($"claimaudit: payer profile file '{file.Name}' is not valid:");
            foreach (var error in ex.Errors) stderr.WriteLine($"  {error}");
            return null;
        }
    }
}
