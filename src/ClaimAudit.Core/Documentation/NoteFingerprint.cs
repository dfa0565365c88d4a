using System.Buffers.Binary;

namespace ClaimAudit.Core.Documentation;

/// <summary>A note's similarity signature (MinHash), stored across batches instead of the text.</summary>
public sealed record NoteFingerprint(string VisitId, DateOnly DateOfService, uint[] Signature)
{
    /// <summary>Prefix naming the signature scheme; a change to shingling or hashing gets a new one so old signatures are not compared wrongly.</summary>
    public const string Scheme = "mh64v1:";

    /// <summary>The signature as text for storage: <c>mh64v1:</c> + base64 of the uints, little-endian.</summary>
    public string EncodedSignature => EncodeSignature(Signature);

    public static string EncodeSignature(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return Scheme + Convert.ToBase64String(bytes);
    }

    /// <summary>Reads a signature written by <see cref="EncodeSignature"/>.</summary>
    /// <exception cref="FormatException">The text is not a signature of the current scheme.</exception>
    public static uint[] DecodeSignature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Scheme, StringComparison.Ordinal))
            throw new FormatException($"note fingerprint: expected a '{Scheme}' signature");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text[Scheme.Length..]);
        }
        catch (FormatException e)
        {
            throw new FormatException("note fingerprint: the signature is not valid base64", e);
        }
        if (bytes.Length != MinHash.Size * 4)
            throw new FormatException($"note fingerprint: expected {MinHash.Size} hashes, found {bytes.Length / 4.0}");
        var signature = new uint[MinHash.Size];
        for (var i = 0; i < signature.Length; i++)
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return signature;
    }

    /// <summary>Rebuilds a stored fingerprint.</summary>
    public static NoteFingerprint Decode(string visitId, DateOnly dateOfService, string encodedSignature) =>
        new(visitId, dateOfService, DecodeSignature(encodedSignature));
}

/// <summary>A note found to be a near-copy of another note of the same patient.</summary>
internal sealed record CloneMatch(string OtherVisitId, DateOnly OtherDate, double Similarity);
