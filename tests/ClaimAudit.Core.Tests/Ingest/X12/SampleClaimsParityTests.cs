using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Ingest.X12;

/// <summary>
/// samples/claims.837 is samples/visits.csv's audited visits as an 837P: read, it gives the same
/// visits — ids, patients, dates, payers, codes, units, modifiers, roles, diagnoses, authorisations —
/// with no rejected claim, so the two files can be audited side by side.
/// </summary>
public class SampleClaimsParityTests
{
    // The samples folder of the repository the tests were built from (the sample is not copied to the output).
    private static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "samples", "claims.837"))) return Path.Combine(dir.FullName, "samples");
        throw new FileNotFoundException("samples/claims.837 not found above the test output");
    }

    private static IngestResult Read(string file, IngestOptions? options = null)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        using var stream = File.OpenRead(Path.Combine(Samples(), file));
        return engine.Ingest(stream, BatchReader.FormatFromFileName(file), options);
    }

    private static object Shape(Visit v) => new
    {
        v.VisitId, v.PatientId, v.DateOfService, v.PayerId,
        Diagnoses = string.Join(";", v.DiagnosisCodes),
        Auth = v.Authorization?.Number,
        Lines = string.Join(" | ", v.Lines.Select(l => $"{l.Code} x{l.BilledUnits?.ToString() ?? "?"} [{string.Join(",", l.BilledModifiers)}] {l.Role}")),
    };

    [Fact]
    public void The_sample_837P_reads_as_the_sample_CSVs_audited_visits()
    {
        var csv = Read("visits.csv");
        var claims = Read("claims.837");

        Assert.Null(claims.FileError);
        Assert.Empty(claims.RejectedRows);
        Assert.NotEmpty(csv.RejectedRows); // the CSV's bad rows are not in the 837P
        Assert.Equal(csv.Visits.Select(Shape), claims.Visits.Select(Shape));
        Assert.All(claims.Visits.SelectMany(v => v.Lines), l =>
        {
            Assert.True(l.MinutesUnknown);
            Assert.StartsWith("ST 0001, segment ", l.Location);
            Assert.NotNull(l.LineControl);
        });
    }

    [Fact]
    public void The_sample_837P_reads_the_same_through_the_sample_payer_map()
    {
        var options = new IngestOptions
        {
            Payers = PayerMap.Load(File.OpenRead(Path.Combine(Samples(), "payer-map.json")), PayerProfileSet.Shipped.Contains),
        };
        var claims = Read("claims.837", options);
        Assert.Empty(claims.RejectedRows);
        Assert.Equal(Read("visits.csv").Visits.Select(Shape), claims.Visits.Select(Shape));
    }
}
