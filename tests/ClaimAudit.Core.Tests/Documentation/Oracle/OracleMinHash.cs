using ClaimAudit.Core.Documentation;

// A frozen copy of the note analyzer as of 972830d (scalar MinHash, dictionary word lookup): the
// oracle the optimised analyzer must agree with exactly, since stored fingerprints compare across batches.
namespace ClaimAudit.Core.Tests.Documentation.Oracle;

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
        Array.Fill(signature, uint.MaxValue);
        ReadOnlySpan<ulong> a = Multipliers, b = Offsets;
        Span<uint> sig = signature;
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < sig.Length && i < a.Length && i < b.Length; i++)
            {
                var h = (uint)((a[i] * shingle + b[i]) >> 32);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return signature;
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
