using System.Text;
using ClaimAudit.Core.Remittances;
using ClaimAudit.Core.Tests.Rules;
using Xunit;

namespace ClaimAudit.Core.Tests.Remittances;

/// <summary>
/// A damaged 835 never crashes the reader: the shipped sample with bytes changed, cut short, or with
/// segments repeated or dropped is either refused with a file error (and no payments) or read — every
/// claim it returns with a patient control number, and never a payment from a file it refused.
/// </summary>
public sealed class Remittance835MutationTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(BroadBatches.RepoRoot, "samples", "remit.835"));
    private static readonly byte[] Noise = Encoding.ASCII.GetBytes("*:~^|>0123456789-.ABCZ \r\n\0");

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 300; seed++) seeds.Add(seed);
        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_mutated_835_is_refused_or_read_never_a_crash(int seed)
    {
        var random = new Random(seed);
        var bytes = Mutate(Sample, random);

        var file = Remittance835Reader.Read(new MemoryStream(bytes));

        if (file.FileError is not null)
        {
            Assert.Empty(file.Advices);
            Assert.False(string.IsNullOrWhiteSpace(file.FileError));
        }
        else
            Assert.All(file.Advices.SelectMany(a => a.Claims), c => Assert.False(string.IsNullOrWhiteSpace(c.PatientControlNumber)));
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        switch (random.Next(4))
        {
            case 0: // change a few bytes to separators, digits and letters
                for (var i = random.Next(1, 6); i > 0; i--) bytes[random.Next(bytes.Count)] = Noise[random.Next(Noise.Length)];
                break;
            case 1: // cut the file short anywhere
                var cut = random.Next(bytes.Count);
                bytes.RemoveRange(cut, bytes.Count - cut);
                break;
            default: // drop a segment, or repeat one
            {
                var text = Encoding.ASCII.GetString([.. bytes]);
                var segments = text.Split('~').ToList();
                var at = random.Next(1, segments.Count - 1);
                if (random.Next(2) == 0) segments.RemoveAt(at); else segments.Insert(at, segments[at]);
                return Encoding.ASCII.GetBytes(string.Join('~', segments));
            }
        }
        return [.. bytes];
    }
}
