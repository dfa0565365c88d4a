using ClaimAudit.Core.Documentation;

// A frozen copy of the note analyzer as of 972830d (scalar MinHash, dictionary word lookup): the
// oracle the optimised analyzer must agree with exactly, since stored fingerprints compare across batches.
namespace ClaimAudit.Core.Tests.Documentation.Oracle;

/// <summary>
/// The shipped note analyzer, driven by the vocabularies under Documentation/Vocabulary. One pass
/// over the text: it is split into lower-case word tokens (<see cref="NoteTokenizer"/>, sentence
/// and clause boundaries kept), every vocabulary phrase is matched at once through a word-id index
/// (<see cref="PhraseIndex"/>, longest phrase wins), then negation and impairment cues and numbers
/// near measures are resolved on the matches (<see cref="TermContext"/>), minutes stated per code are
/// read (<see cref="StatedMinutesReader"/>), and a MinHash signature is taken of the word shingles
/// (<see cref="NoteSignature"/>). All matching structures are built once in the constructor;
/// analysing a note allocates only its result.
/// </summary>
internal sealed class OracleNoteAnalyzer : INoteAnalyzer
{
    /// <summary>The analyzer of the shipped vocabulary (built on first use).</summary>
    public static OracleNoteAnalyzer Default => DefaultAnalyzer.Value;

    private static readonly Lazy<OracleNoteAnalyzer> DefaultAnalyzer = new(() => new OracleNoteAnalyzer());

    private readonly bool[] _needsNumber;
    private readonly PhraseIndex _phrases;
    private readonly StatedMinutesReader _minutes;

    [ThreadStatic] private static NoteScratch? t_scratch;

    public OracleNoteAnalyzer() : this(Vocabulary.Shipped) { }

    /// <param name="vocabulary">E.g. <c>Vocabulary.Shipped.With(Vocabulary.Load(clinicFile))</c>.</param>
    /// <exception cref="InvalidDataException">A profile refers to a list the vocabulary does not have.</exception>
    public OracleNoteAnalyzer(Vocabulary vocabulary)
    {
        var problems = vocabulary.Validate();
        if (problems.Count > 0) throw new InvalidDataException("vocabulary: " + string.Join("; ", problems));
        Vocabulary = vocabulary;
        Terms = new TermTable(vocabulary);

        _needsNumber = new bool[Terms.Count];
        foreach (var (listName, list) in vocabulary.Lists)
        {
            foreach (var term in list.Terms.Keys) _needsNumber[Terms.IdOf(listName, term)] = list.NeedsNumber == true;
            foreach (var term in list.Impaired.Keys) _needsNumber[Terms.IdOf(listName, term)] = list.NeedsNumber == true;
        }

        var codes = vocabulary.CodeNames.Keys.Concat(vocabulary.Profiles.Keys)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _phrases = new PhraseIndex(vocabulary, Terms, codes);
        _minutes = new StatedMinutesReader(_phrases, codes);
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The table the features' term ids refer to.</summary>
    internal TermTable Terms { get; }

    public NoteFeatures Analyze(string noteText)
    {
        // Blank: whitespace and the invisible marks an export leaves in an empty cell (a byte-order mark, zero-width characters).
        if (noteText.All(c => char.IsWhiteSpace(c) || "\uFEFF\u200B\u200C\u200D\u2060".Contains(c))) return NoteFeatures.Empty;
        // No cache of the last note here: the text is PHI and a thread-static copy would outlive the
        // batch in a long-lived worker. The batch reader (VisitAssembler) skips repeated notes itself.
        var s = t_scratch ??= new NoteScratch();
        NoteTokenizer.Tokenize(noteText, s, pattern: false);
        _phrases.ResolveWords(s);
        _phrases.Match(s);

        var found = s.Found;
        var negated = s.NegatedIds;
        found.Clear();
        negated.Clear();
        for (var m = 0; m < s.MatchCount; m++)
        {
            var phrase = s.MatchPhrase[m];
            if (!phrase.HasTerm) continue;
            var isNegated = TermContext.IsNegated(s, m);
            // A system or function named with an impairment cue is a deficit; without one it is not.
            var impaired = phrase.Has(PhraseKind.Impaired) && TermContext.HasImpairmentCue(s, m);
            foreach (var target in phrase.Targets)
            {
                if (target.Kind != PhraseKind.Term && !(target.Kind == PhraseKind.Impaired && impaired)) continue;
                if (isNegated) negated.Add(target.Id);
                else if (!_needsNumber[target.Id] || TermContext.HasNumberNear(s, m)) found.Add(target.Id);
            }
        }
        found.Sort();
        negated.Sort();

        var features = new NoteFeatures
        {
            HasText = true,
            WordCount = s.Count,
            Terms = Terms,
            FoundTerms = Distinct(found, null),
            NegatedTerms = Distinct(negated, found),
            Minutes = _minutes.Read(s),
            Signature = s.Count >= NoteSignature.MinWordsForFingerprint ? NoteSignature.Compute(s) : null,
        };
        // The scratch buffers outlive this call (thread-static): wipe the lower-cased copy of the text.
        s.Chars.AsSpan(0, s.CharCount).Clear();
        return features;
    }

    // Sorted ids without duplicates, leaving out those in the sorted 'except' list.
    private static int[] Distinct(List<int> sorted, List<int>? except)
    {
        if (sorted.Count == 0) return [];
        var result = new List<int>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            if (except is not null && except.BinarySearch(sorted[i]) >= 0) continue;
            result.Add(sorted[i]);
        }
        return [.. result];
    }
}
