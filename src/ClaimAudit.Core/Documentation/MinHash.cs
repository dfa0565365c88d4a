using System.Runtime.Intrinsics;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// MinHash over 64-bit shingle hashes: 64 multiply-shift hash functions with fixed seeds, so a
/// signature computed today compares with one stored from an earlier batch. The share of equal
/// positions of two signatures estimates the Jaccard similarity of the shingle sets; the
/// element-wise minimum of two signatures is the signature of the union of their sets.
/// </summary>
internal static class MinHash
{
    public const int Size = 64;

    private static readonly ulong[] Multipliers = new ulong[Size];
    private static readonly ulong[] Offsets = new ulong[Size];

    static MinHash()
    {
        // Fixed seed: signatures are stored across batches and must never change between runs.
        var state = 0x5EED_C1A1_4A0D_17EEUL;
        for (var i = 0; i < Size; i++)
        {
            Multipliers[i] = SplitMix(ref state) | 1UL;
            Offsets[i] = SplitMix(ref state);
        }
    }

    public static uint[] Compute(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Size];
        if (Vector512.IsHardwareAccelerated) Compute512(shingles, signature);
        else if (Vector256.IsHardwareAccelerated) Compute256(shingles, signature);
        else ComputeScalar(shingles, signature);
        return signature;
    }

    // Every path computes, for hash function i, min over shingles of the high 32 bits of
    // (a[i] * shingle + b[i]) mod 2^64 — the scalar definition signatures were stored with. The
    // vector paths hold eight (or four) hash functions per register, as 64-bit lanes, and keep each
    // running minimum in the lane's 64 bits (the values fit in 32), narrowing once at the end.

    internal static void ComputeScalar(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        signature[..Size].Fill(uint.MaxValue);
        ReadOnlySpan<ulong> a = Multipliers, b = Offsets;
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = (uint)((a[i] * shingle + b[i]) >> 32);
                if (h < signature[i]) signature[i] = h;
            }
        }
    }

    internal static void Compute512(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        ReadOnlySpan<ulong> a = Multipliers, b = Offsets;
        var lanes = Vector512<ulong>.Count;
        // Two registers of hash functions per round: their minima narrow into one register of uints.
        for (var i = 0; i < Size; i += 2 * lanes)
        {
            Vector512<ulong> a0 = Vector512.Create(a.Slice(i, lanes)), b0 = Vector512.Create(b.Slice(i, lanes));
            Vector512<ulong> a1 = Vector512.Create(a.Slice(i + lanes, lanes)), b1 = Vector512.Create(b.Slice(i + lanes, lanes));
            Vector512<ulong> min0 = Vector512.Create((ulong)uint.MaxValue), min1 = min0;
            foreach (var shingle in shingles)
            {
                var x = Vector512.Create(shingle);
                min0 = Vector512.Min(min0, Vector512.ShiftRightLogical(a0 * x + b0, 32));
                min1 = Vector512.Min(min1, Vector512.ShiftRightLogical(a1 * x + b1, 32));
            }
            Vector512.Narrow(min0, min1).CopyTo(signature.Slice(i, 2 * lanes));
        }
    }

    internal static void Compute256(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        ReadOnlySpan<ulong> a = Multipliers, b = Offsets;
        var lanes = Vector256<ulong>.Count;
        for (var i = 0; i < Size; i += 2 * lanes)
        {
            Vector256<ulong> a0 = Vector256.Create(a.Slice(i, lanes)), b0 = Vector256.Create(b.Slice(i, lanes));
            Vector256<ulong> a1 = Vector256.Create(a.Slice(i + lanes, lanes)), b1 = Vector256.Create(b.Slice(i + lanes, lanes));
            Vector256<ulong> min0 = Vector256.Create((ulong)uint.MaxValue), min1 = min0;
            foreach (var shingle in shingles)
            {
                var x = Vector256.Create(shingle);
                min0 = Vector256.Min(min0, Vector256.ShiftRightLogical(a0 * x + b0, 32));
                min1 = Vector256.Min(min1, Vector256.ShiftRightLogical(a1 * x + b1, 32));
            }
            Vector256.Narrow(min0, min1).CopyTo(signature.Slice(i, 2 * lanes));
        }
    }

    public static uint[]? Merge(uint[]? a, uint[]? b)
    {
        if (a is null) return b;
        if (b is null || ReferenceEquals(a, b) || a.Length != b.Length) return a;
        var merged = new uint[a.Length];
        for (var i = 0; i < a.Length; i++) merged[i] = Math.Min(a[i], b[i]);
        return merged;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        var equal = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    /// <summary>64-bit finaliser (SplitMix64) used for shingle and band hashes.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }
}
