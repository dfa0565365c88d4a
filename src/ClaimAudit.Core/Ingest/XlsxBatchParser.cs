namespace ClaimAudit.Core.Ingest;

/// <summary>Reads a visit batch from an .xlsx sheet (PRODUCT.md section 13). Placeholder until the workbook reader lands.</summary>
internal static class XlsxBatchParser
{
    public static IngestResult Parse(Stream input, string? sheet, ColumnMap columnMap, Func<HeaderMapping, VisitAssembler> assemblerFor) =>
        IngestResult.Failed("xlsx is not read yet");

    public static HeaderPreview PreviewHeader(Stream input, string? sheet, ColumnMap columnMap) =>
        new(InputFormat.Xlsx, sheet, null, "xlsx is not read yet");
}
