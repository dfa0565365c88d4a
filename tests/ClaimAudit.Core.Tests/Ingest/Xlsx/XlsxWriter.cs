using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ClaimAudit.Core.Tests.Ingest.Xlsx;

/// <summary>
/// Writes small .xlsx workbooks for tests, part by part (zip + the minimal OOXML parts), so a test
/// controls exactly what Excel would have saved: date cells, row gaps, shared and inline strings,
/// booleans, formulas, errors, several sheets. Depends on nothing but the BCL, so other test
/// projects can compile this file in as a link.
/// </summary>
/// <remarks>
/// Cell values: <c>string</c> → shared string; <c>DateOnly</c>, or a <c>DateTime</c> at midnight →
/// a number with the built-in date format 14; a <c>DateTime</c> with a time → built-in format 22
/// (m/d/yy h:mm); int/long/double/decimal/float → a plain number; bool → a boolean; null → no
/// cell. <see cref="Formatted"/>, <see cref="Inline"/>, <see cref="Formula"/> and
/// <see cref="Error"/> ask for the other kinds of cell.
/// </remarks>
public static class XlsxWriter
{
    /// <summary>A number shown with a custom number format, e.g. <c>new Formatted(46085, "mm/dd/yyyy")</c>.</summary>
    public sealed record Formatted(double Value, string Format);

    /// <summary>A string stored in the cell itself (t="inlineStr") rather than the shared-strings table.</summary>
    public sealed record Inline(string Text);

    /// <summary>A formula with the value Excel cached for it (a string, number or bool).</summary>
    public sealed record Formula(string Expression, object Cached);

    /// <summary>An error cell such as <c>#N/A</c> or <c>#DIV/0!</c>.</summary>
    public sealed record Error(string Code);

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int DateStyle = 1, DateTimeStyle = 2, FirstCustomStyle = 3;

    /// <summary>One workbook with the sheets in order; each row is its 1-based row number and its cells from column A.</summary>
    public static byte[] Write(params (string Name, IReadOnlyList<(int Row, object?[] Cells)> Rows)[] sheets)
    {
        var shared = new List<string>();
        var sharedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var customFormats = new List<string>();

        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var s = 0; s < sheets.Length; s++)
                Part(zip, $"xl/worksheets/sheet{s + 1}.xml", w => WriteSheet(w, sheets[s].Rows, shared, sharedIndex, customFormats));

            Part(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
                Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
                Default(w, "xml", "application/xml");
                Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                Override(w, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
                for (var s = 0; s < sheets.Length; s++)
                    Override(w, $"/xl/worksheets/sheet{s + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                w.WriteEndElement();
            });
            Part(zip, "_rels/.rels", w =>
            {
                w.WriteStartElement("Relationships", PackageRelNs);
                Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
                w.WriteEndElement();
            });
            Part(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", MainNs);
                w.WriteAttributeString("xmlns", "r", null, RelNs);
                w.WriteStartElement("sheets", MainNs);
                for (var s = 0; s < sheets.Length; s++)
                {
                    w.WriteStartElement("sheet", MainNs);
                    w.WriteAttributeString("name", sheets[s].Name);
                    w.WriteAttributeString("sheetId", Number(s + 1));
                    w.WriteAttributeString("id", RelNs, $"rIdSheet{s + 1}");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
                w.WriteEndElement();
            });
            Part(zip, "xl/_rels/workbook.xml.rels", w =>
            {
                w.WriteStartElement("Relationships", PackageRelNs);
                for (var s = 0; s < sheets.Length; s++)
                    Relationship(w, $"rIdSheet{s + 1}", RelNs + "/worksheet", $"worksheets/sheet{s + 1}.xml");
                Relationship(w, "rIdStyles", RelNs + "/styles", "styles.xml");
                Relationship(w, "rIdStrings", RelNs + "/sharedStrings", "sharedStrings.xml");
                w.WriteEndElement();
            });
            Part(zip, "xl/styles.xml", w => WriteStyles(w, customFormats));
            Part(zip, "xl/sharedStrings.xml", w =>
            {
                w.WriteStartElement("sst", MainNs);
                w.WriteAttributeString("count", Number(shared.Count));
                w.WriteAttributeString("uniqueCount", Number(shared.Count));
                foreach (var text in shared)
                {
                    w.WriteStartElement("si", MainNs);
                    Text(w, text);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            });
        }
        return output.ToArray();
    }

    /// <summary>The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The Excel serial number (1900 date system) of a date and time.</summary>
    public static double Serial(DateTime value) => value.ToOADate();

