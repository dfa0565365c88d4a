using ClaimAudit.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>
/// The CSV record reader on its own: a record reads the same wherever the reader's buffer happens
/// to end (a 25 MB export crosses thousands of buffer edges), and the row limit on small numbers.
/// </summary>
public class CsvRecordsTests
{
    private static List<string> ReadAll(string text, int expectedCells, int maxRecordChars = CsvRecords.DefaultMaxRecordChars, int blockChars = 64 * 1024)
    {
        var records = new CsvRecords(new StringReader(text), ',', maxRecordChars, blockChars) { ExpectedCellCount = expectedCells };
        var seen = new List<string>();
        while (records.Read())
        {
            var cells = Enumerable.Range(0, records.CellCount).Select(i => "[" + records[i].ToString() + "]");
            seen.Add($"{records.Row} {records.Kind} {string.Concat(cells)} raw={records.Raw.ToString().Replace("\r", "\\r").Replace("\n", "\\n")}");
        }
        return seen;
    }

    [Fact]
    public void A_record_reads_the_same_wherever_the_buffer_ends()
    {
        var pieces = Gen.Elements("a", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "6\" box", "\"x, y\"", "V-1,P,d", "\"open");
        var texts = Gen.ListOf(pieces).Select(p => string.Concat(p));
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (text, block, width) =>
        {
            var whole = ReadAll(text, width);
            Assert.Equal(whole, ReadAll(text, width, blockChars: block));
            Assert.Equal(ReadAll(text, width, maxRecordChars: 8, blockChars: 64), ReadAll(text, width, maxRecordChars: 8, blockChars: block));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_line_over_the_limit_is_one_too_long_row_and_the_next_line_is_read(string lineEnd)
    {
        var text = "a,b" + lineEnd + "V-2," + new string('x', 100) + lineEnd + "c,d" + lineEnd;

        foreach (var block in new[] { 1, 3, 7, 16 })
            Assert.Equal([
                    "1 Record [a][b] raw=a,b",
                    "2 TooLong  raw=V-2,xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "3 Record [c][d] raw=c,d"],
                ReadAll(text, 2, maxRecordChars: 32, blockChars: block).Select(r => r[..Math.Min(r.Length, 48)]));
    }

    [Fact]
    public void A_quoted_cell_that_outgrows_the_limit_ends_with_its_line()
    {
        var text = "a,\"open\nnot a record\nnot a record either\nc,d\n";

        Assert.Equal([
                "1 TooLong  raw=a,\"open",
                "2 Record [not a record] raw=not a record",
                "3 Record [not a record either] raw=not a record either",
                "4 Record [c][d] raw=c,d"],
            ReadAll(text, 2, maxRecordChars: 24, blockChars: 4));
    }

    [Fact]
    public void Quotes_read_as_a_spreadsheet_reads_them()
    {
        Assert.Equal([
                "1 Record [6\" box][2] raw=6\" box,2",
                "2 Record [x, \"y\"][z] raw=  \"x, \"\"y\"\"\" , z",
                "3 Record [closed then text][] raw=\"closed\" then text,",
                "4 Record [two\\nlines][3] raw=\"two\\nlines\",3",
                "5 UnterminatedQuote  raw=\"open,1",
                "6 Record [e][f] raw=e,f"],
            ReadAll("6\" box,2\n  \"x, \"\"y\"\"\" , z\n\"closed\" then text,\n\"two\nlines\",3\n\"open,1\ne,f", 2).Select(r => r.Replace("\n", "\\n")));
    }
}
