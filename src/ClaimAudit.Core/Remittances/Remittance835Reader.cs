namespace ClaimAudit.Core.Remittances;

/// <summary>Reads an X12 835 remittance file (PRODUCT.md section 11) with the streaming <see cref="Ingest.X12.X12Reader"/>.</summary>
public static class Remittance835Reader
{
    /// <summary>Reads every ST … SE of the file; never throws on bad input (see <see cref="RemittanceFile.FileError"/>).</summary>
    public static RemittanceFile Read(Stream input) => throw new NotImplementedException("issue 11: 835 reader");
}
