namespace ClaimAudit.Infra.Tests;

/// <summary>A fact that is skipped, with the reason, when a program is not on PATH.</summary>
public sealed class RequiresProgramFactAttribute : FactAttribute
{
    public RequiresProgramFactAttribute(string program, string installHint)
    {
        if (TestEnvironment.FindOnPath(program) is null)
        {
            Skip = $"{program} is not installed ({installHint})";
        }
    }
}
