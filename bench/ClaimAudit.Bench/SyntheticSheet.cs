using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ClaimAudit.Bench;

/// <summary>
/// A billing export as Excel saves it: 15 columns, text in the shared-strings table, the date of
/// service a number with the built-in date format 14, minutes/units/amounts plain numbers, and a
/// &lt;dimension&gt; before the rows. Written by hand (zip + XML) so the two libraries under test read
/// a file neither of them produced.
/// </summary>
internal static class SyntheticSheet
{
    private static readonly string[] Header =
    [
        "Encounter ID", "Patient Account", "DOS", "Primary Insurance", "CPT Code", "Treatment Minutes", "Units",
        "Modifier 1", "Modifier 2", "Dx 1", "Dx 2", "Rendering Provider", "Credentials", "YTD Therapy Amount", "Note",
    ];
    private static readonly string[] Payers = ["Medicare Part B", "Aetna PPO", "BCBS Commercial"];
    private static readonly string[] Codes = ["97112", "97110", "97530", "97140", "97116"];
    private static readonly string[] Providers = ["Dana Whitfield", "Luis Ortega", "Mei Tanaka", "Sam Okafor"];
    private static readonly string[] Notes =
    [
        "NMR {0} min: PNF D2 flexion, perturbations on BAPS board; tandem stance 8 s, was 5 s.",
        "Ther ex {0} min: sit-to-stand x10, bridges 3x10; 30s chair stand 9, was 7.",
        "Balance training. Patient tolerated well. Continue plan of care.",
        "Manual {0} min: grade III PA mobilization L4-L5; pain 3/10, was 6/10.",
    ];

    public static long Write(string path, int rows)
    {
        var random = new Random(20261127);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int Shared(string s)
        {
            if (!strings.TryGetValue(s, out var index))
            {
                index = order.Count;
                strings.Add(s, index);
                order.Add(s);
            }
            return index;
        }

        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Charges" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """);
        Part(zip, "xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
            """);

        using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false), 1 << 16))
        {
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<dimension ref=\"A1:O{rows + 1}\"/><sheetData>"));
            sheet.Write("<row r=\"1\">");
            for (var c = 0; c < Header.Length; c++) Text(sheet, c, 1, Shared(Header[c]));
            sheet.Write("</row>");

            var row = 2;
            var visit = 0;
            while (row <= rows + 1)
            {
                visit++;
                var patient = Shared($"ACC-{random.Next(1, Math.Max(2, rows / 8)):D6}");
                var serial = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330)).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                var payer = Shared(Payers[random.Next(Payers.Length)]);
                var provider = Shared(Providers[random.Next(Providers.Length)]);
                var ytd = Math.Round(random.NextDouble() * 2500, 2);
                var count = Math.Min(random.Next(2, 4), rows + 2 - row);
                foreach (var code in Codes.OrderBy(_ => random.Next()).Take(count))
                {
                    var minutes = random.Next(5, 40);
                    sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\">"));
                    Text(sheet, 0, row, Shared($"V-{visit}"));
                    Text(sheet, 1, row, patient);
                    Cell(sheet, 2, row, serial, style: 1);
                    Text(sheet, 3, row, payer);
                    Text(sheet, 4, row, Shared(code));
                    Cell(sheet, 5, row, minutes);
                    Cell(sheet, 6, row, (minutes + 7) / 15);
                    if (random.Next(8) != 0) Text(sheet, 7, row, Shared("GP"));
                    if (random.Next(5) == 0) Text(sheet, 8, row, Shared("59"));
                    Text(sheet, 9, row, Shared("I69.351"));
                    Text(sheet, 10, row, Shared("R26.89"));
                    Text(sheet, 11, row, provider);
                    Text(sheet, 12, row, Shared(random.Next(6) == 0 ? "PTA" : "PT"));
                    Cell(sheet, 13, row, ytd);
                    Text(sheet, 14, row, Shared(string.Format(CultureInfo.InvariantCulture, Notes[random.Next(Notes.Length)], minutes)));
                    sheet.Write("</row>");
                    row++;
                }
            }
            sheet.Write("</sheetData></worksheet>");
        }

        using (var sst = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open(), new UTF8Encoding(false), 1 << 16))
        {
            sst.Write(string.Create(CultureInfo.InvariantCulture,
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{order.Count}\" uniqueCount=\"{order.Count}\">"));
            foreach (var s in order) sst.Write($"<si><t>{SecurityElement.Escape(s)}</t></si>");
            sst.Write("</sst>");
        }
        return rows;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    private static string Ref(int column, int row) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + column)}{row}");

    private static void Text(TextWriter w, int column, int row, int sharedIndex) =>
        w.Write(string.Create(CultureInfo.InvariantCulture, $"<c r=\"{Ref(column, row)}\" t=\"s\"><v>{sharedIndex}</v></c>"));

    private static void Cell(TextWriter w, int column, int row, double value, int style = 0) =>
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"<c r=\"{Ref(column, row)}\"{(style == 0 ? "" : $" s=\"{style}\"")}><v>{value.ToString("R", CultureInfo.InvariantCulture)}</v></c>"));
}
