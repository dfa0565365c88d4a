using ClaimAudit.Core.Documentation.Rules;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The documentation rules of PRODUCT.md section 5, in the order they run. Which checks apply to
/// which code comes from the documentation profiles of the vocabulary; one-on-one from the payer
/// profile. Rules that read the note do nothing for a visit sent without note text (an EMR export
/// without the note column cannot be reviewed, and is not reported as undocumented).
/// Line-level findings carry the line's code; visit-level findings (separate time, diagnosis,
/// cloned note) carry no code. Amounts are the billed value at risk of denial.
/// </summary>
internal static class DocumentationRules
{
    public static IReadOnlyList<IDescribedRule> All { get; } = For(Vocabulary.Shipped);

    /// <summary>The rules for a clinic's vocabulary (use the same one for its <see cref="NoteAnalyzer"/>).</summary>
    public static IReadOnlyList<IDescribedRule> For(Vocabulary vocabulary) =>
    [
        new DocNoteMissing(vocabulary),
        new DocTechniqueMissing(vocabulary),
        new DocGenericOnly(vocabulary),
        new DocDeficitMissing(vocabulary),
        new DocMeasureMissing(vocabulary),
        new DocOneOnOneMissing(),
        new DocSeparateTimeMissing(vocabulary),
        new DocTimeMismatch(vocabulary),
        new DocDiagnosisMissing(),
        new DocClonedNote(),
    ];
}
