namespace ClaimAudit.Core.Model;

/// <summary>Who furnished a service line. Assistants (PTA, OTA) drive the CQ/CO modifiers and the assistant rate.</summary>
public enum ProviderRole { PT, PTA, OT, OTA, SLP }

public static class ProviderRoles
{
    public static bool TryParse(string? text, out ProviderRole role)
    {
        role = ProviderRole.PT;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return Enum.TryParse(text.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    public static bool IsAssistant(this ProviderRole role) => role is ProviderRole.PTA or ProviderRole.OTA;

    /// <summary>The discipline modifier a line of this role needs: GP for PT/PTA, GO for OT/OTA, GN for SLP.</summary>
    public static string DisciplineModifier(this ProviderRole role) => role switch
    {
        ProviderRole.PT or ProviderRole.PTA => "GP",
        ProviderRole.OT or ProviderRole.OTA => "GO",
        _ => "GN",
    };

    /// <summary>KX groups: Medicare counts PT and SLP together and OT apart.</summary>
    public static string KxGroup(this ProviderRole role) => role is ProviderRole.OT or ProviderRole.OTA ? OtGroup : PtSlpGroup;

    public const string PtSlpGroup = "PTSLP", OtGroup = "OT";
}
