using System.Globalization;
using nietras.SeparatedValues;

namespace ClaimAudit.Core.Payers;

/// <summary>
/// Imports the public CMS NCCI files into a payer profile so a clinic need not type pairs by hand
/// (PRODUCT.md section 9). Both files are the tab- or comma-separated text CMS publishes; the
/// copyright lines CMS puts above the header are skipped, and columns are found by header name.
/// <list type="bullet">
/// <item>PTP: <c>Column 1</c>, <c>Column 2</c>, <c>Effective Date</c>, <c>Deletion Date</c>,
/// <c>Modifier</c> (0 = not allowed, 1 = allowed, 9 = not applicable).</item>
/// <item>MUE: the HCPCS/CPT code and the practitioner MUE value.</item>
/// </list>
/// Only rows whose codes are therapy codes are kept (<see cref="TherapyCodes.Includes"/>: the physical
/// medicine range 97010–97799, G0283 and the codes the profile itself names — its timed and untimed
/// codes, rates, daily limits, one-on-one, not-payable and replacement codes), because the full
/// practitioner file holds millions of pairs that a therapy audit never meets. Pass
/// <c>allCodes: true</c> to keep every row.
/// </summary>
public static class NcciImport
{
    /// <summary>
    /// Replaces the profile's PTP pairs with the file's active ones. A pair is dropped when it has a
    /// deletion date on or before <paramref name="asOf"/> (any deletion date when no date is given),
    /// when it takes effect after <paramref name="asOf"/>, or when its modifier indicator is 9.
    /// </summary>
    public static PayerProfile ApplyPtp(PayerProfile profile, Stream ptpFile, DateOnly? asOf = null, bool allCodes = false)
    {
        var pairs = new List<PtpPair>();
        using var reader = OpenAfterPreamble(ptpFile, h => h.Contains("column1") && h.Contains("column2"), "PTP", "Column 1 and Column 2");
        var header = reader.Header.ColNames.Select(Normalize).ToList();
        int Col(string name, params string[] more)
        {
            var i = header.FindIndex(h => h == name || more.Contains(h) || h.StartsWith(name, StringComparison.Ordinal));
            return i >= 0 ? i : throw new PayerProfileException($"NCCI PTP file: no '{name}' column in the header");
        }
        int c1 = Col("column1"), c2 = Col("column2"), modifier = Col("modifier");
        int effective = header.FindIndex(h => h.StartsWith("effective", StringComparison.Ordinal));
        int deletion = header.FindIndex(h => h.StartsWith("deletion", StringComparison.Ordinal));

        foreach (var row in reader)
        {
            var column1 = row[c1].ToString().Trim().ToUpperInvariant();
            var column2 = row[c2].ToString().Trim().ToUpperInvariant();
            if (column1.Length == 0 || column2.Length == 0) continue;
            if (!allCodes && !(TherapyCodes.Includes(profile, column1) && TherapyCodes.Includes(profile, column2))) continue;
            var deleted = deletion >= 0 ? ParseDate(row[deletion].ToString()) : null;
            if (deleted is not null && (asOf is null || deleted <= asOf)) continue;
            var starts = effective >= 0 ? ParseDate(row[effective].ToString()) : null;
            if (asOf is not null && starts is not null && starts > asOf) continue;
            switch (row[modifier].ToString().Trim())
            {
                case "0": pairs.Add(new PtpPair(column1, column2, false)); break;
                case "1": pairs.Add(new PtpPair(column1, column2, true)); break;
                case "9": break;
                case var other:
                    throw new PayerProfileException($"NCCI PTP file line {row.LineNumberFrom}: modifier indicator '{other}' must be 0, 1 or 9");
            }
        }
        return profile with { PtpPairs = pairs.DistinctBy(p => (p.Column1, p.Column2)).ToList() };
    }

    /// <summary>Sets the profile's daily unit limits from the MUE file; limits of codes the file does not list are kept.</summary>
    public static PayerProfile ApplyMue(PayerProfile profile, Stream mueFile, bool allCodes = false)
    {
        var limits = new Dictionary<string, int>(profile.DailyUnitLimits, StringComparer.Ordinal);
        using var reader = OpenAfterPreamble(mueFile, h => h.Contains("mue") && (h.Contains("code") || h.Contains("hcpcs")), "MUE", "the code and MUE value");
        var header = reader.Header.ColNames.Select(Normalize).ToList();
        var code = header.FindIndex(h => h.Contains("code") || h.Contains("hcpcs"));
        var value = header.FindIndex(h => h.Contains("mue") && h.Contains("value"));
        if (code < 0 || value < 0) throw new PayerProfileException("NCCI MUE file: the header needs a code column and an MUE value column");

        foreach (var row in reader)
        {
            var c = row[code].ToString().Trim().ToUpperInvariant();
            if (c.Length == 0 || (!allCodes && !TherapyCodes.Includes(profile, c))) continue;
            var text = row[value].ToString().Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var units))
                throw new PayerProfileException($"NCCI MUE file line {row.LineNumberFrom}: MUE value '{text}' of {c} is not a whole number");
            limits[c] = units;
        }
        return profile with { DailyUnitLimits = limits };
    }

    private static string Normalize(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // CMS prefixes its files with copyright lines; the header is the first line that names the columns.
    // CMS files open with copyright lines above the header. Those few lines are read and dropped;
    // the rest of the file (the practitioner PTP file is large) streams through Sep.
    private static SepReader OpenAfterPreamble(Stream file, Func<string, bool> isHeader, string kind, string expected)
    {
        var reader = new StreamReader(file);
        string? headerLine;
        while ((headerLine = reader.ReadLine()) is not null && !isHeader(Normalize(headerLine))) { }
        if (headerLine is null) throw new PayerProfileException($"NCCI {kind} file: no header line naming {expected}");
        var separator = headerLine.Contains('\t') ? '\t' : headerLine.Contains(';') && !headerLine.Contains(',') ? ';' : ',';
        return Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true })
            .From(new HeaderThenRest(headerLine, reader));
    }

    /// <summary>The header line again, then the rest of the file.</summary>
    private sealed class HeaderThenRest(string header, TextReader rest) : TextReader
    {
        private string _pending = header + "\n";
        private int _position;

        public override int Read(Span<char> buffer)
        {
            if (_position < _pending.Length)
            {
                var n = Math.Min(buffer.Length, _pending.Length - _position);
                _pending.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }
            return rest.Read(buffer);
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Peek() => _position < _pending.Length ? _pending[_position] : rest.Peek();

        public override int Read() => _position < _pending.Length ? _pending[_position++] : rest.Read();

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }

    private static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text == "*") return null;
        string[] formats = ["yyyyMMdd", "yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
