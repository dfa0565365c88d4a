namespace ClaimAudit.Core.Analytics;

/// <summary>Writes the analytics as Json.</summary>
public static class AnalyticsJson
{
    public static void Write(Stream output, AnalyticsReport report) => throw new NotImplementedException("issue 11: analytics Json");
}
