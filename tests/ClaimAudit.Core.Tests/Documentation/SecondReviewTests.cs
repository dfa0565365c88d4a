using System.Reflection;
using System.Text.Json;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// Are the held-out labels a reading of the contract that another careful reviewer reproduces, or one
/// reviewer's taste? Four held-out sets (the twenty-eighth to thirty-first, 386 notes) were judged again,
/// blind, by four more outside reviewers (2026-12-05): each got PRODUCT.md sections 2 and 5, the setting
/// every case shares (payer medicare, 97112 its one-on-one code, every line attested one-on-one, DOC_* only,
/// no clone check) and the notes alone — shuffled, under new ids, with each visit's lines and diagnoses but
/// no label, comment or class — and was told not to open the tests, the source or anything else. Their
/// labels are kept here (<c>SecondReviews/*.json</c>, by the original case id; "borderline" where the second
/// reviewer thought a careful reviewer could argue the other way, with why).
/// <para>
/// Result: 386 of 386 notes labelled the same, the 13 the second reviewers called arguable included. So the
/// held-out target (98 % agreement) is within what careful reviewers of the contract reach; what keeps the
/// analyzer below it on a set's first run is its reading of notes written in ways it has not met. The
/// reviewers were all helpers of one kind, so this is an upper bound on how well two human reviewers agree.
/// </para>
/// <para>
/// The facts below keep that evidence checkable: they fail if a held-out expectation is changed (which the
/// held-out rules forbid) or a second review file drifts from its set.
/// </para>
/// </summary>
public class SecondReviewTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => new() { "TwentyEighth", "TwentyNinth", "Thirtieth", "ThirtyFirst" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_second_blind_reviewer_gives_the_held_out_sets_expectations(string set)
    {
        var cases = HeldOutCases(set);
        var second = SecondReview(set);
        Assert.Equal(cases.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));

        var disagreements = new List<string>();
        foreach (var (id, c) in cases)
        {
            var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
            var (findings, borderline) = second[id];
            if (!expected.SequenceEqual(findings.Order(StringComparer.Ordinal)))
                disagreements.Add($"{id}{(borderline ? " (borderline)" : "")}: held out [{string.Join(", ", expected)}], second review [{string.Join(", ", findings)}]");
        }
        var agree = cases.Count - disagreements.Count;
        output.WriteLine($"{set}: {agree} of {cases.Count} notes labelled the same by the second reviewer; {second.Values.Count(v => v.Borderline)} called arguable.");
        foreach (var d in disagreements) output.WriteLine(d);
        // The held-out target's own bar: a second careful reviewer reaches it on every set.
        var required = (cases.Count * 98 + 99) / 100;
        Assert.True(agree >= required, $"{agree} of {cases.Count} agree, {required} required: " + string.Join("; ", disagreements));
    }

    private static Dictionary<string, HeldOutCase> HeldOutCases(string set)
    {
        var type = typeof(SecondReviewTests).Assembly.GetType($"ClaimAudit.Core.Tests.Documentation.HeldOutNotesIssue18{set}Tests")
            ?? throw new InvalidOperationException($"no held-out set {set}");
        var field = type.GetField("Cases", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.Name} has no Cases");
        return (Dictionary<string, HeldOutCase>)field.GetValue(null)!;
    }

    private static Dictionary<string, (List<string> Findings, bool Borderline)> SecondReview(string set)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documentation", "SecondReviews", set + ".json")));
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList(),
                  p.Value.TryGetProperty("borderline", out var b) && b.GetBoolean()),
            StringComparer.Ordinal);
    }
}
