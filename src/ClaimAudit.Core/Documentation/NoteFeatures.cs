namespace ClaimAudit.Core.Documentation;

/// <summary>
/// What the documentation rules need to know about a visit's note, extracted as rows are read so
/// the note text itself is never kept. Features of several line notes merge into the visit's.
/// </summary>
public sealed class NoteFeatures
{
    public static readonly NoteFeatures Empty = new();

    /// <summary>True when the visit had any note text at all.</summary>
    public bool HasText { get; init; }

    public NoteFeatures Merge(NoteFeatures other)
    {
        if (ReferenceEquals(this, Empty)) return other;
        if (ReferenceEquals(other, Empty)) return this;
        return new NoteFeatures { HasText = HasText || other.HasText };
    }
}

/// <summary>Turns note text into <see cref="NoteFeatures"/>; the only place note text is read.</summary>
public interface INoteAnalyzer
{
    NoteFeatures Analyze(string noteText);
}