    private static void WriteSheet(XmlWriter w, IReadOnlyList<(int Row, object?[] Cells)> rows,
        List<string> shared, Dictionary<string, int> sharedIndex, List<string> customFormats)
    {
        w.WriteStartElement("worksheet", MainNs);
        w.WriteStartElement("sheetData", MainNs);
        foreach (var (rowNumber, cells) in rows)
        {
            w.WriteStartElement("row", MainNs);
            w.WriteAttributeString("r", Number(rowNumber));
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not { } value) continue;
                w.WriteStartElement("c", MainNs);
                w.WriteAttributeString("r", ColumnName(c) + Number(rowNumber));
                WriteCell(w, value, shared, sharedIndex, customFormats);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteCell(XmlWriter w, object value, List<string> shared, Dictionary<string, int> sharedIndex, List<string> customFormats)
    {
        switch (value)
        {
            case string s:
                if (!sharedIndex.TryGetValue(s, out var index))
                {
                    index = shared.Count;
                    shared.Add(s);
                    sharedIndex.Add(s, index);
                }
                w.WriteAttributeString("t", "s");
                w.WriteElementString("v", MainNs, Number(index));
                break;
            case Inline inline:
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is", MainNs);
                Text(w, inline.Text);
                w.WriteEndElement();
                break;
            case bool b:
                w.WriteAttributeString("t", "b");
                w.WriteElementString("v", MainNs, b ? "1" : "0");
                break;
            case DateOnly d:
                WriteNumber(w, Serial(d.ToDateTime(TimeOnly.MinValue)), DateStyle);
                break;
            case DateTime t:
                WriteNumber(w, Serial(t), t.TimeOfDay == TimeSpan.Zero ? DateStyle : DateTimeStyle);
                break;
            case Formatted f:
                var at = customFormats.IndexOf(f.Format);
                if (at < 0)
                {
                    at = customFormats.Count;
                    customFormats.Add(f.Format);
                }
                WriteNumber(w, f.Value, FirstCustomStyle + at);
                break;
            case Formula f:
                if (f.Cached is string) w.WriteAttributeString("t", "str");
                else if (f.Cached is bool) w.WriteAttributeString("t", "b");
                w.WriteElementString("f", MainNs, f.Expression);
                w.WriteElementString("v", MainNs, f.Cached switch
                {
                    string s => s,
                    bool b => b ? "1" : "0",
                    _ => Convert.ToString(f.Cached, CultureInfo.InvariantCulture),
                });
                break;
            case Error e:
                w.WriteAttributeString("t", "e");
                w.WriteElementString("v", MainNs, e.Code);
                break;
            case int or long or double or decimal or float or short:
                WriteNumber(w, Convert.ToDouble(value, CultureInfo.InvariantCulture), style: 0);
                break;
            default:
                throw new ArgumentException($"XlsxWriter cannot write a {value.GetType().Name} cell");
        }
    }

    private static void WriteNumber(XmlWriter w, double value, int style)
    {
        if (style != 0) w.WriteAttributeString("s", Number(style));
        w.WriteElementString("v", MainNs, value.ToString("R", CultureInfo.InvariantCulture));
    }

    // cellXfs: 0 General, 1 built-in date (14), 2 built-in date-time (22), then one per custom format (ids from 164).
    private static void WriteStyles(XmlWriter w, List<string> customFormats)
    {
        w.WriteStartElement("styleSheet", MainNs);
        if (customFormats.Count > 0)
        {
            w.WriteStartElement("numFmts", MainNs);
            w.WriteAttributeString("count", Number(customFormats.Count));
            for (var i = 0; i < customFormats.Count; i++)
            {
                w.WriteStartElement("numFmt", MainNs);
                w.WriteAttributeString("numFmtId", Number(164 + i));
                w.WriteAttributeString("formatCode", customFormats[i]);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteRaw("""<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", Number(FirstCustomStyle + customFormats.Count));
        Xf(w, 0);
        Xf(w, 14);
        Xf(w, 22);
        for (var i = 0; i < customFormats.Count; i++) Xf(w, 164 + i);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, int numFmtId)
    {
        w.WriteStartElement("xf", MainNs);
        w.WriteAttributeString("numFmtId", Number(numFmtId));
        w.WriteAttributeString("fontId", "0");
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        w.WriteAttributeString("xfId", "0");
        if (numFmtId != 0) w.WriteAttributeString("applyNumberFormat", "1");
        w.WriteEndElement();
    }

    // xml:space="preserve" keeps leading and trailing spaces, as Excel writes them.
    private static void Text(XmlWriter w, string text)
    {
        w.WriteStartElement("t", MainNs);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string partName, string contentType)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", partName);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
