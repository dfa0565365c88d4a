using System.Text;

namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// Reads strings written by <see cref="BinaryWriter.Write(string)"/> (7-bit length, UTF-8 bytes)
/// and hands out one shared instance for a short value read before, so reading a spill back does
/// not make a new copy of the same rule id, code or payer name for every visit. Bounded: at most
/// <see cref="MaxPooled"/> values of up to <see cref="MaxPooledLength"/> characters are kept; longer
/// or later values are read as they are.
/// </summary>
internal sealed class SpillStringPool
{
    internal const int MaxPooledLength = 64;
    internal const int MaxPooled = 4096;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private byte[] _bytes = new byte[256];
    private char[] _chars = new char[256];

    public SpillStringPool()
    {
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of distinct values kept (for tests).</summary>
    internal int Count => _pool.Count;

    public string Read(BinaryReader reader)
    {
        var byteCount = reader.Read7BitEncodedInt();
        if (byteCount < 0) throw new InvalidDataException("A spilled string has a negative length.");
        if (byteCount == 0) return "";
        if (_bytes.Length < byteCount) _bytes = new byte[Math.Max(byteCount, _bytes.Length * 2)];
        var bytes = _bytes.AsSpan(0, byteCount);
        // BinaryReader keeps no read-ahead of its stream, so its Read(Span) continues exactly where ReadString would.
        for (var read = 0; read < byteCount;)
        {
            var n = reader.Read(bytes[read..]);
            if (n == 0) throw new EndOfStreamException("A spilled string ends early.");
            read += n;
        }

        if (byteCount > MaxPooledLength * 3) return Encoding.UTF8.GetString(bytes);
        var maxChars = Encoding.UTF8.GetMaxCharCount(byteCount);
        if (_chars.Length < maxChars) _chars = new char[maxChars];
        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
        if (chars.Length > MaxPooledLength) return new string(chars);
        if (_lookup.TryGetValue(chars, out var pooled)) return pooled;

        var value = new string(chars);
        if (_pool.Count < MaxPooled) _pool.Add(value, value);
        return value;
    }
}
