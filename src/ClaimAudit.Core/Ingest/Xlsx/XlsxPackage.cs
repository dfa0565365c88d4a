using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace ClaimAudit.Core.Ingest;

/// <summary>What the first bytes of a would-be workbook say it is.</summary>
internal enum XlsxContainer { Empty, Zip, EncryptedOle, OtherOle, Unknown }

/// <summary>
/// The package-level checks that come before the cell reader: making the input seekable, telling
/// an .xlsx from an encrypted workbook or an old .xls, and listing the sheet names.
/// </summary>
internal static class XlsxPackage
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    // Inputs up to this size are copied into memory; larger ones go to a temp file.
    internal const int SpillBytes = 4 * 1024 * 1024;

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // The directory entry name of an ECMA-376 encrypted package, as the compound file spells it (UTF-16LE).
    private static ReadOnlySpan<byte> EncryptedPackageName => "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    /// <summary>
    /// A zip needs its central directory at the end of the file, so a forward-only stream (blob or
    /// HTTP body, the size-limited <see cref="MeteredStream"/>) is copied first: into a
    /// MemoryStream while small, then into a FileStream opened with DeleteOnClose so a large
    /// workbook costs disk, not memory, and leaves nothing behind. Exceptions from reading
    /// <paramref name="input"/> (the caller's size limit among them) propagate.
    /// </summary>
    public static Stream CopyToSeekable(Stream input, int spillBytes = SpillBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var memory = new MemoryStream();
        Stream target = memory;
        try
        {
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (target == memory && memory.Length + n > spillBytes)
                {
                    var file = new FileStream(Path.Combine(Path.GetTempPath(), "claimaudit-" + Path.GetRandomFileName() + ".xlsx"),
                        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                    target = file;
                    memory.Position = 0;
                    memory.CopyTo(file);
                    memory.Dispose();
                }
                target.Write(buffer, 0, n);
            }
            target.Position = 0;
            return target;
        }
        catch
        {
            target.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Classifies a seekable input by its signature; leaves it positioned at its start.</summary>
    public static XlsxContainer Classify(Stream input)
    {
        Span<byte> probe = stackalloc byte[8];
        input.Position = 0;
        var length = input.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        input.Position = 0;
        probe = probe[..length];
        if (length == 0) return XlsxContainer.Empty;
        if (probe.StartsWith("PK"u8)) return XlsxContainer.Zip;
        if (!probe.SequenceEqual(OleSignature)) return XlsxContainer.Unknown;
        var encrypted = Contains(input, EncryptedPackageName);
        input.Position = 0;
        return encrypted ? XlsxContainer.EncryptedOle : XlsxContainer.OtherOle;
    }

    // Excel encrypts a password-protected .xlsx into an OLE compound file whose directory names
    // an "EncryptedPackage" stream; an .xls is the same container without it. Finding the name
    // anywhere in the file is enough to tell the two apart without parsing the compound file.
    private static bool Contains(Stream input, ReadOnlySpan<byte> pattern)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            var kept = 0;
            int n;
            while ((n = input.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                var filled = kept + n;
                if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0) return true;
                // Keep the tail so a name split across two reads is still found.
                kept = Math.Min(pattern.Length - 1, filled);
                buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
            }
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The sheet names in workbook order, read from xl/workbook.xml the way ExcelDataReader reads
    /// them (so index i here is its i-th result set). Read here because ExcelDataReader only names
    /// a sheet after it has scanned the whole sheet. Null with an error for a package that is not
    /// an .xlsx workbook. Format exceptions (zip, XML) propagate to the caller's filter.
    /// </summary>
    public static List<string>? ReadSheetNames(Stream input, out string? error)
    {
        input.Position = 0;
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        // ExcelDataReader looks for the main part at this fixed path, case-insensitively.
        var workbook = zip.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/').Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase));
        if (workbook is null && zip.GetEntry("xl/workbook.bin") is not null)
        {
            error = "the workbook is an Excel Binary Workbook (.xlsb); save it as an Excel Workbook (.xlsx) or CSV";
            return null;
        }
        if (workbook is null)
        {
            error = "the file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml); save the export as an Excel workbook (.xlsx) or CSV";
            return null;
        }

        var names = new List<string>();
        using (var part = workbook.Open())
        using (var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true }))
        {
            xml.MoveToContent();
            if (xml.NamespaceURI == StrictNs)
            {
                error = "the workbook is saved as Strict Open XML, which cannot be read; save it as a regular Excel Workbook (.xlsx) or CSV";
                return null;
            }
            if (xml.LocalName != "workbook" || xml.NamespaceURI != MainNs)
            {
                error = "the file is a zip archive but not an .xlsx workbook; save the export as an Excel workbook (.xlsx) or CSV";
                return null;
            }
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.NamespaceURI == MainNs && xml.Depth == 2)
                    names.Add(xml.GetAttribute("name") ?? "");
            }
        }
        input.Position = 0;
        error = null;
        return names;
    }
}
