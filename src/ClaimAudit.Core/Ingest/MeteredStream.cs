namespace ClaimAudit.Core.Ingest;

/// <summary>The input grew past <see cref="IngestLimits.MaxBytes"/> while it was being read.</summary>
internal sealed class InputTooLargeException(long maxBytes) : Exception($"input exceeds {maxBytes} bytes")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>
/// A read-only, forward-only view of the caller's stream that (1) remembers its first bytes so the
/// format can be sniffed without a seekable stream, then replays them, and (2) counts every byte
/// read and stops at the size limit. Counting as we read (rather than trusting Length) keeps the
/// limit honest for network and blob streams that do not know their length.
/// </summary>
internal sealed class MeteredStream : Stream
{
    private readonly Stream _inner;
    private readonly long _maxBytes;
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private int _prefixPosition;
    private long _bytesRead;

    private MeteredStream(Stream inner, long maxBytes, int prefixSize)
    {
        _inner = inner;
        _maxBytes = maxBytes;
        _prefix = new byte[prefixSize];
        while (_prefixLength < prefixSize)
        {
            var n = _inner.Read(_prefix, _prefixLength, prefixSize - _prefixLength);
            if (n == 0) break;
            Count(n);
            _prefixLength += n;
        }
    }

    /// <summary>Wraps <paramref name="inner"/> and reads up to <paramref name="prefixSize"/> bytes for sniffing.</summary>
    public static MeteredStream Open(Stream inner, long maxBytes, int prefixSize = 64 * 1024) => new(inner, maxBytes, prefixSize);

    /// <summary>The first bytes of the input (fewer when the input is shorter).</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _prefixLength);

    public long BytesRead => _bytesRead;

    private void Count(int n)
    {
        _bytesRead += n;
        if (_bytesRead > _maxBytes) throw new InputTooLargeException(_maxBytes);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < _prefixLength)
        {
            var n = Math.Min(buffer.Length, _prefixLength - _prefixPosition);
            _prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }
        var read = _inner.Read(buffer);
        Count(read);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
