namespace ClaimAudit.Core.Analytics;

/// <summary>Writes the analytics as Html.</summary>
public static class AnalyticsHtml
{
    public static void Write(Stream output, AnalyticsReport report) => throw new NotImplementedException("issue 11: analytics Html");
}
