namespace ClaimAudit.Core.Analytics;

/// <summary>Writes the analytics as Csv.</summary>
public static class AnalyticsCsv
{
    public static void Write(Stream output, AnalyticsReport report) => throw new NotImplementedException("issue 11: analytics Csv");
}
