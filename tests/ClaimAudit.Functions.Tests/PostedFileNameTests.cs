using ClaimAudit.Web;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The posted file's name (<c>X-File-Name</c>) as the batch list and the report show it: decoded, folders dropped,
/// no control or bidi-format characters, at most 200 characters.
/// </summary>
public sealed class PostedFileNameTests
{
    [Theory]
    [InlineData("visits.csv", "visits.csv")]
    [InlineData("Visits%20%E2%80%93%20Dec%201.csv", "Visits – Dec 1.csv")]
    [InlineData("C%3A%5Cexports%5Cvisits.csv", "visits.csv")]
    [InlineData("..%2F..%2Fetc%2Fvisits.csv", "visits.csv")]
    [InlineData("evil%E2%80%AEvsc.csv", "evilvsc.csv")]
    [InlineData("line%0Abreak.csv", "linebreak.csv")]
    [InlineData("100%.csv", "100%.csv")]
    [InlineData("%20%20", null)]
    [InlineData("exports%2F", null)]
    public void A_file_name_header_is_kept_as_a_label(string header, string? expected)
    {
        var request = Http.Request("POST", "/api/audits", headers: new Dictionary<string, string> { ["X-File-Name"] = header });
        Assert.Equal(expected, PostedAudit.FileName(request));
    }

    [Fact]
    public void No_header_is_no_name_and_a_long_name_is_cut_at_200_characters()
    {
        Assert.Null(PostedAudit.FileName(Http.Request("POST", "/api/audits")));
        var request = Http.Request("POST", "/api/audits", headers: new Dictionary<string, string> { ["X-File-Name"] = new string('a', 300) + ".csv" });
        Assert.Equal(new string('a', 200), PostedAudit.FileName(request));
    }
}
