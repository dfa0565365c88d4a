namespace ClaimAudit.Core.Model;

public enum Severity { Info, Warning, Error }

internal static class SeverityText
{
    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
