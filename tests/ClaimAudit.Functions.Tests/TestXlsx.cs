using ClaimAudit.Core.Tests.Ingest.Xlsx;

namespace ClaimAudit.Functions.Tests;

/// <summary>Workbooks for the routes that take them, written by the engine tests' <see cref="XlsxWriter"/> (linked into this project).</summary>
public static class TestXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One sheet of text cells, the first row at row 1.</summary>
    public static byte[] Build(string sheetName, IReadOnlyList<string[]> rows) =>
        XlsxWriter.Write((sheetName, rows.Select((cells, i) => (i + 1, cells.Cast<object?>().ToArray())).ToList()));
}
