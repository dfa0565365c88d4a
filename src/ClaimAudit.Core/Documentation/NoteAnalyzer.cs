using System.Runtime.InteropServices;

namespace ClaimAudit.Core.Documentation;

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
public sealed class NoteAnalyzer : INoteAnalyzer
{
    /// <summary>The analyzer of the shipped vocabulary (built on first use).</summary>
    public static NoteAnalyzer Default => DefaultAnalyzer.Value;

    private static readonly Lazy<NoteAnalyzer> DefaultAnalyzer = new(() => new NoteAnalyzer());

    private readonly bool[] _needsNumber;
    private readonly bool[] _isOneOnOne, _isReported, _isAssistance, _isNotOneOnOne, _isDailyLifeTask;
    private readonly int _statedNotOneOnOne;
    private readonly int _groupOrConcurrent, _anotherPatient;
    private readonly int _statedGoal, _functionalLimitation, _selfCare, _weakness, _sessionTypeGroup, _fallProgramme, _namedProgramme, _supervisionLevel;

    // A "Session type: group" field: not one-on-one only where it opens its line and "group" is its answer, described after a
    // spaced dash ("Session type: group — Tuesday balance group (4 pts, 1 PT)"; not "Goal: return to Session type: group …",
    // "Session: group cancelled", "Session type: group — scheduled; converted to individual", "Session type: group" over "Pt seen 1:1").
    private const string SessionTypeGroupTerm = "session type field answered group";
    private readonly bool[] _isFunctionalTask;
    private readonly bool[] _isFunctionalGoal;
    // What a diagnosis line names without naming an impairment: a region, a condition, pain ("Dx: M17.11 OA R knee",
    // "Dx: I63.512 — s/p L MCA CVA"); "Dx: R CVA w/ L hemiparesis" still names the hemiparesis.
    private readonly bool[] _isDiagnosisWord;
    private readonly int _dosedActivity, _practisedTask, _setsAndReps;
    private readonly int _oneOnOneTerm;
    private readonly int _statedDeficit;
    private readonly int _distance;
    private readonly int _pelvicFloorGrade, _posturalControl;
    private readonly bool[] _isTechnique;
    // A term's kind by the profiles' lists it is in: 1 technique, 2 deficit, 4 measure, 8 none of them.
    private readonly byte[] _kinds;
    private readonly bool[] _isDose;
    private readonly bool[] _isGeneric;
    // Head word of a capitalised name → the term it names (TermList.NamedBy).
    private readonly Dictionary<string, int> _namedByHead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _namedByHeadLookup;
    private readonly PhraseIndex _phrases;
    private readonly StatedMinutesReader _minutes;

    [ThreadStatic] private static NoteScratch? t_scratch;
    [ThreadStatic] private static NoteScratch? t_fingerprintScratch;

    public NoteAnalyzer() : this(Vocabulary.Shipped) { }

    /// <param name="vocabulary">E.g. <c>Vocabulary.Shipped.With(Vocabulary.Load(clinicFile))</c>.</param>
    /// <exception cref="InvalidDataException">A profile refers to a list the vocabulary does not have.</exception>
    public NoteAnalyzer(Vocabulary vocabulary)
    {
        var problems = vocabulary.Validate();
        if (problems.Count > 0) throw new InvalidDataException("vocabulary: " + string.Join("; ", problems));
        Vocabulary = vocabulary;
        Terms = new TermTable(vocabulary);

        _needsNumber = new bool[Terms.Count];
        _isOneOnOne = new bool[Terms.Count];
        _isReported = new bool[Terms.Count];
        _isAssistance = new bool[Terms.Count];
        _isNotOneOnOne = new bool[Terms.Count];
        _isDailyLifeTask = new bool[Terms.Count];
        foreach (var (listName, list) in vocabulary.Lists)
        {
            foreach (var term in list.Terms.Keys)
            {
                var id = Terms.IdOf(listName, term);
                _needsNumber[id] = list.NeedsNumber == true;
                _isOneOnOne[id] = listName == Vocabulary.OneOnOneList;
                _isReported[id] = listName == Vocabulary.ReportedList;
                _isAssistance[id] = listName == Vocabulary.AssistanceList;
                _isNotOneOnOne[id] = listName == Vocabulary.NotOneOnOneList;
                _isDailyLifeTask[id] = listName == Vocabulary.DailyLifeList;
            }
            foreach (var term in list.Impaired.Keys) _needsNumber[Terms.IdOf(listName, term)] = list.NeedsNumber == true;
        }

        _statedGoal = Terms.TryIdOf(StatedGoalList, StatedGoalTerm) ?? -1;
        _functionalLimitation = Terms.TryIdOf(StatedGoalList, FunctionalLimitationTerm) ?? -1;
        _weakness = Terms.TryIdOf("impairments", "weakness") ?? -1;
        _supervisionLevel = Terms.TryIdOf("supervision-levels", "supervision") ?? -1;
        _sessionTypeGroup = Terms.TryIdOf(Vocabulary.NotOneOnOneList, SessionTypeGroupTerm) ?? -1;
        _selfCare = Terms.TryIdOf(StatedGoalList, "self-care / ADLs") ?? -1;
        _fallProgramme = Terms.TryIdOf("nmr-techniques", "fall-prevention balance programme") ?? -1;
        _namedProgramme = Terms.TryIdOf("exercises", "named strength and balance programmes") ?? -1;
        _isDiagnosisWord = new bool[Terms.Count];
        if (vocabulary.Lists.TryGetValue(BodyRegionList, out var regions))
            foreach (var term in regions.Terms.Keys) _isDiagnosisWord[Terms.IdOf(BodyRegionList, term)] = true;
        foreach (var (listName, term) in DiagnosisTerms)
            if (Terms.TryIdOf(listName, term) is int diagnosisTerm) _isDiagnosisWord[diagnosisTerm] = true;
        _isFunctionalTask = new bool[Terms.Count];
        foreach (var listName in FunctionalTaskLists)
            if (vocabulary.Lists.TryGetValue(listName, out var taskList))
                foreach (var term in taskList.Terms.Keys) _isFunctionalTask[Terms.IdOf(listName, term)] = true;
        // "unable to manage IADLs safely": an activity of daily living limited is a functional limitation too.
        if (_selfCare >= 0) _isFunctionalTask[_selfCare] = true;
        _isFunctionalGoal = new bool[Terms.Count];
        if (vocabulary.Lists.TryGetValue("functional-goals", out var goalList))
            foreach (var term in goalList.Terms.Keys) _isFunctionalGoal[Terms.IdOf("functional-goals", term)] = true;
        _dosedActivity = Terms.TryIdOf(DosedActivityList, DosedActivityTerm) ?? -1;
        _distance = Terms.TryIdOf("times-distances", "distance") ?? -1;
        _pelvicFloorGrade = Terms.TryIdOf("outcome-measures", "pelvic floor muscle grade") ?? -1;
        _posturalControl = Terms.TryIdOf("neuro-deficits", "postural control") ?? -1;
        _practisedTask = Terms.TryIdOf("functional-tasks", "task practised") ?? -1;
        _setsAndReps = Terms.TryIdOf("exercise-parameters", "sets x repetitions") ?? -1;
        _oneOnOneTerm = Terms.TryIdOf(Vocabulary.OneOnOneList, Vocabulary.OneOnOneList) ?? -1;
        _statedNotOneOnOne = Terms.TryIdOf(Vocabulary.NotOneOnOneList, StatedNotOneOnOneTerm) ?? -1;
        _groupOrConcurrent = Terms.TryIdOf(Vocabulary.NotOneOnOneList, "group or concurrent") ?? -1;
        _anotherPatient = Terms.TryIdOf(Vocabulary.NotOneOnOneList, "another patient") ?? -1;
        _statedDeficit = Terms.TryIdOf(StatedDeficitList, StatedDeficitTerm) ?? -1;
        _isTechnique = new bool[Terms.Count];
        _kinds = new byte[Terms.Count];
        foreach (var profile in vocabulary.Profiles.Values)
            foreach (var (element, kind) in new[] { (profile.Technique, (byte)1), (profile.Deficit, (byte)2), (profile.Measure, (byte)4) })
                foreach (var listName in element?.Lists ?? [])
                    if (vocabulary.Lists.TryGetValue(listName, out var list))
                        foreach (var term in list.AllTerms)
                        {
                            var id = Terms.IdOf(listName, term);
                            _kinds[id] |= kind;
                            _isTechnique[id] |= kind == 1;
                        }
        // A term of no profile's list (one-on-one, generic, …) is its own kind.
        for (var id = 0; id < _kinds.Length; id++)
            if (_kinds[id] == 0) _kinds[id] = 8;
        _isDose = new bool[Terms.Count];
        foreach (var doseList in DoseLists)
            if (vocabulary.Lists.TryGetValue(doseList, out var doses))
                foreach (var term in doses.AllTerms) _isDose[Terms.IdOf(doseList, term)] = true;
        _isGeneric = new bool[Terms.Count];
        if (vocabulary.Lists.TryGetValue(Vocabulary.GenericList, out var generic))
            foreach (var term in generic.AllTerms) _isGeneric[Terms.IdOf(Vocabulary.GenericList, term)] = true;
        foreach (var (listName, list) in vocabulary.Lists)
            foreach (var (term, heads) in list.NamedBy)
                foreach (var head in heads)
                    _namedByHead.TryAdd(head.ToLowerInvariant(), Terms.IdOf(listName, term));
        _namedByHeadLookup = _namedByHead.GetAlternateLookup<ReadOnlySpan<char>>();

        var codes = vocabulary.CodeNames.Keys.Concat(vocabulary.Profiles.Keys)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _phrases = new PhraseIndex(vocabulary, Terms, codes);
        _minutes = new StatedMinutesReader(_phrases, codes, Terms.TryIdOf("exercises", "conditioning") ?? -1);
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The table the features' term ids refer to.</summary>
    internal TermTable Terms { get; }

    public NoteFeatures Analyze(string noteText) => Analyze(noteText.AsSpan());

    public NoteFeatures Analyze(ReadOnlySpan<char> noteText)
    {
        // An exported note's HTML, RTF or flattened line breaks are read as the note they render (one that renders
        // as nothing is no note); its fingerprint stays the exported text's, as stored fingerprints were taken.
        var exported = noteText;
        var rendered = NoteMarkup.PlainTextOf(noteText);
        if (rendered is not null) noteText = rendered;
        // A legacy screen's comment field cut at its width ("… SWINGING CHAIN F" / "ALL. DIZZY …"): its cut words joined.
        if (FixedWidthCuts.Joined(noteText, _phrases) is { } joined) noteText = rendered = joined;
        // A word broken at a line's end with a hyphen ("proprio-" / "ception"), as a scan's OCR or a PDF leaves it: joined.
        if (HyphenatedLineEnds.Joined(noteText, _phrases) is { } unbroken) noteText = rendered = unbroken;
        // A scan's m read as "rn" ("tandern on foarn"): the word meant, where the vocabulary knows it and not the slip.
        if (OcrLetterSlips.Read(noteText, _phrases) is { } slipsRead) noteText = rendered = slipsRead;
        // A dictated note's spoken punctuation, spoken codes and "scratch that" ("ninety seven one one two twenty two minutes period"):
        // read as written.
        if (DictatedText.Read(noteText) is { } dictated) noteText = rendered = dictated;
        if (IsBlank(noteText)) return NoteFeatures.Empty;
        // No cache of the last note here: the text is PHI and a thread-static copy would outlive the
        // batch in a long-lived worker. The batch reader (VisitAssembler) skips repeated notes itself.
        var s = t_scratch ??= new NoteScratch();
        NoteTokenizer.Tokenize(noteText, s, pattern: false);
        _phrases.ResolveWords(s);
        _phrases.Match(s);
        OtherVisitLines.Mark(s);
        if (s.LegendCount >= 2) MarkLegendDefinitions(s);
        MarkOptionsNotInCapitals(s);
        MarkModeChoiceNotMade(s);
        MarkModesNotTicked(s);
        MarkHeaderFieldValues(s);
        MarkEmptyTableColumns(s);
        MarkOptionsNoneCircled(s, noteText);

        var zeroMeansNo = KeySaysZeroIsNo(noteText);
        var found = s.Found;
        var negated = s.NegatedIds;
        found.Clear();
        negated.Clear();
        s.OneOnOneMatches.Clear();
        s.NotOneOnOneMatches.Clear();
        var modeTickedInError = ModeTickedInError(s);
        for (var m = 0; m < s.MatchCount; m++)
        {
            var phrase = s.MatchPhrase[m];
            if (!phrase.HasTerm || NumberPatternCrossesLabel(s, m)) continue;
            var isNegated = TermContext.IsUnticked(s, m) || (TermContext.IsNegated(s, m, _kinds) && !NamesTheInability(s, m)) || TermContext.IsAnsweredNo(s, m, _kinds, IsMode(phrase))
                // "flags 1 = yes, 0 = no" … "tech_perturbation=0": a flag of 0 under such a key.
                || (zeroMeansNo && !NamesAMeasure(phrase) && TermContext.HasZeroAfter(s, m))
                // "Individual 23 | Concurrent 0 | Group 0": no minutes in that mode.
                || (IsNotOneOnOne(phrase) && (TermContext.HasZeroAfter(s, m) || TermContext.IsZeroColumn(s, m, sharedModes: true) || ModeDeniedBefore(s, m) || SessionAttendance.OthersNotInThisSession(s, s.MatchStart[m]) || SessionAttendance.DeniedAcrossOr(s, s.MatchStart[m])));
            // "One-on-one: {Yes/No:1234} Yes": an EHR's pick list printed with the value picked — the value answers, not the list's "No".
            if (IsMode(phrase) && TermContext.PickListValue(s, m) is bool picked) isNegated = !picked;
            // "Treatment Type: Concurrent [struck - entered in error, D. Creech PT] Individual": a mode marked struck right after it.
            if (IsMode(phrase) && StruckRightAfter(s, m)) isNegated = true;
            // "[x] 1:1  [x] concurrent" then "Correction: concurrent box was ticked in error": that mode, wherever it is, was not so.
            if (modeTickedInError >= 0 && IsNotOneOnOne(phrase) && s.Token(s.MatchStart[m]).SequenceEqual(s.Token(modeTickedInError))) isNegated = true;
            // "carried over from another patient's note in error": another patient's record, no one in the session.
            if (IsNotOneOnOne(phrase) && AnotherPatientsRecord(s, m)) isNegated = true;
            // "PT note: strike the neuropathy line — wrong patient": the words naming the line an edit takes out are no statement.
            if (NamesALineToStrike(s, m)) isNegated = true;
            // A system or function named with an impairment cue is a deficit; without one it is not.
            var impaired = phrase.Has(PhraseKind.Impaired) && TermContext.HasImpairmentCue(s, m);
            // "Previous visit: "Seen 1:1. X1 yaw …"", "LTG: Berg ≥ 50/56", "Plan next visit: start Otago": not today's.
            var otherVisit = OtherVisitLines.On(s, s.MatchStart[m]);
            foreach (var target in phrase.Targets)
            {
                if (target.Kind != PhraseKind.Term && !(target.Kind == PhraseKind.Impaired && impaired)) continue;
                if (otherVisit && (_isOneOnOne[target.Id] || ((_kinds[target.Id] & 2) == 0 && (_kinds[target.Id] & (1 | 4)) != 0))) continue;
                if (_isDailyLifeTask[target.Id] && !OpensLineUnderACode(s, s.MatchStart[m])) continue;
                // "[copied forward from 2/24 — reviewed/updated]": the day the note was copied from, not a score. (Read here, not by
                // the tokenizer, whose date flag would change the note's stored fingerprint.)
                if (CopiedFromDate(s, s.MatchStart[m])) continue;
                // "Y-Balance composite L 88%", "Y-balance test": the test's result, not the reaching drill.
                if (_isTechnique[target.Id] && !_isOneOnOne[target.Id] && s.MatchStart[m] + s.MatchLength[m] is var afterY && afterY < s.Count
                    && s.Token(afterY - 1) is "balance" && s.MatchLength[m] >= 2 && s.Token(afterY - 2) is "y"
                    && s.Clause[afterY] == s.Clause[afterY - 1] && YBalanceResult(s, afterY)) continue;
                // "Sway app — tandem EO 17.2 s": the app's name, not the patient's sway.
                if (!_isTechnique[target.Id] && s.MatchLength[m] == 1 && s.Token(s.MatchStart[m]) is "sway" && (s.Flags[s.MatchStart[m]] & TokenFlags.TitleCase) != 0
                    && s.MatchStart[m] + 1 < s.Count && s.Token(s.MatchStart[m] + 1) is "app" or "system" or "balance") continue;
                // "Return-to-Snow phase 3", "Return to Run": a programme's name, not the surface or the task done.
                // (A programme's name is capitalised: "Return-to-Snow"; "return to squats now that the pain settled" resumes the squats.)
                if (_isTechnique[target.Id] && s.MatchStart[m] >= 2 && s.Token(s.MatchStart[m] - 1) is "to" && s.Token(s.MatchStart[m] - 2) is "return"
                    && (s.Flags[s.MatchStart[m] - 2] & TokenFlags.TitleCase) != 0 && (s.Flags[s.MatchStart[m]] & TokenFlags.TitleCase) != 0
                    && s.Clause[s.MatchStart[m] - 2] == s.Clause[s.MatchStart[m]]) continue;
                // ">> Coding: attendance? Please state individual vs concurrent.", "[CO query: 1:1, or was Mr. Haskins on the other mat?]":
                // a reviewer's query left in the note documents nothing; the clinician's answer below it does.
                if (OnAReviewersQueryLine(s, s.MatchStart[m])) continue;
                if (target.Id == _sessionTypeGroup && !AnswersItsLine(s, m)) continue;
                if (target.Id == _statedGoal && GoalFieldNamesNone(s, m)) continue;
                // "Functional deficit driving medical necessity: per authorization": words of a field's name whose value names none.
                if ((IsDeficitOnly(target) || target.Id == _functionalLimitation) && InFieldNameAnsweredNone(s, m)) continue;
                // "Precautions: fall risk": a safety precaution, not the deficit the service targets.
                if (IsDeficitOnly(target) && SaysFallRisk(s, m) && OnPrecautionsField(s, s.MatchStart[m])) continue;
                // "Stop criteria: MAP < 60 or > 90 · … new dizziness or chest pain": symptoms that would end the session, not a deficit it targets.
                if (IsDeficitOnly(target) && OnStopCriteriaLine(s, s.MatchStart[m])) continue;
                // "1:1 ▸ Y | balance & coordination ex": a field's answer and the next cell's first word, no Y-balance.
                if (s.MatchLength[m] > 1 && s.Token(s.MatchStart[m]) is "y" && s.Cell[s.MatchStart[m] + 1] != s.Cell[s.MatchStart[m]]
                    && s.MatchStart[m] > 0 && s.Token(s.MatchStart[m] - 1) is "1:1" or "one" or "1on1" or "individual" or "indiv") continue;
                // "heel-to-shin tracking dysmetric L > R", "tandem stance poor": an exam's finding, the named drill's result — not it done.
                if (_isTechnique[target.Id] && !_isOneOnOne[target.Id] && FindingRightAfter(s, m)) continue;
                // "One-on-one:" or "1:1 ▸" ending its line, the next line another field: the answer left blank.
                if ((_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id]) && (FieldLeftBlank(s, m) || YesNoPromptUnanswered(s, m))) continue;
                // "Delivery (1:1/Grp/Conc): 1:1": the field's options in parentheses before its colon are no answer; the answer is after it.
                if ((_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id]) && InModeOptionsBeforeColon(s, s.MatchStart[m])) continue;
                // "Attendance: [Select: 1:1 / concurrent / group]": a drop-down's prompt and its options, nothing chosen.
                if ((_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id]) && AmongASelectPromptsOptions(s, s.MatchStart[m])) continue;
                // "Technique(s) [Help: name the technique(s) used, e.g., PNF D1/D2, BAPS]: ***", "Impairment addressed (Select: Balance /
                // Proprioception / Other):": a template's help text and printed options are no one's words about this visit.
                if (InTemplatePrompt(s, s.MatchStart[m])) continue;
                // "Stepping On, week 5 session", "did her Otago level two sheet": a falls programme's name and where the patient is in
                // it, nothing done named — its schedule, not a technique (not "Otago level B: knee bends, tandem walk …").
                if ((target.Id == _fallProgramme || target.Id == _namedProgramme) && OnlyItsScheduleAfter(s, m)) continue;
                // "Outpatient Therapy Concurrent Review: Visit Detail": a payer's review, no session mode.
                if (_isNotOneOnOne[target.Id] && IsConcurrentReview(s, m)) continue;
                // "Co-scheduled visit" (a PT's and an OT's services booked together): no other patient.
                if (_isNotOneOnOne[target.Id] && s.MatchLength[m] <= 3 && s.Token(s.MatchStart[m] + s.MatchLength[m] - 1) is "scheduled" or "co-scheduled"
                    && s.MatchStart[m] + s.MatchLength[m] < s.Count && s.Token(s.MatchStart[m] + s.MatchLength[m]) is "visit" or "visits" or "session" or "appointment" or "appt") continue;
                // "The individual was seen after lunch", "his 1:1 staff": a person, or the patient's own staffing — not the session.
                if (_isOneOnOne[target.Id] && SessionAttendance.NamesAPersonNotTheSession(s, m)) continue;
                // "Lakeland Therapy Partners (Post Falls)", "Sioux Falls": a town's name, no falls.
                if (IsDeficitOnly(target) && IsFallsTown(s, m)) continue;
                // "playing pickleball 3x/wk again": an activity the patient is back at, a goal reached.
                if (_isFunctionalGoal[target.Id] && IsDeficitOnly(target) && DeficitStatements.DoingItAgain(s, m)) continue;
                // "band perturbations in the catcher's crouch", "up out of the crouch": a position taken, not crouch gait.
                if (IsDeficitOnly(target) && s.MatchLength[m] == 1 && s.Token(s.MatchStart[m]) is "crouch" && CrouchIsAPosition(s, s.MatchStart[m])) continue;
                // "her husband loses his balance": someone else's.
                if (IsDeficitOnly(target) && DeficitStatements.OfAFamilyMember(s, m)) continue;
                // "Tidewater Balance & Vestibular — 03/04/2026": the clinic's name in the note's title, not the patient's deficit.
                if (IsDeficitOnly(target) && s.FirstOnLine(s.MatchStart[m], NoteScratch.LineTest.Title, static (s, k) => k == s.LineStartOf(k) && IsTitleLine(s, k)) == s.LineStartOf(s.MatchStart[m])
                    && s.Sentence[s.MatchStart[m]] == s.Sentence[TitleStart(s, s.LineStartOf(s.MatchStart[m]))]) continue;
                // "Proprioception intact", "antalgic gait resolved", "Dx: M17.11 primary OA R knee": no deficit targeted.
                if (!isNegated && (IsDeficitOnly(target) || target.Id == _functionalLimitation)
                    && (DeficitStatements.SaidNormal(s, m) || (_isDiagnosisWord[target.Id] && DeficitStatements.OnDiagnosisLine(s, m)) || DeficitStatements.FieldAnsweredNone(s, m)))
                {
                    negated.Add(target.Id);
                    continue;
                }
                if (isNegated)
                {
                    negated.Add(target.Id);
                    // "not double-booked", "no group today", "didn't pick up a second pt", "never left with
                    // the aide": a way of not being one-on-one, denied in so many words, states one-on-one.
                    if (_isNotOneOnOne[target.Id] && target.Id != _statedNotOneOnOne && _oneOnOneTerm >= 0 && SessionAttendance.HasPlainDenialBefore(s, m)
                        && SessionAttendance.DeniesASessionMode(s, m))
                        found.Add(_oneOnOneTerm);
                }
                // "not splitting time with another pt", "No other patients (group or concurrent) during NMR": a way
                // of not being one-on-one denied in its clause, past where a negation's scope ends ("with", a
                // parenthesis), states one-on-one too.
                else if (_isNotOneOnOne[target.Id] && target.Id != _statedNotOneOnOne && _oneOnOneTerm >= 0
                    && SessionAttendance.HasPlainDenialBefore(s, m, SessionAttendance.WideDenialReach) && SessionAttendance.OnlySessionWordsAfterDenial(s, m) && SessionAttendance.DeniesASessionMode(s, m))
                    found.Add(_oneOnOneTerm);
                // "the gym's joint class was run by another PT": another therapist, in capitals, not another patient.
                else if (_isNotOneOnOne[target.Id] && (SessionAttendance.AnotherTherapistInCapitals(s, m) || SessionAttendance.AskedAmongOptions(s, m) || SessionAttendance.WhileWithThisPatientAlone(s, m) || SessionAttendance.SaidNotBilled(s, m))) continue;
                // "Dtr reports home aide gives 1:1 supervision for showers" is not the session's one-on-one.
                else if (_isOneOnOne[target.Id] && (ReportedInSentence(s, m) || SessionAttendance.MixtureRatio(s, m))) continue;
                // "Plan: continue 1:1 NMR", "Was 97112 provided 1:1?", "1:1 assist for transfers", "Minutes 1:1: 0":
                // one-on-one written, but not how this session was attended.
                else if (_isOneOnOne[target.Id] && (SessionAttendance.NotAboutThisSession(s, m) || TermContext.HasZeroAfter(s, m) || TermContext.IsZeroColumn(s, m))) continue;
                // "Assist   Indep  SBA  CGA  MinA  ModA" is the template's scale, not the level the patient needed.
                else if (_isAssistance[target.Id] && (InPrintedScale(s, m) || IsCaregiver(s, m))) continue;
                // "Meds: carbidopa-levodopa 25/100, 1 tab at 0700": a dose, not a measure of the patient.
                else if (_kinds[target.Id] == 4 && OnMedicationLine(s, m)) continue;
                // "SDOH — Housing: sleeping in his truck since October": the patient's social needs, not what the therapy targets.
                else if (!_isOneOnOne[target.Id] && !_isNotOneOnOne[target.Id] && OnSocialNeedsLine(s, m)) continue;
                // "d/c home program", "discharge home exercises": a home programme the patient leaves with, not a going home.
                else if (IsDeficitOnly(target) && s.Token(s.MatchStart[m] + s.MatchLength[m] - 1) is "home" && s.MatchStart[m] + s.MatchLength[m] < s.Count
                    && s.Token(s.MatchStart[m] + s.MatchLength[m]) is "program" or "programme" or "exercise" or "exercises" or "hep") continue;
                // "released to full duty", "cleared for full duty": a goal reached, not one the service targets.
                else if (IsDeficitOnly(target) && s.MatchStart[m] >= 2 && s.Token(s.MatchStart[m] - 2) is "released" or "cleared" && s.Token(s.MatchStart[m] - 1) is "to" or "for") continue;
                // "delayed compensatory stepping", "impaired ankle strategy": a technique's name that also
                // names a deficit, right after an impairment cue, states the deficit, not that it was done
                // ("slow bridges", "increased perturbations" are still done).
                else if (_isTechnique[target.Id] && phrase.Has(PhraseKind.Impaired) && TermContext.HasImpairmentCueBefore(s, m, immediately: true)) continue;
                // "Deficit: ↓ anticipatory postural control and ankle strategy": in a deficit field, such a name is the deficit.
                else if (_isTechnique[target.Id] && phrase.Has(PhraseKind.Impaired) && OnDeficitFieldLine(s, s.MatchStart[m])) continue;
                // "motion-provoked dizziness on head turns": what sets the symptom off, not what was done.
                else if (_isTechnique[target.Id] && IsSymptomTrigger(s, m)) continue;
                // "vestibulo-ocular dysfunction", "VOR deficit": the system's trouble named, not a technique done.
                else if (_isTechnique[target.Id] && TroubleNamedAfter(s, m)) continue;
                // "Romberg on foam EC 8 s", "mCTSIB: foam EC 20 s": the surface a balance test was taken on, not training on it.
                else if (_isTechnique[target.Id] && (IsBalanceTestCondition(s, m) || BracketedTestCondition(s, m))) continue;
                // "L ankle proprioception poor w/ eyes closed", "sways with EC": when the deficit shows, not what was done.
                else if (_isTechnique[target.Id] && IsDeficitCondition(s, m)) continue;
                // "Obj: Y-balance ant L 55 cm": a name of both a drill and a test, on the line of the note's measures, is the test.
                else if (_isTechnique[target.Id] && NamesAMeasure(phrase) && OnMeasuresLine(s, s.MatchStart[m])) continue;
                // "Single-leg stance L 7 seconds, R 21.": a drill's name opening its sentence, then a value for each side and
                // nothing else done — the test's result.
                else if (_isTechnique[target.Id] && NamesAMeasure(phrase) && EachSideValued(s, m)) continue;
                // "Objective: Berg 42/56; standing on foam eyes closed 7 sec": on the measures' line, a stance held for a time
                // with nothing else done is a balance test's condition and its result.
                else if (_isTechnique[target.Id] && HeldForATimeOnly(s, m) && OnMeasuresLine(s, s.MatchStart[m])) continue;
                // "Berg 44/56; tandem stance 7 s.": a line that opens with a named test and its score, the stance's time after it — the
                // line of results.
                else if (_isTechnique[target.Id] && HeldForATimeOnly(s, m) && OpensWithATestsScore(s, s.MatchStart[m])) continue;
                // "Pt reports her chiropractor did Activator adjustments and Graston last Friday": what another provider did, as
                // the patient tells it.
                else if (_isTechnique[target.Id] && ReportedOfAnotherProvider(s, s.MatchStart[m])) continue;
                // "Education: freezing triggers explained; … metronome app shown on his phone", "reviewed her Otago home booklet",
                // "talked both of them through the car-transfer video": what was explained, handed over or shown is not trained today.
                else if (_isTechnique[target.Id] && OnlyTaughtOrShown(s, s.MatchStart[m])) continue;
                // "hip abduction 4-/5 R, 3+/5 L": a movement graded out of five is a muscle test's result, not an exercise done.
                else if (_isTechnique[target.Id] && GradedOutOfFive(s, m)) continue;
                // "Vestibular Rehab Flowsheet —": the form's name, not what was done (not "D2 flexion form", "Brock string template").
                else if (_isTechnique[target.Id] && NamesAForm(s, m)) continue;
                // "Tasks: carrying laundry basket …, making the bed": a household or self-care task named as what was
                // done is the activity practised, not the goal it serves — unless the note says it is ("Goal: indep
                // dressing", "difficulty with bathing", "to return to gardening").
                else if (target.Id == _selfCare && !DeficitStatements.SaysItIsTheGoal(s, m)) continue;
                // "Target: R shoulder weakness and overhead reach after the rotator cuff repair": a task named only in the deficit's field
                // is what is limited, not the task practised.
                // (Only a "Target:" field: under "Deficit:", "Problem:" or "Impairment:" the task limited is often the one practised —
                // "Deficit: dizziness bending and rising …" beside "bend to pick each up".)
                else if (_isFunctionalTask[target.Id] && _kinds[target.Id] == 1 && InTheDeficitsField(s, s.MatchStart[m], targetField: true)) continue;
                // "Findings ▸ Decreased postural control with a late stepping strategy on quick turns": in the findings' field, a drill's
                // name after "on", "during", "when" or "while" says when the deficit shows, not what was done.
                else if (_isTechnique[target.Id] && _kinds[target.Id] == 1 && s.MatchStart[m] > 0 && s.Token(s.MatchStart[m] - 1) is "on" or "during" or "when" or "while"
                    && s.Clause[s.MatchStart[m] - 1] == s.Clause[s.MatchStart[m]] && InTheDeficitsField(s, s.MatchStart[m], targetField: false)) continue;
                // "… from peripheral neuropathy, with a hip strategy only": a balance strategy the patient is left with ("only" ending its
                // clause) is the deficit's sign, not a drill done.
                else if (_isTechnique[target.Id] && _kinds[target.Id] == 1 && StrategyOnly(s, m)) continue;
                // "5 of 8 stepping trials s̄ LOB": a deficit's word right after "s̄" (without) is what did not happen, no deficit stated.
                else if (_kinds[target.Id] == 2 && s.MatchStart[m] > 0 && s.Token(s.MatchStart[m] - 1) is "s" && (s.Flags[s.MatchStart[m] - 1] & TokenFlags.Macron) != 0
                    && s.Clause[s.MatchStart[m] - 1] == s.Clause[s.MatchStart[m]]) continue;
                // "SpO2 95% → 94%", "VAD … speed 5,300 rpm": a saturation's percent and a pump's speed, vital signs and a device's
                // settings — no score of the service nor a cycling cadence.
                else if (VitalOrPumpReading(s, m)) continue;
                // "Infection control: masked in the gym ☒ · own foam pad ☒": the patient's own equipment kept clean, not a drill done.
                else if (_isTechnique[target.Id] && OnInfectionControlLine(s, m)) continue;
                // "Supervision: Heber Lyman, PT, supervising by real-time video": the field of who supervised the assistant, no level of help.
                else if (target.Id == _supervisionLevel && StaffSupervisionField(s, s.MatchStart[m])) continue;
                // "to the Dairy Queen corner and back", "there and back x2": the way back, not the body's back.
                else if (IsWayBack(s, m) || IsBackAsAdverb(s, m)) continue;
                else if (!_needsNumber[target.Id] || TermContext.HasNumberNear(s, m))
                {
                    found.Add(target.Id);
                    // (Each match once, for the reading of the codes' sections.)
                    if (_isOneOnOne[target.Id] && (s.OneOnOneMatches.Count == 0 || s.OneOnOneMatches[^1] != m)) s.OneOnOneMatches.Add(m);
                    else if (_isNotOneOnOne[target.Id] && (s.NotOneOnOneMatches.Count == 0 || s.NotOneOnOneMatches[^1] != m)) s.NotOneOnOneMatches.Add(m);
                }
            }
        }
        var sharedRatioTicked = _groupOrConcurrent >= 0 && SessionAttendance.TicksASharedRatio(s);
        if (sharedRatioTicked) found.Add(_groupOrConcurrent);
        if (_statedGoal >= 0 && HasGoalField(s)) found.Add(_statedGoal);
        if (_statedDeficit >= 0 && HasDeficitField(s)) found.Add(_statedDeficit);
        if (_functionalLimitation >= 0 && DeficitStatements.StatesFunctionalLimitation(s, _isFunctionalTask)) found.Add(_functionalLimitation);
        if (_namedByHead.Count > 0) AddNamedTerms(s, found);
        if (_dosedActivity >= 0 && HasDosedActivity(s)) found.Add(_dosedActivity);
        if (_distance >= 0 && DistanceInATableRow(s)) found.Add(_distance);
        if (_pelvicFloorGrade >= 0 && PerfGrades(s)) found.Add(_pelvicFloorGrade);
        if (_practisedTask >= 0 && NamesAPractisedTask(s)) found.Add(_practisedTask);
        if (_setsAndReps >= 0 && CountsATaskDone(s)) found.Add(_setsAndReps);
        if (_weakness >= 0 && DeficitStatements.GradesAMuscleWeak(s)) found.Add(_weakness);
        if (_posturalControl >= 0 && DeficitStatements.NoStrategyToAPush(s)) found.Add(_posturalControl);
        if (_oneOnOneTerm >= 0 && (SessionAttendance.HasOnePersonEach(s) || SessionAttendance.HasSolePatient(s) || SessionAttendance.OnThisPatientOnly(s) || SessionAttendance.HasStaffAndPatientOnly(s) || SessionAttendance.TreatedByStaffAlone(s) || SessionAttendance.StatesExclusiveAttention(s) || SessionAttendance.TicksAPrivateSession(s) || SessionAttendance.JustThePatientAndMe(s) || SessionAttendance.ChoosesOneEachInLegend(s)
            || SessionAttendance.ResidentAndTherapistAfterDash(s) || SessionAttendance.NamesClinicianAndPatientAlone(s)
            || SessionAttendance.AttendsNobodyButThePatient(s) || SessionAttendance.SaysThePatientAloneWithTheWriter(s) || SessionAttendance.SaysNotInClass(s) || SessionAttendance.HadTheWriterToThemselves(s)
            || SessionAttendance.WriterHadThePatientAlone(s) || SessionAttendance.TicksPrivate(s)
            || SessionAttendance.CountsOnePatient(s) || SessionAttendance.TreatedOnlyTheNamed(s) || SessionAttendance.OnlyTheNamedAndMe(s) || SessionAttendance.AloneWithMe(s))) found.Add(_oneOnOneTerm);
        if (_oneOnOneTerm >= 0 && s.LegendCount >= 2) ReadCodedModes(s, found);
        found.Sort();
        negated.Sort();

        var minutes = _minutes.Read(s);
        var (yesCodes, noCodes) = _oneOnOneTerm >= 0 ? OneOnOneColumn(s) : ([], []);
        if (!sharedRatioTicked && s.NotOneOnOneMatches.Count > 0 && s.OneOnOneMatches.Count > 0 && OtherCodesSections(s) is { } sectionCodes)
        {
            // "Re: R TKA — T. L., PTA — 97110 — 16 min / Another patient was on the next table …" then "Re: balance — J. P., PT —
            // 97112 — 22 min / One-on-one — …": the note in a section per code, the others said of one code's section and
            // one-on-one of another's — not one-on-one for the first code only.
            found.Remove(_anotherPatient);
            noCodes = [.. noCodes, .. sectionCodes];
        }
        var (signature, words) = rendered is not null ? FingerprintOfText(exported)
            : s.OcrDigitsRead || s.WrappedProseRead || s.MangledApostropheRead || s.BlankPointerRead ? FingerprintOfText(noteText) : (FingerprintOf(s, noteText), s.Count - s.TimesTokens);
        var features = new NoteFeatures
        {
            OneOnOneYesCodes = yesCodes,
            OneOnOneNoCodes = noCodes,
            HasText = true,
            WordCount = words,
            Terms = Terms,
            FoundTerms = Distinct(found, null),
            NegatedTerms = Distinct(negated, found),
            Minutes = minutes,
            Signature = signature,
        };
        // The scratch buffers outlive this call (thread-static): wipe the lower-cased copy of the text.
        s.Chars.AsSpan(0, s.CharCount).Clear();
        return features;
    }

    // The note's fingerprint, from the tokens it was defined on: where a reading added tokens the fingerprint
    // never had ("3 × 10" read as "3 x 10"), from a tokenization of the text without that reading.
    private uint[]? FingerprintOf(NoteScratch s, ReadOnlySpan<char> noteText)
    {
        if (s.TimesSignRead) return FingerprintOfText(noteText).Signature;
        return s.Count >= NoteSignature.MinWordsForFingerprint ? NoteSignature.Compute(s, _phrases) : null;
    }

    // The fingerprint and word count of a text tokenized as the fingerprint was defined (no reading that adds tokens).
    private (uint[]? Signature, int Words) FingerprintOfText(ReadOnlySpan<char> text)
    {
        var f = t_fingerprintScratch ??= new NoteScratch();
        NoteTokenizer.Tokenize(text, f, pattern: false, timesSignAsX: false);
        _phrases.ResolveWords(f);
        _phrases.Match(f);
        var signature = f.Count >= NoteSignature.MinWordsForFingerprint ? NoteSignature.Compute(f, _phrases) : null;
        var words = f.Count;
        f.Chars.AsSpan(0, f.CharCount).Clear();
        return (signature, words);
    }

    // "Delivery (circle one): 1:1 / group / co-tx   [transcriber: none circled on the original]": a paper form's
    // options typed out with a remark that none was circled are none chosen — the options between the instruction
    // and the remark, unless one of them is said to be circled ("1:1 (circled) / group").
    private static void MarkOptionsNoneCircled(NoteScratch s, ReadOnlySpan<char> text)
    {
        // The instructions are met in the text's order: the search for each goes on from the last one found.
        int instructions = 0, found = 0, at = -1;
        for (var t = 1; t < s.Count; t++)
        {
            // "Assist (circle one):  I   Supv   SBA   CGA   Min   Mod   Max   Dep": the printed scale typed out whole, four
            // options or more after the instruction's colon and none of them marked — nothing but letters and spaces after the
            // colon, no option twice or in capitals where its scale writes it otherwise, no marks alone on the line under it (a
            // chosen one is typed "(CGA)", "CGA*", "-> CGA", "<CGA>", "MIN", a "^^^" under it, or again at the end).
            var instruction = s.Token(t) is "one" && s.Token(t - 1) is "circle" ? instructions++ : -1;
            if (instruction >= 0 && (s.Flags[t] & TokenFlags.Label) != 0 && UnmarkedOptions(s, t + 1) is > 0 and var end && NothingMarkedOnLine(text, instruction, ref found, ref at))
            {
                for (var k = t + 1; k < end; k++) s.Flags[k] |= TokenFlags.Unticked;
                continue;
            }
            // "Assist:  I   Mod I   S   CGA   Min   Mod   Max     (circle one)": the instruction after the scale, ending its line.
            if (instruction >= 0 && (s.Flags[t - 1] & TokenFlags.AfterParen) != 0 && s.LineEndOf(t) == t + 1 && LabelOnLineBefore(s, t - 1) is >= 0 and var label
                && TrailingScaleUnmarked(text, instruction, ref found, ref at))
            {
                for (var k = label + 1; k < t - 1; k++) s.Flags[k] |= TokenFlags.Unticked;
                continue;
            }
            if (s.Token(t) is not "circled" || s.Token(t - 1) is not ("none" or "nothing" or "neither")) continue;
            var line = s.Line[t];
            var circle = -1;
            for (var k = t - 2; k >= 0 && s.Line[k] == line && circle < 0; k--)
                if (s.Token(k) is "circle") circle = k;
            var from = circle + 1;
            var to = t - 1;
            if (circle < 0)
            {
                // "SESSION TYPE:  INDIVIDUAL  /  GROUP      [scribe: neither circled on the paper]": with no instruction to circle,
                // the options run from the line's label to the remark's own cell.
                var fieldLabel = -1;
                to = t - 1;
                while (to > 0 && s.Line[to - 1] == line && s.Cell[to - 1] == s.Cell[t]) to--;
                for (var k = s.LineStartOf(t); k < to && fieldLabel < 0; k++)
                    if ((s.Flags[k] & TokenFlags.Label) != 0) fieldLabel = k;
                if (fieldLabel < 0 || to <= fieldLabel + 1 || s.Cell[to - 1] == s.Cell[t]) continue;
                from = fieldLabel + 1;
            }
            if (from < t && s.Token(from) is "one" or "all") from++;
            var circledOption = false;
            for (var k = from; k < t - 1 && !circledOption; k++) circledOption = s.Token(k) is "circled";
            if (circledOption) continue;
            for (var k = from; k < to; k++) s.Flags[k] |= TokenFlags.Unticked;
        }
    }

    // The end of a line of four or more short options from token 'from', each in a cell of its own, none twice, none in
    // capitals that a scale writes otherwise ("MIN" among "Mod", "Max") and none marked as the one chosen; else 0.
    private static int UnmarkedOptions(NoteScratch s, int from)
    {
        if (from >= s.Count || s.Line[from] != s.Line[from - 1]) return 0;
        var end = s.LineEndOf(from);
        // (A printed scale has a dozen options at most: a longer line is no scale, and is not compared option by option.)
        if (end - from is < 4 or > 16) return 0;
        for (var k = from; k < end; k++)
        {
            if (s.Token(k).Length > 5 || (s.Flags[k] & (TokenFlags.Number | TokenFlags.AfterParen | TokenFlags.ClosesParen | TokenFlags.TickAfter | TokenFlags.Label)) != 0
                || s.Token(k) is "circled" or "x" || (k > from && s.Cell[k] == s.Cell[k - 1])) return 0;
            if ((s.Flags[k] & TokenFlags.AllCaps) != 0 && s.Token(k) is "min" or "mod" or "max" or "dep" or "supv" or "ind" or "indep" or "total") return 0;
            for (var j = from; j < k; j++)
                if (s.Token(j).SequenceEqual(s.Token(k))) return 0;
        }
        return end;
    }

    // The label opening t's line ("Assist:"), or -1.
    private static int LabelOnLineBefore(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        for (var k = first; k < t && k < first + 3; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return k;
        return -1;
    }

    // The n-th "(circle one)" of the text ends its line, and between the line's first colon and it stands a printed scale of
    // four to sixteen options, cells two spaces or more apart, each one or two short words of letters, none twice, none of
    // "Min", "Mod", "Max" in capitals (the way a chosen one is typed), and the next line no row of marks under it.
    private static bool TrailingScaleUnmarked(ReadOnlySpan<char> text, int n, ref int found, ref int at)
    {
        for (; found <= n; found++)
        {
            var next = text[(at + 1)..].IndexOf("circle one", StringComparison.OrdinalIgnoreCase);
            if (next < 0) return false;
            at += 1 + next;
        }
        var open = at - 1;
        while (open >= 0 && text[open] == ' ') open--;
        if (open < 0 || text[open] != '(') return false;
        // (A printed scale is a short line: read back at most 200 characters, so that a long line is read in time in proportion to it.)
        var lineStart = open;
        while (lineStart > 0 && open - lineStart < 200 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        if (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) return false;
        var colon = text[lineStart..open].IndexOf(':');
        if (colon < 0) return false;
        var scale = text[(lineStart + colon + 1)..open];
        int cells = 0, cellStart = -1;
        Span<int> starts = stackalloc int[17];
        Span<int> lengths = stackalloc int[17];
        for (var k = 0; k <= scale.Length; k++)
        {
            var gap = k == scale.Length || (scale[k] is ' ' or '\t' && (k + 1 == scale.Length || scale[k + 1] is ' ' or '\t'));
            if (k < scale.Length && !gap && !char.IsLetter(scale[k]) && scale[k] is not ' ') return false;
            if (gap && cellStart >= 0)
            {
                var cell = scale[cellStart..k].Trim();
                if (cells == 16 || cell.Count(' ') > 1 || cell is "MIN" or "MOD" or "MAX") return false;
                // (A word of five letters at most, and no mark beside an option: "x CGA", "o CGA", "CGA Y", "CGA yes" mark it.)
                foreach (var word in cell.ToString().Split(' '))
                    if (word.Length > 5 || (word.Length == 1 && word is not ("I" or "S" or "i" or "s")) || word.Equals("yes", StringComparison.OrdinalIgnoreCase)) return false;
                starts[cells] = cellStart; lengths[cells] = cell.Length;
                for (var j = 0; j < cells; j++)
                    if (scale.Slice(starts[j], lengths[j]).Equals(cell, StringComparison.OrdinalIgnoreCase)) return false;
                cells++;
                cellStart = -1;
            }
            else if (!gap && cellStart < 0) cellStart = k;
        }
        if (cells < 4) return false;
        // Nothing after the instruction but its parenthesis; the next line no row of marks.
        var k2 = at + "circle one".Length;
        while (k2 < text.Length && text[k2] is ' ' or ')') k2++;
        if (k2 < text.Length && text[k2] is not ('\n' or '\r')) return false;
        while (k2 < text.Length && text[k2] is '\n' or '\r') k2++;
        // (The next line no mark under an option: a line of three words or fewer, indented under the scale, is one — "X", "Min".)
        var underEnd = k2;
        while (underEnd < text.Length && text[underEnd] is not ('\n' or '\r')) underEnd++;
        var under = text[k2..underEnd];
        if (under.Length > 0 && under[0] is ' ' or '\t' && under.Trim().Length > 0 && under.Trim().Count(' ') < 3) return false;
        while (k2 < text.Length && text[k2] is ' ' or '\t') k2++;
        return k2 >= text.Length || text[k2] is '\n' or '\r' || char.IsLetterOrDigit(text[k2]);
    }

    // The n-th "(circle one):" of the text: after its colon only letters and spaces to the line's end, and the next line (if
    // any) not a row of marks alone under it.
    private static bool NothingMarkedOnLine(ReadOnlySpan<char> text, int n, ref int found, ref int at)
    {
        for (; found <= n; found++)
        {
            var next = text[(at + 1)..].IndexOf("circle one", StringComparison.OrdinalIgnoreCase);
            if (next < 0) return false;
            at += 1 + next;
        }
        var colon = text[at..].IndexOf(':');
        if (colon < 0) return false;
        var k = at + colon + 1;
        for (; k < text.Length && text[k] is not ('\n' or '\r'); k++)
            if (!char.IsLetter(text[k]) && text[k] is not (' ' or '\t')) return false;
        while (k < text.Length && text[k] is '\n' or '\r') k++;
        // The next line: not opening with a mark ("^^^", "^ this one") nor saying one was circled.
        var lineStart = k;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        if (k < text.Length && text[k] is not ('\n' or '\r') && !char.IsLetterOrDigit(text[k])) return false;
        var lineEnd = k;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r')) lineEnd++;
        return !text[lineStart..lineEnd].Contains("circled", StringComparison.OrdinalIgnoreCase);
    }

    private static bool AnswersItsLine(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var next = start + s.MatchLength[m];
        if (start != s.LineStartOf(start) || next >= s.Count || (s.Flags[next] & TokenFlags.AfterDash) == 0 || s.Line[next] != s.Line[start]) return false;
        for (var k = next; k < s.Count && s.Sentence[k] == s.Sentence[next] && (k == next || (s.Flags[k] & TokenFlags.AfterParen) == 0); k++)
            if (s.Token(k) is "scheduled" or "converted" or "changed" or "cancelled" or "canceled" or "individual" or "1:1" or "but" or "corrected" or "default" or "only") return false;
        return true;
    }

    // "97530 — 20 min" over "Made her bed in the apt: …": token t opens its line (or follows "Practiced (the)" opening it), the
    // line before is 97530's own line — "97530", its name, its minutes or units and nothing else — and nothing on the task's line
    // says it was done elsewhere, by someone else, another time or not at all ("per pt", "at home", "deferred", "next visit").
    private static bool OpensLineUnderACode(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        if (t != first && !(t - first is 1 or 2 && s.Token(first) is "practiced" or "practised" && (t == first + 1 || s.Token(first + 1) is "the" or "her" or "his"))) return false;
        if (first == 0) return false;
        var above = s.LineStartOf(first - 1);
        if (first - above > 8) return false;
        bool code = false, number = false;
        for (var k = above; k < first; k++)
        {
            var w = s.Token(k);
            if (w is "97530") code = true;
            else if ((s.Flags[k] & TokenFlags.Integer) != 0 && (s.Flags[k] & TokenFlags.CodeLike) == 0) number = true;
            else if (w is not ("ther" or "act" or "ta" or "therapeutic" or "activities" or "activity" or "min" or "mins" or "minutes" or "unit" or "units" or "u" or "x")) return false;
        }
        if (!code || !number) return false;
        for (var k = first; k < s.LineEndOf(first); k++)
            if (s.Token(k) is "per" or "home" or "reports" or "reported" or "states" or "goal" or "goals" or "next" or "declined" or "deferred" or "refused"
                or "not" or "handout" or "break" or "request" or "will" or "wants" or "husband" or "wife" or "daughter" or "dtr" or "son" or "family" or "caregiver"
                or "aide" or "nursing" or "later" or "tomorrow" or "staff" or "rn" or "arrived" or "brought" or "show" or "showed" or "plays" or "enjoys"
                or "no" or "longer" or "cna" or "nurse" or "granddaughter" or "grandson" or "neighbor" or "recreation" or "unable" or "couldn't" or "couldn" or "skipped"
                or "cancelled" or "canceled" or "pending" or "previously" or "earlier" or "observed" or "job" or "unsafe" or "waited" || (s.Flags[k] & TokenFlags.Question) != 0) return false;
        return true;
    }

    // Whitespace, and the invisible marks an export leaves in an empty cell (a byte-order mark, a zero-width space).
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')) return false;
        return true;
    }

    // "Square-Stepping Exercise", "Dynamic Neuromuscular Stabilization": capitalised words ending in a
    // head word of a TermList.NamedBy name the term — two words at least, three where a sentence, line or
    // cell starts (a heading is capitalised anyway), none of them in a code's name, a generic phrase or a
    // home programme ("Therapeutic Exercise", "Balance Training", "Home Exercise Program"), none unticked.
    private void AddNamedTerms(NoteScratch s, List<int> found)
    {
        // Whether the note's first line is its heading, looked at once (-1 until needed).
        var titleLine = -1;
        for (var t = 1; t < s.Count; t++)
        {
            if ((s.Flags[t] & TokenFlags.TitleCase) == 0 || !_namedByHeadLookup.TryGetValue(s.Token(t), out var id)) continue;
            var first = t;
            while (first > 0 && (s.Flags[first - 1] & TokenFlags.TitleCase) != 0 && s.Clause[first - 1] == s.Clause[t]) first--;
            // "Completed Westside Tendon Loading Programme": the sentence's words before the name are not in it.
            var leading = first;
            while (first < t && LeadingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(first))) first++;
            var length = t - first + 1;
            var startsText = first == leading && (first == 0 || s.Sentence[first - 1] != s.Sentence[first] || s.Line[first - 1] != s.Line[first] || s.Cell[first - 1] != s.Cell[first]);
            if (length < (startsText ? 3 : 2)) continue;
            // A name has a word of its own, in no list ("Square", "Westside"; not "Strength Training"), and
            // no word of an ordinary sentence written in capitals ("Continue Per Protocol", "Pt
            // Demonstrated Good Technique", "Ambulation Training").
            var plain = true;
            var ownWord = false;
            for (var k = first; k <= t && plain; k++)
            {
                plain = (s.Flags[k] & TokenFlags.Unticked) == 0 && !IsNamedAlready(s, k)
                    && (k == t || !NotInNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k)));
                ownWord |= k < t && (s.MatchAt[k] < 0 || !s.MatchPhrase[s.MatchAt[k]].HasTerm);
            }
            // ("Harborlight Memory and Movement — Care Partner Training Program": the clinic's name in the note's title, not a programme
            // the patient did.)
            if (!plain || !ownWord) continue;
            if (s.Line[first] == s.Line[0] && titleLine < 0) titleLine = IsTitleLine0(s) ? 1 : 0;
            if (s.Line[first] != s.Line[0] || titleLine == 0) found.Add(id);
        }
    }

    /// <summary>The longest first line read as a heading, in tokens.</summary>
    private const int HeadingTokensMax = 30;

    // The note's first line, with more lines after it, a heading of words only with a spaced dash in it ("Harborlight Memory and
    // Movement — Care Partner Training Program (South Portland)"): the clinic's and its programme's names.
    private static bool IsTitleLine0(NoteScratch s)
    {
        if (s.Line[s.Count - 1] == s.Line[0]) return false;
        var dashed = false;
        for (var k = 0; k < s.Count && s.Line[k] == s.Line[0]; k++)
        {
            if (k >= HeadingTokensMax || (s.Flags[k] & (TokenFlags.Number | TokenFlags.Label | TokenFlags.CodeLike)) != 0) return false;
            dashed |= (s.Flags[k] & TokenFlags.AfterDash) != 0;
        }
        return dashed;
    }

    // The term an activity named with its dose counts as ("wheelbarrow walk 3 x 10 ft", "wheelie holds
    // 5 x 20 s"): PRODUCT.md section 5's technique for 97110 and 97530 is the exercise or activity named,
    // and a dose shows one was named even when the vocabulary does not know its name.
    private const string DosedActivityList = "dosed-activities", DosedActivityTerm = "activity named with its dose";
    // Sets and repetitions, holds, loads: an exercise's dose (a distance alone is as often a walk's, which is gait training).
    private static readonly string[] DoseLists = ["exercise-parameters"];
    private const int DosedActivityReach = 2;

    // A dose (sets and repetitions, a hold, a load), not negated or unticked, with a word right
    // before it (or one word before that) in its clause that no list knows and that is no generic or
    // sentence word ("ther ex 3x10", "Pt can now do 3x10", "Dosage 3x10" name nothing).
    private bool HasDosedActivity(NoteScratch s)
    {
        for (var m = 0; m < s.MatchCount; m++)
        {
            var isDose = false;
            foreach (var target in s.MatchPhrase[m].Targets)
                isDose |= target.Kind == PhraseKind.Term && _isDose[target.Id];
            var start = s.MatchStart[m];
            if (!isDose || TermContext.IsUnticked(s, m) || TermContext.IsNegated(s, m, _kinds) || ProgrammeLevel(s, start)) continue;
            // ("P: Progress to Level 3 next week", "Next ➡️: level 3": the plan's level, not an activity done.)
            if (LevelOfThePlan(s, start)) continue;
            for (var k = start - 1; k >= Math.Max(0, start - DosedActivityReach) && s.Clause[k] == s.Clause[start]; k--)
                if (IsActivityWord(s, k)) return true;
        }
        return false;
    }

    // A level on the plan's line ("P:", "Plan:", "Next:"), or with "next week / visit / session / time" right after it in its clause.
    private static bool LevelOfThePlan(NoteScratch s, int start)
    {
        if (s.Token(start) is not ("level" or "lvl" or "stage" or "phase")) return false;
        var first = s.LineStartOf(start);
        if (first < start && (s.Flags[first] & TokenFlags.Label) != 0 && s.Token(first) is "p" or "plan" or "next" or "goal" or "goals")
        {
            // (Not "Next: NuStep level 5 x 12 min done today": today's work on that line; nor, after "Next:", a level dosed — "First:
            // warm-up. Next: Shuttle level 3, 3x10 bilat." is a step of today's sequence.)
            for (var k = start + 1; k < s.Count && k <= start + MaxPlanLevelLook && s.Line[k] == s.Line[start]; k++)
                if (s.Token(k) is "today" or "done" or "completed"
                    || (s.Token(first) is "next" && k > start + 1 && ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(k) is "x" or "sets" or "reps"))) return false;
            return true;
        }
        for (var k = start + 1; k + 1 < s.Count && k <= start + 4 && s.Clause[k] == s.Clause[start]; k++)
            if (s.Token(k) is "next" && s.Token(k + 1) is "week" or "visit" or "session" or "time" or "tx" or "appt") return true;
        return false;
    }

    private const int MaxPlanLevelLook = 8;

    // "SteadyStride Level 4 per franchise protocol", "Janelle's Level 2 circuit": a capitalised Level after a name or a possessive is
    // the level of a clinic's or a brand's programme, which names no exercise (not "rower level 5 x 8 min").
    // After "Y-Balance": the test's word ("composite", "test", "score") or a reach's direction with its number within a few words
    // ("ant R 84% of L", "anterior reach 62 cm") — its result, not the reaching drill ("Y-balance reaching 3 x 5 each").
    private static bool YBalanceResult(NoteScratch s, int k)
    {
        if (s.Token(k) is "composite" or "test" or "score" or "testing" or "screen") return true;
        if (s.Token(k) is not ("ant" or "anterior" or "pm" or "pl" or "posteromedial" or "posterolateral")) return false;
        // (Not a dose anywhere after it in its clause: "Y-balance anterior reach 3 x 10 each", "ant 10 reps".)
        var number = false;
        for (var j = k + 1; j < Math.Min(s.Count, k + 8) && s.Clause[j] == s.Clause[k]; j++)
        {
            if (s.Token(j) is "x" or "reps" or "rep" or "sets" or "set" or "reaching" or "each" or "rounds" or "trials" or "times") return false;
            number |= (s.Flags[j] & (TokenFlags.Number | TokenFlags.Percent)) != 0;
        }
        return number;
    }

    // The mark of the mode struck, right after it in its clause, and ending there (or before "entered in error"): "Concurrent
    // [struck - entered in error, …]", "[X] 1:1 — lined through, …" — not "one-on-one. Deleted lunges from HEP", "1:1 - entered
    // in error note from 3/2 voided", "(1:1) deleted step-ups from program", "one-on-one struck a good balance".
    private static bool StruckRightAfter(NoteScratch s, int m)
    {
        var k = s.MatchStart[m] + s.MatchLength[m];
        // ("Concurrent [X] — struck, entered in error": the mode's own tick, then the mark that takes it back.)
        if (k + 1 < s.Count && s.Token(k) is "☒" && s.Line[k] == s.Line[k - 1] && s.Clause[k] == s.Clause[k - 1] && s.Token(k + 1) is "struck" or "strikethrough" or "deleted" or "lined" or "crossed") k++;
        if (k >= s.Count || s.Line[k] != s.Line[k - 1] || s.Sentence[k] != s.Sentence[k - 1] || s.Clause[k] != s.Clause[k - 1]) return false;
        var last = s.Token(k) is "struck" or "strikethrough" or "deleted" ? k
            : k + 2 < s.Count && s.Token(k) is "entered" && s.Token(k + 1) is "in" && s.Token(k + 2) is "error" ? k + 2
            : k + 1 < s.Count && s.Token(k) is "lined" or "crossed" or "struck" && s.Token(k + 1) is "through" or "out" ? k + 1 : -1;
        if (last < 0) return false;
        if (last + 1 >= s.Count || s.Line[last + 1] != s.Line[last] || s.Clause[last + 1] != s.Clause[last] || (s.Flags[last] & TokenFlags.ClosesParen) != 0) return true;
        // ("struck - entered in error": the mark said twice.)
        return last + 3 < s.Count && s.Token(last + 1) is "entered" && s.Token(last + 2) is "in" && s.Token(last + 3) is "error"
            && (last + 4 >= s.Count || s.Clause[last + 4] != s.Clause[last + 3] || s.Line[last + 4] != s.Line[last + 3]);
    }

    // The match ends in a patient's word with a possessive and a record's name after it: "another patient's note / chart / eval".
    private static bool AnotherPatientsRecord(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        return end + 1 < s.Count && s.Token(end - 1) is "patient" or "pt" or "client" or "patients" && s.Token(end) is "s" && s.Clause[end] == s.Clause[end - 1]
            && s.Token(end + 1) is "note" or "notes" or "chart" or "record" or "records" or "file" or "eval" or "evaluation" or "plan" or "report" or "flowsheet" or "template" or "encounter";
    }

    // The token of a mode (not one-on-one) said to have been ticked or marked in error a few words after it in its clause
    // ("concurrent box was ticked in error", "Group checked in error"), or -1. Read once a note, a few words after each such mode.
    private int ModeTickedInError(NoteScratch s)
    {
        for (var m = 0; m < s.MatchCount; m++)
        {
            if (!s.MatchPhrase[m].HasTerm || !IsNotOneOnOne(s.MatchPhrase[m])) continue;
            var start = s.MatchStart[m];
            var marked = false;
            for (var k = start + s.MatchLength[m]; k + 2 < s.Count && k <= start + MaxWordsToInError && s.Clause[k] == s.Clause[start]; k++)
            {
                marked |= s.Token(k) is "ticked" or "checked" or "marked" or "selected" or "clicked";
                if (marked && s.Token(k) is "in" && s.Token(k + 1) is "error" && s.Clause[k + 1] == s.Clause[k]) return start;
            }
        }
        return -1;
    }

    private const int MaxWordsToInError = 6;

    // The match stands between "strike / delete / remove / disregard the" and "line", "sentence", "entry" or "bullet", a few words
    // between, in one clause: "strike the neuropathy line", "delete the 'poor trunk control' sentence" — an edit naming what it takes
    // out (not "strike the ball from tandem stance", no line named).
    private static bool NamesALineToStrike(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var the = -1;
        for (var k = start - 1; k >= 1 && start - k <= MaxWordsNamingALine && s.Clause[k] == s.Clause[start]; k--)
            if (s.Token(k) is "the" && s.Token(k - 1) is "strike" or "delete" or "remove" or "disregard" or "omit" && s.Clause[k - 1] == s.Clause[k]) { the = k; break; }
        if (the < 0) return false;
        for (var k = end; k < s.Count && k - the <= MaxWordsNamingALine + 1 && s.Clause[k] == s.Clause[start]; k++)
            // (Not "strike the foam pad line-up": a line-up is no line of the note.)
            if (s.Token(k) is "line" or "sentence" or "entry" or "bullet" or "statement") return !(k + 1 < s.Count && s.Token(k + 1) is "up" && s.Clause[k + 1] == s.Clause[k]);
        return false;
    }

    private const int MaxWordsNamingALine = 4;

    // ("Bayou Balance level 4 per clinic protocol": a level, its number, then the protocol it is of.)
    private static bool ProgrammeLevel(NoteScratch s, int start) =>
        start > 0 && s.Token(start) is "level" or "phase" or "stage" && s.Clause[start - 1] == s.Clause[start]
        && (((s.Flags[start] & TokenFlags.TitleCase) != 0
                && ((s.Flags[start - 1] & TokenFlags.TitleCase) != 0 || (s.Token(start - 1) is "s" && start > 1 && (s.Flags[start - 2] & TokenFlags.TitleCase) != 0)))
            || PerProtocolAfter(s, start + 1) || BrandedProgrammeBefore(s, start) || NameWithAndBefore(s, start));

    // "Steady and Strong level 2": a level after a capitalised name of two words joined by "and" — a programme's name, as the
    // brands write them (not "Sit and Stand level 2", "Reach and Step level 3": an exercise's own name, two movements).
    private static bool NameWithAndBefore(NoteScratch s, int start) =>
        start >= 3 && s.Clause[start - 3] == s.Clause[start] && s.Token(start - 2) is "and"
        && (s.Flags[start - 1] & s.Flags[start - 3] & TokenFlags.TitleCase) != 0
        && !IsMovementWord(s.Token(start - 1)) && !IsMovementWord(s.Token(start - 3))
        // (Nor with a dose anywhere after it in its sentence: "Heel and Toe level 2, 3 sets of 15", "Ball and Wall level 2, 3 sets of 10".)
        && !DoseInSentenceAfter(s, start);

    private static bool DoseInSentenceAfter(NoteScratch s, int level)
    {
        for (var k = level + 2; k < Math.Min(s.Count, level + 10) && s.Sentence[k] == s.Sentence[level]; k++)
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(k) is "x" or "sets" or "reps" or "set" or "rep") return true;
        return false;
    }

    private static bool IsMovementWord(ReadOnlySpan<char> word) =>
        word is "sit" or "stand" or "reach" or "step" or "walk" or "push" or "pull" or "lift" or "squat" or "turn" or "pivot" or "kick"
            or "throw" or "catch" or "carry" or "lunge" or "hop" or "jump" or "roll" or "rock" or "sway" or "stop" or "go" or "toss"
            or "twist" or "bend" or "hold" or "press" or "row" or "curl" or "raise" or "balance" or "gait" or "tap" or "march";

    // "Bayou Balance level 5": a level, lower-case, after a two-word capitalised name whose last word is a programme's
    // ("Balance", "Program", "Protocol") — a clinic's branded programme, not "Lateral Walking level 2" (an exercise's name)
    // nor "Dynamic Balance level 3" (a kind of balance work). "Steady Steps level 3" too — not "Side Steps level 2", "Tandem Steps
    // level 1" (a stepping exercise's name).
    private static bool BrandedProgrammeBefore(NoteScratch s, int start) =>
        start >= 2 && s.Clause[start - 2] == s.Clause[start]
        && (s.Flags[start - 1] & s.Flags[start - 2] & TokenFlags.TitleCase) != 0
        && s.Token(start - 1) is "balance" or "program" or "programme" or "protocol" or "pathway" or "steps"
        && s.Token(start - 2) is not ("dynamic" or "static" or "standing" or "seated" or "sitting" or "reactive" or "vestibular" or "sensory" or "advanced" or "basic" or "intermediate")
        && !(s.Token(start - 1) is "steps" && s.Token(start - 2) is "side" or "lateral" or "cross" or "crossover" or "tandem" or "forward" or "backward" or "backwards"
            or "retro" or "quick" or "big" or "high" or "toe" or "heel" or "alternating" or "marching" or "braiding" or "sidestepping" or "compensatory" or "reactive"
            or "large" or "small" or "long" or "short" or "multidirectional" or "diagonal" or "resisted" or "weighted" or "step" or "stair" or "box")
        // (The level's number and nothing dosed after it in its clause: not "Marching Balance level 3 3x30s".)
        && !DoseAfterLevel(s, start);

    private static bool DoseAfterLevel(NoteScratch s, int level)
    {
        for (var k = level + 2; k < Math.Min(s.Count, level + 8) && s.Clause[k] == s.Clause[level]; k++)
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(k) is "x" or "sets" or "reps") return true;
        return false;
    }

    // "4 per clinic protocol", "3 per lab protocol": a level's number, then "per" and the clinic's own protocol, in its clause.
    private static bool PerProtocolAfter(NoteScratch s, int k)
    {
        if (k + 2 >= s.Count || (s.Flags[k] & TokenFlags.Integer) == 0 || s.Token(k + 1) is not "per" || s.Clause[k + 1] != s.Clause[k]) return false;
        // (The clinic's or lab's own protocol, "per clinic protocol": not a machine's level "per ACL protocol", "per protocol".)
        return k + 3 < s.Count && s.Token(k + 2) is "clinic" or "lab" or "franchise" or "house" or "practice" or "company" or "our" or "studio" or "gym"
            && s.Clause[k + 3] == s.Clause[k] && s.Token(k + 3) is "protocol" or "programme" or "program" or "pathway";
    }

    // "Practiced getting on and off her Honda", "practising climbing into the truck cab": a verb of practice right
    // before the task's -ing word names the task — not "practiced during the session", not denied or left unticked.
    private static bool NamesAPractisedTask(NoteScratch s)
    {
        for (var t = 0; t + 1 < s.Count; t++)
        {
            if (TasksField(s, t)) return true;
            if (s.Token(t) is not ("practiced" or "practised" or "practicing" or "practising") || s.Clause[t + 1] != s.Clause[t]) continue;
            var task = s.Token(t + 1);
            if (task.Length < 6 || !task.EndsWith("ing") || (s.Flags[t + 1] & TokenFlags.Unticked) != 0
                || task is "during" or "nothing" or "something" or "morning" or "evening" or "everything" or "anything" or "training"
                    or "stretching" or "breathing" or "reading" or "speaking" or "writing" or "singing" or "swimming" or "meditating") continue;
            // Not denied, and done in the session by the patient: not "hasn't practiced …", "daughter practiced guarding",
            // "reports she practiced … at the Y", "has been practicing … daily" (a home programme).
            var denied = false;
            for (var k = t - 1; k >= Math.Max(0, t - 3) && s.Clause[k] == s.Clause[t]; k--)
                denied |= s.Token(k) is "not" or "no" or "never" or "didn't" or "didnt" or "didn" or "hasn't" or "hasnt" or "hasn" or "haven't" or "havent"
                    or "unable" or "declined" or "been" or "daughter" or "son" or "wife" or "husband" or "caregiver" or "cg" or "family" or "spouse" or "aide";
            if (!denied && !SentenceSpeaksOfHome(s, t)) return true;
        }
        return false;
    }

    // "Tasks: Smart Glove release game, then stripping and letting go of fly line at the casting pond", "Activities: juggling scarves,
    // holding the hoop with both hands": a field of the tasks practised,
    // opening its line, with a task's -ing word in its value (not "Tasks: see flowsheet", "Functional tasks: N/A").
    private static bool TasksField(NoteScratch s, int t)
    {
        if ((s.Flags[t] & TokenFlags.Label) == 0 || s.Token(t) is not ("tasks" or "task" or "activities") || (s.Flags[t] & TokenFlags.Unticked) != 0) return false;
        var first = s.LineStartOf(t);
        if (t != first && !(t == first + 1 && s.Token(first) is "functional")) return false;
        if (t + 1 >= s.Count || s.Line[t + 1] != s.Line[t] || NamesWhereKept(s, t + 1, t) || s.Token(t + 1) is "none" or "deferred" or "held" or "not" or "no") return false;
        // (Not the patient's life before therapy: "Prior level of function:" heading the line before "Activities: gardening, bowling".)
        if (first > 0 && s.Line[first - 1] == s.Line[first] - 1 && s.Token(s.LineStartOf(first - 1)) is "prior" or "plof" or "previous" or "history" or "hobbies" or "leisure" or "social") return false;
        // The first -ing word is the task, not what the patient did instead ("pt arrived complaining of dizziness", "pt declining today"),
        // and nothing before it denies it ("not done", "refused").
        for (var k = t + 1; k < Math.Min(s.Count, t + 30) && s.Line[k] == s.Line[t]; k++)
        {
            var w = s.Token(k);
            if (w is "declined" or "refused" or "unable" or "deferred" or "held" or "not" or "arrived") return false;
            if (w.Length < 6 || !w.EndsWith("ing") || w is "during" or "nothing" or "something" or "morning" or "evening" or "training" or "stretching" or "breathing"
                or "reading" or "pending" or "remaining" or "including" or "following") continue;
            return w is not ("complaining" or "resting" or "monitoring" or "reporting" or "declining" or "refusing" or "waiting" or "feeling" or "sitting");
        }
        return false;
    }

    // "| Gait distance, no device (ft) | 150 | 0 |": a table row whose label names a distance and its unit in parentheses, a number in the
    // very next cell — the distance measured (the unit is the label's, not beside the number; an empty next cell leaves today's blank).
    private static bool DistanceInATableRow(NoteScratch s)
    {
        for (var t = 1; t + 1 < s.Count; t++)
        {
            if (s.Token(t) is not ("ft" or "feet" or "m" or "meters" or "metres" or "yards") || (s.Flags[t] & (TokenFlags.AfterParen | TokenFlags.ClosesParen)) != (TokenFlags.AfterParen | TokenFlags.ClosesParen)
                || s.Line[t + 1] != s.Line[t] || s.Cell[t + 1] != s.Cell[t] + 1 || (s.Flags[t + 1] & TokenFlags.Number) == 0 || s.Token(t + 1) is "0") continue;
            // (A row's label of a few words, whatever the line's length.)
            for (var k = t - 1; k >= Math.Max(0, t - 8) && s.Cell[k] == s.Cell[t] && s.Line[k] == s.Line[t]; k--)
                if (s.Token(k) is "distance" or "ambulation" or "walked" or "walking" or "gait") return true;
        }
        return false;
    }

    // "5 ice-chest lifts with good form", "4 telescope-case lifts", "6 chairs carried": a task's count, the number before
    // a word or two naming what was handled and the task's plural noun or past participle — the repetitions a 97530 is measured
    // by. (The vocabulary holds "# lifts", "# carries"; phrases for each object named would hide the task terms they overlap,
    // "ladder climbs", "net hauls".) Not in the plan, a goal or the home programme, nor of another visit.
    private static bool CountsATaskDone(NoteScratch s)
    {
        for (var t = 0; t + 1 < s.Count; t++)
        {
            if ((s.Flags[t] & (TokenFlags.Integer | TokenFlags.CodeLike)) != TokenFlags.Integer
                || (s.Flags[t] & (TokenFlags.Unticked | TokenFlags.Struck | TokenFlags.OtherVisit | TokenFlags.Question | TokenFlags.Pounds | TokenFlags.Percent | TokenFlags.Degrees)) != 0
                || s.Token(t).Length > 2 || s.Token(t) is "0") continue;
            var task = -1;
            for (var k = t + 1; k < s.Count && k <= t + 3 && s.Clause[k] == s.Clause[t]; k++)
            {
                if (s.Token(k) is "lifts" or "carries" or "hauls" or "climbs" or "step-ups" or "reaches" or "trips" or "pulls" or "pushes" or "throws" or "transfers"
                    || (k > t + 1 && s.Token(k) is "carried" or "lifted" or "hauled" or "climbed" or "stacked" or "loaded" or "delivered" or "hung" or "moved")) { task = k; break; }
                if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Label)) != 0 || s.Token(k) is "min" or "minutes" or "sec" or "seconds" or "lb" or "lbs" or "pounds" or "kg" or "ft" or "feet"
                    or "of" or "per" or "a" or "the" or "and" or "or" or "to" or "x") break;
            }
            if (task < 0) continue;
            var planned = false;
            for (int k = Math.Max(s.SentenceStartOf(t), t - MaxFieldWords), end = Math.Min(s.Count, t + MaxFieldWords); k < end && s.Sentence[k] == s.Sentence[t] && !planned; k++)
                planned = s.Token(k) is "goal" or "goals" or "stg" or "ltg" or "plan" or "next" or "will" or "hep" or "home" or "daily" or "day" or "week" or "weekly" or "target" or "aim"
                    // (Nor what the patient tells of work or another day: "Pt reports he does 5 box lifts at work each hour".)
                    or "reports" or "reported" or "states" or "stated" or "says" or "work" or "job" or "shift" or "hour" or "yesterday" or "weekend" or "last" or "usually";
            if (!planned) return true;
        }
        return false;
    }

    private static bool StrategyOnly(NoteScratch s, int m)
    {
        var last = s.MatchStart[m] + s.MatchLength[m] - 1;
        if (s.Token(last) is not ("strategy" or "strategies") || last + 1 >= s.Count || s.Token(last + 1) is not "only" || s.Clause[last + 1] != s.Clause[last]
            || !TermContext.EndsClause(s, last + 1)) return false;
        // (Said of the patient — "with a hip strategy only", "uses an ankle strategy only" — not "Tx: hip strategy only", "Pt worked on
        // ankle strategy only", nor in a sentence of practice or doses: "Pt practiced standing balance with a hip strategy only",
        // "A/P sways at the counter, 3x10, with an ankle strategy only".)
        var before = s.MatchStart[m] - 1;
        if (before > 0 && s.Token(before) is "a" or "an" or "the" or "her" or "his") before--;
        if (before < 0 || s.Clause[before] != s.Clause[last] || s.Token(before) is not ("with" or "uses" or "using" or "shows" or "showing" or "has" or "had" or "used")) return false;
        var start = s.SentenceStartOf(last);
        for (var k = start; k < s.Count && s.Sentence[k] == s.Sentence[last]; k++)
            if (k - start > MaxFieldWords || (s.Flags[k] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(k) is "practiced" or "practised" or "practicing" or "trained"
                or "training" or "worked" or "performed" or "did" or "drills" or "reps" or "sets") return false;
        return true;
    }

    // "PERF 3/5/6", "PERF: 3/6/8/10": the pelvic floor's PERF grades (power out of five, then endurance seconds, repetitions, fast
    // contractions) written as one series after the scale's name in capitals — a series the tokenizer takes for a date, and "perf" in
    // lower case is "performed" ("pt perf 3x10 bridges").
    private static bool PerfGrades(NoteScratch s)
    {
        for (var t = 0; t + 1 < s.Count; t++)
        {
            if (s.Token(t) is not "perf" || (s.Flags[t] & TokenFlags.AllCaps) == 0 || s.Sentence[t + 1] != s.Sentence[t]
                || ((s.Flags[t] | s.Flags[t + 1]) & (TokenFlags.Unticked | TokenFlags.Struck | TokenFlags.OtherVisit)) != 0) continue;
            if (IsGradeSeries(s.Token(t + 1))) return true;
        }
        return false;
    }

    // Three or four numbers joined by slashes, the first a grade out of five, the others ten at most: "3/5/6", "2/4/5/10" (not a
    // date, "2/3/26").
    private static bool IsGradeSeries(ReadOnlySpan<char> token)
    {
        if (token.Length < 5 || token[0] is < '0' or > '5' || token[1] != '/') return false;
        int parts = 1, value = 0, digits = 0;
        foreach (var c in token)
        {
            if (c == '/') { if (digits == 0) return false; parts++; value = 0; digits = 0; }
            else if (char.IsAsciiDigit(c) && (value = value * 10 + (c - '0')) <= 10) digits++;
            else return false;
        }
        return digits > 0 && parts is 3 or 4;
    }

    // The line opens with a measure's name (not the one at t) and a number within three words after it.
    private bool OpensWithATestsScore(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        var m = s.MatchAt[first];
        if (m < 0 || s.MatchStart[m] != first || !NamesAMeasure(s.MatchPhrase[m])) return false;
        var end = first + s.MatchLength[m];
        if (end >= t) return false;
        // (A stance held, the balance test's condition: not "360° turn L 7 steps", a drill's count.)
        var stance = false;
        for (int k = t, stop = Math.Min(s.Count, t + 4); k < stop && s.MatchAt[k] == s.MatchAt[t]; k++)
            stance |= s.Token(k) is "stance" or "standing" or "sls" or "tandem" or "romberg";
        if (!stance) return false;
        for (var k = end; k < Math.Min(t, end + 3); k++)
            if ((s.Flags[k] & TokenFlags.Number) != 0) return s.Sentence[k] == s.Sentence[first];
        return false;
    }

    // A count at 0 is a measure, not a flag ("LOB 0", "falls=0").
    private bool NamesAMeasure(Phrase phrase)
    {
        foreach (var target in phrase.Targets)
            if (target.Kind == PhraseKind.Term && (_kinds[target.Id] & 4) != 0) return true;
        return false;
    }

    // "flags 1 = yes, 0 = no", "(1=yes, 0=no)": a key that makes a 0 a no ("0 = no pain" is a scale's anchor).
    private static bool KeySaysZeroIsNo(ReadOnlySpan<char> text)
    {
        foreach (var key in (ReadOnlySpan<string>)["0 = no", "0=no"])
            for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; )
            {
                var end = at + key.Length;
                // ("no" alone: not "0 = no pain".)
                var after = end;
                while (after < text.Length && text[after] == ' ') after++;
                if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])) && (after >= text.Length || !char.IsLetter(text[after])))
                    return true;
                var next = text[end..].IndexOf(key, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : end + next;
            }
        return false;
    }

    // "back" alone after "and" or "there", ending its clause or before a count, where the word before "and" is no body
    // region ("hips and back" are both the body's).
    private static bool IsWayBack(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        if (s.MatchLength[m] != 1 || s.Token(t) is not "back" || t < 2 || s.Clause[t - 1] != s.Clause[t]) return false;
        // "HR back to 88", "SpO2 back to 96 %", "pain back to 2/10": a value returned to, not the body's back.
        if (t + 2 < s.Count && s.Token(t + 1) is "to" && (s.Flags[t + 2] & TokenFlags.Number) != 0 && s.Clause[t + 2] == s.Clause[t]
            && s.Token(t - 1) is "hr" or "spo2" or "sats" or "bp" or "pain" or "rpe" or "pulse" or "o2" or "sat") return true;
        if (s.Token(t - 1) is not ("and" or "there")) return false;
        if (s.Token(t - 1) is "and" && s.MatchAt[t - 2] >= 0) return false;
        var next = t + 1;
        // (Or the way back's own route after it: "along the hallway and back through the living room".)
        var ends = next >= s.Count || s.Clause[next] != s.Clause[t] || (s.Flags[next] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(next) is "x" or "to" or "again"
            or "through" or "along" or "across" or "around" or "past" or "via";
        if (!ends) return false;
        if (s.Token(t - 1) is "there") return true;
        // "to the Commercial St corner and back", "down Front Street and back": a place of the route named before it.
        if (s.Token(t - 1) is "and" && s.Token(t - 2) is "st" or "street" or "ave" or "avenue" or "rd" or "road" or "blvd" or "corner" or "lot" or "store"
            or "station" or "stop" or "park" or "block" or "lobby" or "mailbox" or "door" or "curb" or "trailhead" or "dock" or "barn" or "gate") return true;
        // A trip, not the body: a word of going in the sentence ("STM to shoulders and back" is the body's).
        var first = s.SentenceStartOf(t);
        for (var k = first; k < t; k++)
            if (s.Token(k) is "walk" or "walked" or "walking" or "walks" or "ambulated" or "ambulation" or "amb" or "rollator" or "walker" or "cane"
                or "went" or "go" or "drove" or "rode" or "carried" or "carry" or "laps" or "trip" or "trips" or "wheeled" or "propelled") return true;
        return false;
    }

    // "to back out of the garage", "came back from vacation", "the back of her hair": "back" as a verb, an adverb or the far side
    // of a thing, not the body's back ("hurt her back", "back of the knee" still are).
    private static bool IsBackAsAdverb(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        if (s.MatchLength[m] != 1 || s.Token(t) is not "back") return false;
        var next = t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] ? s.Token(t + 1) : default;
        if (next is "out" or "into" or "onto" && t > 0 && s.Token(t - 1) is "to" or "he" or "she" or "i" or "can" or "cannot" or "can't" or "will" or "could") return true;
        if (t > 0 && s.Clause[t - 1] == s.Clause[t] && s.Token(t - 1) is "came" or "come" or "comes" or "went" or "go" or "goes" or "get" or "got" or "gets" or "bring"
            or "brought" or "put" or "turned" or "looked" or "look" or "drove" or "drive" or "headed" or "coming" or "going" or "getting"
            // "returned back to the clinic" (not "myofascial release back": the back released)
            or "return" or "returned" or "returning" or "sent" or "discharged") return true;
        // "back at full duty", "back to work", "back to baseline", "release back to Dr. Whitlock": where the patient is again, not the
        // body's back (not "arching back to full extension").
        if (t + 2 < s.Count && s.Clause[t + 2] == s.Clause[t] && ((next is "at" && s.Token(t + 2) is "full" or "work" or "baseline")
            || (next is "to" && s.Token(t + 2) is "work" or "duty" or "school" or "baseline" or "normal" or "prior" or "plof" or "regular" or "dr" or "running" or "playing" or "golf" or "tennis" or "pickleball"))) return true;
        return next is "of" && t + 3 < s.Count && s.Clause[t + 2] == s.Clause[t] && s.Token(t + 2) is "the" or "her" or "his" or "their" or "a" or "my"
            && s.Token(t + 3) is "hair" or "chair" or "car" or "room" or "line" or "house" or "closet" or "shelf" or "cupboard" or "garage" or "truck" or "bus"
                or "gym" or "clinic" or "pool" or "store" or "church" or "yard" or "van" or "seat" or "couch" or "bed" or "door" or "class";
    }

    private static bool SentenceSpeaksOfHome(NoteScratch s, int t)
    {
        var first = s.SentenceStartOf(t);
        for (var k = first; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "reports" or "reported" or "states" or "stated" or "hep" or "home" or "daily" or "week" or "wk") return true;
        return false;
    }

    private static bool IsActivityWord(NoteScratch s, int t)
    {
        if (s.MatchAt[t] >= 0 || (s.Flags[t] & (TokenFlags.Number | TokenFlags.NumberWord | TokenFlags.Count | TokenFlags.Unticked | TokenFlags.CodeLike)) != 0) return false;
        var word = s.Token(t);
        if (word.Length < 3) return false;
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;

        return !NotActivities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !NotInNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    // Words before a dose that name no activity.
    private static readonly HashSet<string> NotActivities = new(StringComparer.Ordinal)
    {
        "ther", "flowsheet", "flow", "sheet", "above", "prior", "previous", "last", "before", "each", "every", "all", "both",
        "performed", "completed", "done", "did", "does", "tolerated", "worked", "work", "practiced", "practised", "held", "hold", "holds",
        "times", "time", "total", "min", "mins", "minutes", "sets", "reps", "trials", "rest", "rests", "various", "multiple", "several",
        "increased", "decreased", "progressed", "added", "resistance", "weight", "load", "band", "bands", "level", "side", "sides", "into",
        "then", "also", "still", "only", "again", "while", "without", "using", "used", "use", "over", "under", "onto", "from", "after",
        // verbs and words of a sentence about the dose, not an activity's name ("Pt can now do 3x10", "Dosage 3x10")
        "exs", "listed", "instructed", "can", "now", "dosage", "dose", "hard", "tasks", "task", "billed", "was", "were", "are",
        "had", "has", "have", "been", "will", "would", "could", "should", "able", "tolerate", "tolerates", "perform", "performs",
        "complete", "completes", "doing", "get", "got", "went", "per", "with", "and", "for", "the", "its", "their", "this",
        // how often something about the session was done, not an activity ("vitals rechecked x3", "cued x4")
        "vitals", "vital", "rechecked", "checked", "monitored", "cued", "cues", "reminded", "redirected", "repositioned",
    };

    // "Legend — Delivery: 1 = individual   2 = concurrent   3 = group": a mode legend's words define its
    // digits; they state nothing about the session (as a printed scale's levels do not), so they are
    // read as options left unchosen. A legend is two definitions at least on one line, and only the
    // modes a digit stands for are touched ("Pain 3/10 (0 = no pain, 10 = worst)" defines no mode).
    private void MarkLegendDefinitions(NoteScratch s)
    {
        for (var p = 0; p < s.LegendCount; p++)
        {
            var word = s.LegendDigit[p] + 1;
            if (word >= s.Count || s.MatchAt[word] < 0 || s.MatchStart[s.MatchAt[word]] != word || !IsLegendLine(s, s.Line[word - 1])) continue;
            var m = s.MatchAt[word];
            if (!IsMode(s.MatchPhrase[m])) continue;
            for (var t = word; t < word + s.MatchLength[m]; t++) s.Flags[t] |= TokenFlags.Unticked;
        }
    }

    // "Tx format:  INDIVIDUAL / concurrent / group / co-treat": in a spaced slash list of three options or
    // more, some written in capitals and the rest in lower case, the capitals are the chosen ones (as an
    // option between asterisks is); the lower-case options were left unchosen.
    private void MarkOptionsNotInCapitals(NoteScratch s)
    {
        // Only where the note says capitals mark the choice, or the options are the session's modes:
        // "SLR / bridges / clamshells", "EO / EC / foam" are lists of things done, acronyms among them.
        bool? legend = null;
        var t = 0;
        while (t < s.Count)
        {
            var lineEnd = t;
            while (lineEnd < s.Count && s.Line[lineEnd] == s.Line[t]) lineEnd++;
            int options = 1, capitals = 0, lower = 0;
            var firstOption = -1;
            for (var k = t; k < lineEnd; k++)
                if ((s.Flags[k] & TokenFlags.AfterSpacedSlash) != 0) { options++; if (firstOption < 0) firstOption = k; }
            if (options >= 3)
            {
                // The first option starts after the line's label; the last ends with its clause.
                var start = -1;
                for (var k = t; k < firstOption; k++)
                    if ((s.Flags[k] & TokenFlags.Label) != 0) start = k + 1;
                var lastStart = firstOption;
                for (var k = firstOption; k < lineEnd; k++)
                    if ((s.Flags[k] & TokenFlags.AfterSpacedSlash) != 0) lastStart = k;
                var end = lastStart;
                while (end < lineEnd && s.Clause[end] == s.Clause[lastStart]) end++;
                if (start < 0 || end - lastStart > 3 || !(HasModeOption(s, start, end) || (legend ??= SaysCapitalsChoose(s)))) { t = lineEnd; continue; }
                lineEnd = end;
                for (var (from, k) = (start, start + 1); k <= lineEnd; k++)
                {
                    if (k < lineEnd && (s.Flags[k] & TokenFlags.AfterSpacedSlash) == 0) continue;
                    if (OptionCase(s, from, k) is var c && c > 0) capitals++; else if (c < 0) lower++;
                    from = k;
                }
                if (capitals > 0 && lower > 0)
                    for (var (from, k) = (start, start + 1); k <= lineEnd; k++)
                    {
                        if (k < lineEnd && (s.Flags[k] & TokenFlags.AfterSpacedSlash) == 0) continue;
                        if (OptionCase(s, from, k) < 0)
                            for (var u = from; u < k; u++) s.Flags[u] |= TokenFlags.Unticked;
                        from = k;
                    }
            }
            while (lineEnd < s.Count && s.Line[lineEnd] == s.Line[t]) lineEnd++;
            t = lineEnd;
        }
    }

    /// <summary>The most fields of a spreadsheet's row read against its header row.</summary>
    private const int HeaderFieldsMax = 24;

    // A spreadsheet's header row pasted over its values, fields joined by tight semicolons ("Code;Minutes;1:1 w clinician;Group"
    // over "97112;23;FALSE;FALSE"): a header whose value below it is FALSE (or N, No) was answered no — its words say nothing
    // of the session; the number under "Visit length (min)" is the visit's, no code's minutes (it would otherwise be read as the
    // code's before it). Read only where both rows have the same number of fields, so that each value stands under its header.
    private static void MarkHeaderFieldValues(NoteScratch s)
    {
        Span<int> header = stackalloc int[HeaderFieldsMax + 1];
        Span<int> values = stackalloc int[HeaderFieldsMax + 1];
        var t = 0;
        while (t < s.Count)
        {
            var lineEnd = s.LineEndOf(t);
            if (lineEnd >= s.Count) break;
            // (Fields joined by tight semicolons, else by the row's cells: tabs or runs of spaces.)
            var bySemicolons = false;
            for (var k = t; k < lineEnd && !bySemicolons; k++) bySemicolons = (s.Flags[k] & TokenFlags.AfterTightSemicolon) != 0;
            var headerCount = FieldStarts(s, t, lineEnd, header, bySemicolons);
            var nextEnd = s.LineEndOf(lineEnd);
            if (headerCount >= 3 && FieldStarts(s, lineEnd, nextEnd, values, bySemicolons) == headerCount)
            {
                header[headerCount] = lineEnd;
                values[headerCount] = nextEnd;
                for (var f = 0; f < headerCount; f++)
                {
                    var v = values[f];
                    if (values[f + 1] - v != 1) continue;
                    if (s.Token(v) is "false" or "no" or "n")
                        for (var k = header[f]; k < header[f + 1]; k++) s.Flags[k] |= TokenFlags.Unticked;
                    else if ((s.Flags[v] & TokenFlags.Integer) != 0 && NamesTheVisitsLength(s, header[f], header[f + 1])) s.Flags[v] |= TokenFlags.Unticked;
                }
            }
            t = lineEnd;
        }
    }

    /// <summary>The most rows under a table's heading looked at for a value in each column.</summary>
    private const int TableRowsMax = 12;

    // A table drawn with cell bars whose heading names a column that no row under it fills ("| Code | Service | Min | 1:1 |" over
    // "| 97112 | NM re-education | 23 |      |"): nothing was marked in that column, so its heading states nothing — the same
    // as a box left empty. Rows are the lines right below with the heading's cells (each line's cells numbered on from the
    // last: a row's cell under a heading's is the heading's cell plus the row's distance in cells).
    private static void MarkEmptyTableColumns(NoteScratch s)
    {
        var t = 0;
        var mark = 0;
        while (t < s.Count)
        {
            var lineEnd = s.LineEndOf(t);
            var first = s.Cell[t];
            var last = s.Cell[lineEnd - 1];
            var columns = last - first + 1;
            // A heading of three cells at least, one token's worth of words each at most four.
            if (columns < 3 || columns > 12 || lineEnd - t > columns * 4 || !WordsOnly(s, t, lineEnd)) { t = lineEnd; continue; }
            // The cells each row fills (bit c for the heading's cell first + c).
            var filled = 0;
            var rows = 0;
            var span = -1;
            var r = lineEnd;
            while (r < s.Count && rows < TableRowsMax)
            {
                var rowEnd = s.LineEndOf(r);
                if (s.Line[r] != s.Line[lineEnd - 1] + 1 + rows) break;
                var distance = s.Cell[r] - first;
                // (Every row the same distance on from the last: the same number of bars.)
                if (span < 0) span = distance;
                if (distance != span * (rows + 1) || span < columns) break;
                var rowFilled = 0;
                for (var k = r; k < rowEnd; k++)
                {
                    var c = s.Cell[k] - first - distance;
                    if (c < 0 || c >= columns) { rowFilled = -1; break; }
                    rowFilled |= 1 << c;
                }
                // (A tick that makes no token — "✓", "✔", "■" — fills its cell too: the cells' marks are kept in the order of the text.)
                while (mark < s.CellMarkCount && s.CellMarkCell[mark] < first + distance) mark++;
                for (var k = mark; rowFilled >= 0 && k < s.CellMarkCount && s.CellMarkCell[k] < first + distance + columns; k++)
                    if (s.CellMarkTicked[k]) rowFilled |= 1 << (s.CellMarkCell[k] - first - distance);
                if (rowFilled < 0 || (rowFilled & 1) == 0 || System.Numerics.BitOperations.PopCount((uint)rowFilled) < 2) break;
                filled |= rowFilled;
                rows++;
                r = rowEnd;
            }
            if (rows > 0)
                for (var k = t; k < lineEnd; k++)
                    if ((filled & (1 << (s.Cell[k] - first))) == 0) s.Flags[k] |= TokenFlags.Unticked;
            t = rows > 0 ? r : lineEnd;
        }
    }

    // A heading's words: no number but a ratio's ("1:1"), as a row of values has.
    private static bool WordsOnly(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if ((s.Flags[k] & TokenFlags.Number) != 0 && s.Token(k) is not "1:1") return false;
        return true;
    }

    // "Visit length (min)", "Total time", "Session minutes": a header naming the whole visit's time.
    private static bool NamesTheVisitsLength(NoteScratch s, int from, int to)
    {
        bool visit = false, time = false;
        for (var k = from; k < to; k++)
        {
            visit |= s.Token(k) is "visit" or "session" or "total" or "appointment" or "appt";
            time |= s.Token(k) is "length" or "time" or "min" or "mins" or "minutes" or "duration";
        }
        return visit && time;
    }

    // The first token of each of the line's fields (the line's first, then each after a tight semicolon, or each opening a cell);
    // their count, or 0 past the most.
    private static int FieldStarts(NoteScratch s, int from, int to, Span<int> starts, bool bySemicolons)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            if (k != from && (bySemicolons ? (s.Flags[k] & TokenFlags.AfterTightSemicolon) == 0 : s.Cell[k] == s.Cell[k - 1])) continue;
            if (n == HeaderFieldsMax) return 0;
            starts[n++] = k;
        }
        return n;
    }

    // "Delivery? ▸ [1:1 ✓] [Group] [Concurrent]", "Delivery: 1:1   Group ✓   Concurrent": a line of the session's modes, one ticked
    // after it — the others on the line were not chosen.
    private static void MarkModesNotTicked(NoteScratch s)
    {
        // A run of option words side by side on a line (nothing between them but boxes, brackets, ticks or slashes, which are no
        // tokens), exactly one ticked after it: the others were not chosen. ("NMR 1:1 ✓   TE group class" has a word between.)
        var t = 0;
        while (t < s.Count)
        {
            if (ModeOptionLength(s, t) == 0) { t++; continue; }
            var runStart = t;
            int options = 0, ticked = 0;
            // (Not where the line's boxes were read before their items — "( ) Group (•) Individual ( ) Concurrent": a mark after
            // "Group" is Individual's radio button.)
            var boxed = false;
            while (t < s.Count && s.Line[t] == s.Line[runStart] && ModeOptionLength(s, t) is > 0 and var length)
            {
                options++;
                if ((s.Flags[t + length - 1] & TokenFlags.TickAfter) != 0) ticked++;
                boxed |= (s.Flags[t] & TokenFlags.Unticked) != 0;
                t += length;
            }
            if (options < 2 || ticked != 1 || boxed) continue;
            for (var k = runStart; k < t;)
            {
                var length = ModeOptionLength(s, k);
                if ((s.Flags[k + length - 1] & TokenFlags.TickAfter) == 0)
                    for (var u = k; u < k + length; u++) s.Flags[u] |= TokenFlags.Unticked;
                k += length;
            }
        }
    }

    // How many tokens a session mode's option word takes at t ("1:1", "group", "concurrent", "one-on-one"), 0 for none.
    private static int ModeOptionLength(NoteScratch s, int t)
    {
        if (s.Token(t) is "1:1" or "individual" or "indiv" or "group" or "grp" or "concurrent" or "conc" or "co-tx" or "cotx" or "semi-private") return 1;
        return t + 2 < s.Count && s.Token(t) is "one" && s.Token(t + 1) is "on" && s.Token(t + 2) is "one" && s.Line[t + 2] == s.Line[t] ? 3 : 0;
    }

    // "Session type: individual / group", "Mode: INDIVIDUAL / GROUP": a printed list of the session's modes after its label,
    // one-on-one among them and another mode, every option in the same case with no box, tick, circle or star — nothing was
    // chosen, so the list states no mode at all. (Options a remark says were not circled are read in MarkOptionsNoneCircled.)
    private void MarkModeChoiceNotMade(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if ((s.Flags[t] & TokenFlags.AfterSpacedSlash) == 0) continue;
            var line = s.Line[t];
            var lineStart = s.LineStartOf(t);
            var lineEnd = t;
            while (lineEnd < s.Count && s.Line[lineEnd] == line) lineEnd++;
            var start = -1;
            for (var k = lineStart; k < t; k++)
                if ((s.Flags[k] & TokenFlags.Label) != 0) start = k + 1;
            if (start > 0 && start < t && AllOptionsModesUnmarked(s, start, lineEnd) is int end and > 0)
                for (var u = start; u < end; u++) s.Flags[u] |= TokenFlags.Unticked;
            t = lineEnd - 1;
        }
    }

    // Where the options from start are each one mode phrase, one of them one-on-one and one not, all in one case and none
    // marked: the end of the last option; else -1.
    private int AllOptionsModesUnmarked(NoteScratch s, int start, int lineEnd)
    {
        bool oneOnOne = false, other = false;
        var optionCase = int.MinValue;
        var k = start;
        var options = 0;
        while (k < lineEnd)
        {
            if (options > 0 && (s.Flags[k] & TokenFlags.AfterSpacedSlash) == 0) break;
            var isOneOnOne = false;
            var isMode = false;
            int end;
            // (A mode's bare word, "group", "concurrent", is no phrase of the vocabulary on its own.)
            if (s.MatchAt[k] < 0 || s.MatchStart[s.MatchAt[k]] != k)
            {
                if (s.Token(k) is not ("group" or "concurrent" or "cotreat" or "co-treat" or "cotx" or "co-tx" or "semi-private" or "semiprivate" or "paired")) break;
                isMode = true;
                end = k + 1;
            }
            else
            {
                var m = s.MatchAt[k];
                end = k + s.MatchLength[m];
                foreach (var target in s.MatchPhrase[m].Targets)
                    if (target.Kind == PhraseKind.Term && (_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id])) { isMode = true; isOneOnOne |= _isOneOnOne[target.Id]; }
            }
            if (!isMode || (end < lineEnd && (s.Flags[end] & TokenFlags.AfterSpacedSlash) == 0 && s.Clause[end] == s.Clause[k] && s.Cell[end] == s.Cell[end - 1])) return -1;
            for (var u = k; u < end; u++)
                if ((s.Flags[u] & (TokenFlags.Unticked | TokenFlags.TickAfter | TokenFlags.AfterParen | TokenFlags.ClosesParen | TokenFlags.Positive)) != 0) return -1;
            var c = OptionCase(s, k, end);
            if (optionCase != int.MinValue && c != optionCase) return -1;
            optionCase = c;
            if (isOneOnOne) oneOnOne = true; else other = true;
            options++;
            k = end;
        }
        // (Nothing after the options names a mode: not "… / group: individual", an answer after them.)
        for (var r = k; r < lineEnd; r++)
            if (s.MatchAt[r] >= 0 && IsMode(s.MatchPhrase[s.MatchAt[r]])) return -1;
        return options >= 2 && oneOnOne && other ? k : -1;
    }

    // Looked for only once a line of options is met: most notes have none.
    private static bool SaysCapitalsChoose(NoteScratch s)
    {
        for (var k = 0; k < s.Count; k++)
            if (s.Token(k) is "capitals" or "capital" or "caps" or "uppercase" or "upper-case") return true;
        return false;
    }

    private bool HasModeOption(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.MatchAt[k] >= 0 && IsMode(s.MatchPhrase[s.MatchAt[k]])) return true;
        return false;
    }

    // 1 when every word of the option is in capitals, -1 when none is (nor title case), 0 otherwise.
    private static int OptionCase(NoteScratch s, int from, int to)
    {
        bool caps = true, lower = true;
        for (var k = from; k < to; k++)
        {
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.CodeLike)) != 0) continue;
            if ((s.Flags[k] & TokenFlags.AllCaps) == 0) caps = false;
            if ((s.Flags[k] & (TokenFlags.AllCaps | TokenFlags.TitleCase)) != 0) lower = false;
        }
        return from >= to ? 0 : caps ? 1 : lower ? -1 : 0;
    }

    private bool IsMode(Phrase phrase)
    {
        foreach (var target in phrase.Targets)
            if (target.Kind == PhraseKind.Term && (_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id])) return true;
        return false;
    }

    private static bool IsLegendLine(NoteScratch s, int line)
    {
        var pairs = 0;
        for (var p = 0; p < s.LegendCount; p++)
            if (s.Line[s.LegendDigit[p]] == line) pairs++;
        return pairs >= 2;
    }

    // The legend's column in a table below it ("Code   Delivery   Min" / "97112   1   25"): a row's
    // digit under the legend's label says the mode — one-on-one for the digit defined as one-on-one
    // ("individual", "1:1"), not one-on-one for a digit defined as group or concurrent.
    private void ReadCodedModes(NoteScratch s, List<int> found)
    {
        var first = s.LegendDigit[0];
        var legendLine = s.Line[first];
        if (!IsLegendLine(s, legendLine)) return;
        var label = -1;
        for (var t = first - 1; t >= 0 && s.Line[t] == legendLine; t--)
            if ((s.Flags[t] & TokenFlags.Label) != 0) { label = t; break; }
        if (label < 0)
        {
            ReadFieldCodedMode(s, first, found);
            return;
        }
        // The column heading that repeats the label, alone in its cell, on a later line.
        var heading = -1;
        for (var t = first; t < s.Count && heading < 0; t++)
            if (s.Line[t] > legendLine && s.Token(t).SequenceEqual(s.Token(label)) && AloneInCell(s, t)) heading = t;
        if (heading < 0) return;
        var column = s.Cell[heading] - s.Cell[s.LineStartOf(heading)];
        for (var t = heading + 1; t < s.Count && s.Line[t] <= s.Line[heading] + 20; t++)
        {
            if (s.Line[t] == s.Line[heading] || (s.Flags[t] & TokenFlags.Integer) == 0 || !AloneInCell(s, t)
                || s.Cell[t] - s.Cell[s.LineStartOf(t)] != column) continue;
            for (var p = 0; p < s.LegendCount; p++)
            {
                var digit = s.LegendDigit[p];
                if (s.Line[digit] != legendLine || digit + 1 >= s.Count || !s.Token(digit).SequenceEqual(s.Token(t)) || s.MatchAt[digit + 1] < 0) continue;
                foreach (var target in s.MatchPhrase[s.MatchAt[digit + 1]].Targets)
                    if (target.Kind == PhraseKind.Term && (_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id])) found.Add(target.Id);
            }
        }
    }

    // "Delivery . . . . :  I" right above "I=Individual   G=Group   C=Concurrent": a field's value of one letter or
    // digit, alone after its name on the line over an unlabelled legend, is the code chosen.
    private void ReadFieldCodedMode(NoteScratch s, int first, List<int> found)
    {
        var legendLine = s.Line[first];
        var value = s.LineStartOf(first) - 1;
        if (value < 1 || s.Line[value] != legendLine - 1 || s.Token(value).Length != 1 || !AloneInCell(s, value)) return;
        var fieldStart = s.LineStartOf(value);
        if (fieldStart == value || value - fieldStart > 3) return;
        for (var p = 0; p < s.LegendCount; p++)
        {
            var code = s.LegendDigit[p];
            if (s.Line[code] != legendLine || code + 1 >= s.Count || !s.Token(code).SequenceEqual(s.Token(value)) || s.MatchAt[code + 1] < 0) continue;
            foreach (var target in s.MatchPhrase[s.MatchAt[code + 1]].Targets)
                if (target.Kind == PhraseKind.Term && (_isOneOnOne[target.Id] || _isNotOneOnOne[target.Id])) found.Add(target.Id);
        }
    }

    private static bool AloneInCell(NoteScratch s, int t) =>
        (t == 0 || s.Cell[t - 1] != s.Cell[t] || s.Line[t - 1] != s.Line[t]) && (t + 1 >= s.Count || s.Cell[t + 1] != s.Cell[t] || s.Line[t + 1] != s.Line[t]);


    // A sentence's verb written in capitals before a name ("Completed Westside Tendon Loading Programme").
    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        "completed", "performed", "initiated", "began", "begun", "started", "continued", "continue", "progressed", "reviewed",
        "instructed", "practiced", "practised", "used", "using", "trialed", "trialled", "introduced", "issued",
    };

    // Words of ordinary sentences, never part of a method's proper name.
    private static readonly HashSet<string> NotInNames = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "for", "per", "to", "on", "in", "at", "by", "with", "as", "see", "from",
        "pt", "pts", "patient", "patients", "dr", "md", "therapist", "therapy", "treatment", "tx", "session", "visit", "today", "daily",
        "good", "proper", "correct", "fair", "poor", "new", "current", "same", "basic", "general", "standard", "usual", "full",
        "my", "his", "her", "their", "our", "this", "that",
        "continue", "continued", "follow", "followed", "reviewed", "review", "required", "requires", "demonstrated", "demonstrates",
        "performed", "completed", "instructed", "educated", "education", "initiated", "progressed", "began", "issued", "provided",
        "tolerated", "needs", "needed", "home", "hands", "verbal", "cues", "cueing", "plan", "program", "programme", "exercise", "exercises",
        // The generic activities of every note: "Ambulation Training", "Strengthening Exercises".
        "ambulation", "gait", "balance", "strength", "strengthening", "stretching", "mobility", "functional", "transfer", "transfers",
        "endurance", "conditioning", "coordination", "core", "therapeutic", "manual", "activity", "activities", "skills",
        // A clinic's or a health system's programme is where the patient is seen, not a method ("JVMG Integrated Pain & Function Program").
        "integrated", "wellness", "health", "rehab", "rehabilitation", "center", "centre", "clinic", "institute", "services", "department",
        "hospital", "medical", "community", "network", "outpatient",
    };

    private bool IsNamedAlready(NoteScratch s, int t)
    {
        if (s.MatchAt[t] < 0) return false;
        var phrase = s.MatchPhrase[s.MatchAt[t]];
        if (phrase.Has(PhraseKind.CodeName) || phrase.Has(PhraseKind.NotSessionContext)) return true;
        foreach (var target in phrase.Targets)
            if (target.Kind == PhraseKind.Term && _isGeneric[target.Id]) return true;
        return false;
    }

    // The term a goal written as a field's value counts as ("Goal: attend church by car").
    private const string StatedGoalList = "functional-goals", StatedGoalTerm = "stated goal";
    // The term a functional limitation stated as the problem counts as ("unable to step up onto curb").
    private const string FunctionalLimitationTerm = "functional limitation";
    private static readonly string[] FunctionalTaskLists = ["functional-tasks", "gait-training"];
    // "stated as not one-on-one" ("not 1:1") denied would be a double negative no one writes; it stays out.
    private const string StatedNotOneOnOneTerm = "stated as not one-on-one";
    private const string BodyRegionList = "body-regions";
    private static readonly (string List, string Term)[] DiagnosisTerms = [("neuro-deficits", "neurological condition"), ("impairments", "pain")];

    // A deficit's term that names no technique or measure too ("SLS" is all three; "proprioception" is a deficit only).
    private bool IsDeficitOnly(PhraseTarget target) => (_kinds[target.Id] & 2) != 0 && (_kinds[target.Id] & 5) == 0;

    // "Goal: …", "LTG: …" with two words or more after it on its line, not in an unticked item. ("Goals:"
    // alone heads a list of what was worked on as often as it states one, so only the singular counts.)
    private static bool HasGoalField(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            // ("WHY: Goal — carry his skis …": a spaced dash labels a goal opening its line or field as a colon does;
            // "Progressing toward goal — ambulated 300 ft" is no field.)
            var dashField = (s.Flags[t + 1] & TokenFlags.AfterDash) != 0
                && (t == 0 || s.Line[t - 1] != s.Line[t] || s.Clause[t - 1] != s.Clause[t] || (s.Flags[t - 1] & TokenFlags.Label) != 0);
            if (((s.Flags[t] & TokenFlags.Label) == 0 && !dashField) || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            // (A Spanish template's "Meta:"; not "Objetivo:", which in a Spanish SOAP note is the Objective section.)
            if (s.Token(t) is not ("goal" or "ltg" or "stg" or "meta")) continue;
            if (s.Line[t + 1] != s.Line[t] || s.Line[t + 2] != s.Line[t] || s.Sentence[t + 2] != s.Sentence[t]) continue;
            // "Goal: see POC", "Goal: per eval", "Goal: not set" name no goal.
            if (NamesNoGoal(s, t + 1)) continue;
            return true;
        }
        return false;
    }

    // The match is a field's name whose colon (or pointer) ends its line, and the next line is another field ("Tx ▸ …", "Area:") or
    // there is none: nothing was answered.
    private static bool FieldLeftBlank(NoteScratch s, int m)
    {
        var last = s.MatchStart[m] + s.MatchLength[m] - 1;
        // (The field's name opens its line: not "97112/97116 — 36 min, one-on-one:" heading the list below it.)
        if ((s.Flags[last] & TokenFlags.Label) == 0 || (last + 1 < s.Count && s.Line[last + 1] == s.Line[last]) || s.MatchStart[m] != s.LineStartOf(s.MatchStart[m])) return false;
        if (last + 1 >= s.Count) return true;
        var next = last + 1;
        // ("2. Assessment: …": a numbered field.)
        if ((s.Flags[next] & TokenFlags.Integer) != 0 && next + 1 < s.Count && s.Line[next + 1] == s.Line[next] && (s.Flags[next + 1] & TokenFlags.Label) != 0) return true;
        // ("Constant attendance:" over a row of boxes none of them ticked — "[ ] 1:1 constant attendance   [ ] Concurrent   [ ] Group":
        // nothing chosen.)
        if (s.Token(next) is "☐") return NoBoxTickedOnLine(s, next);
        // (An answer on the next line is no other field: "☒ Yes   ☐ No", "Yes — entire session: 22 min", "Y | 22 min".)
        if (s.Token(next) is "y" or "yes" or "n" or "no" or "x" or "☒" or "☐" or "☑" or "✓" or "✔" || (s.Flags[next] & (TokenFlags.Number | TokenFlags.Unticked)) != 0
            || !char.IsLetter(s.Token(next)[0])) return false;
        for (var k = next; k < Math.Min(s.Count, next + 3) && s.Line[k] == s.Line[next]; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0 || (k + 1 < s.Count && s.Line[k + 1] == s.Line[k] && s.Cell[k + 1] != s.Cell[k])) return true;
        return false;
    }

    // "97112 23 MIN 1 ON 1 Y/N TANDEM STANCE …": the template's prompt "Y/N" right after the phrase, and no answer after it (not
    // "1:1 Y/N: Y", "1 on 1 y/n — y", "1:1 Y/N yes").
    private static bool YesNoPromptUnanswered(NoteScratch s, int m)
    {
        var y = s.MatchStart[m] + s.MatchLength[m];
        if (y + 2 >= s.Count || s.Token(y) is not "y" || s.Token(y + 1) is not "n" || s.Line[y + 1] != s.Line[y] || s.Line[y] != s.Line[y - 1]) return false;
        var answer = y + 2;
        // (In its clause: not "One-on-one? (Y/N, explain):" over the answer.)
        // (An answer in words is an answer — "Y/N entire session", "all 22 min", "yep", "si", "true": unanswered only where the note's
        // next thing, a drill or a finding, follows the prompt.)
        return s.Line[answer] == s.Line[y] && s.Clause[answer] == s.Clause[y] && s.Clause[y] == s.Clause[y - 1] && (s.Flags[y + 1] & TokenFlags.Label) == 0
            && (s.Flags[answer] & TokenFlags.Unticked) == 0 && s.StartsOrIn(answer, PhraseKind.Term) && char.IsLetter(s.Token(answer)[0]);
    }

    private static bool NoBoxTickedOnLine(NoteScratch s, int first)
    {
        // (A line of a few dozen words at most is looked along, whatever its length.)
        // (No tick on it, printed or by hand: "☐ No   X Yes" has an answer.)
        for (var k = first; k < Math.Min(s.Count, first + 40) && s.Line[k] == s.Line[first]; k++)
            if (s.Token(k) is "☒" or "☑" or "✓" or "✔" || (s.Token(k) is "x" && (s.Flags[k] & TokenFlags.Unticked) == 0 && k + 1 < s.Count && s.Line[k + 1] == s.Line[k]
                && char.IsLetter(s.Token(k + 1)[0]))) return false;
        return first + 40 >= s.Count || s.Line[Math.Min(s.Count - 1, first + 40)] != s.Line[first];
    }

    // "in the catcher's crouch", "up out of the crouch", "from a crouch": a position taken (not "ambulates in a crouch", "the crouch
    // is worse when fatigued").
    private static bool CrouchIsAPosition(NoteScratch s, int t)
    {
        if (t == 0) return false;
        if (s.Token(t - 1) is "s" or "catcher" or "catchers" or "catcher's") return true;
        if (t < 2 || s.Token(t - 1) is not ("the" or "a")) return false;
        var before = s.Token(t - 2);
        return before is "from" or "into" || (before is "of" && t >= 3 && s.Token(t - 3) is "out");
    }

    // Under an exam's or test's label in its sentence ("Coordination exam: heel-to-shin tracking dysmetric L > R") — not how a drill
    // done went ("Rhythmic stabilization poor initially, good by end of set", "Tandem stance poor at start, practiced 5x30s").
    private static bool FindingRightAfter(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var next = start + s.MatchLength[m];
        if (next >= s.Count || s.Clause[next] != s.Clause[next - 1]
            || s.Token(next) is not ("dysmetric" or "ataxic" or "delayed" or "absent" or "impaired" or "poor" or "inaccurate" or "abnormal" or "slowed" or "diminished")) return false;
        for (var k = start - 1; k >= s.SentenceStartOf(start) && k >= start - 4; k--)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return s.Token(k) is "exam" or "examination" or "test" or "testing" or "screen" or "screening" or "tests";
        return false;
    }

    // The line is a coder's or compliance reviewer's query or its status, opening with their label: "Coding: attendance? Please
    // state …", "CO query: 1:1, or was Mr. Haskins on the other mat?", "CO: open", "Compliance: measure?" — asking (a question
    // mark, "query") or a status word, with no answer on the line ("Compliance: was this 1:1? PT answer: yes …"); not the
    // clinician's own "Coding: 97112 x 2 units, NMR provided 1:1", a home programme's "Compliance: good w/ HEP", nor "CO:"
    // (complains of) "dizziness rolling in bed".
    private static bool OnAReviewersQueryLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        if (first + 1 >= s.Count) return false;
        var word = s.Token(first);
        var queryWord = word is "co" && s.Token(first + 1) is "query" && s.Line[first + 1] == s.Line[first];
        if (!queryWord && ((s.Flags[first] & TokenFlags.Label) == 0 || word is not ("coding" or "compliance" or "coder" or "auditor" or "co" or "review"))) return false;
        // "CO: open", "CO: resolved LM", "Coding: cleared": a query's status.
        if (!queryWord && s.Token(first + 1) is "open" or "resolved" or "cleared" or "closed" or "hold" && s.Line[first + 1] == s.Line[first]) return true;
        var asks = queryWord;
        bool saysMissing = false, clinicianStates = false;
        // (A query is short: its first words are read, whatever the line's length.)
        for (var k = first + 1; k < Math.Min(s.Count, first + 60) && s.Line[k] == s.Line[first]; k++)
        {
            if (s.Token(k) is "answer" or "response" or "reply" or "addendum" or "answered") return false;
            asks |= (s.Flags[k] & TokenFlags.Question) != 0 || s.Token(k) is "query" or "please" or "clarify";
            // "{{REVIEW: 1:1 not stated}}", "Auditor: one-on-one missing": the reviewer saying what the note lacks (not "Coding: …
            // 1:1, no minutes missing").
            saysMissing |= (s.Token(k) is "missing" or "unclear" && !DeniedJustBefore(s, k) && NamesANoteElement(s, k - 1))
                || (s.Token(k) is "not" && k + 1 < s.Count && s.Line[k + 1] == s.Line[k] && s.Token(k + 1) is "stated" or "documented" or "noted" or "indicated" or "specified" or "clear"
                    && NamesANoteElement(s, k - 1));
            // ("Compliance: seen 1:1 for all 23 min, signed; time out missing on sheet": the clinician's own statement, something else missing.)
            clinicianStates |= s.Token(k) is "seen" or "signed" or "treated" or "provided" or "performed" or "throughout" or "entire";
        }
        return asks || (saysMissing && !clinicianStates);
    }

    // What a reviewer says is missing is an element of the note, right before ("1:1 not stated", "one-on-one missing", "minutes not
    // documented") — not "KX modifier not indicated", "nystagmus not noted".
    // (A word or three back, in its clause: "one-on-one is missing", "1:1 vs group not stated", "1:1 attendance status missing".)
    private static bool NamesANoteElement(NoteScratch s, int k)
    {
        for (var b = k; b >= Math.Max(0, k - 2) && s.Clause[b] == s.Clause[k + 1]; b--)
            if (s.Token(b) is "1:1" or "one" or "one-on-one" or "1on1" or "attendance" or "minutes" or "min" or "time" or "measure" or "measures" or "deficit"
                or "technique" or "mode" or "individual" or "units" or "goal" or "impairment") return true;
        return false;
    }

    // "no minutes missing", "nothing unclear": a word or two back on its line.
    private static bool DeniedJustBefore(NoteScratch s, int k)
    {
        for (var b = k - 1; b >= Math.Max(0, k - 3) && s.Line[b] == s.Line[k]; b--)
            if (s.Token(b) is "no" or "nothing" or "none" or "not" or "nil" or "nor") return true;
        return false;
    }

    // Only a template's prompt of four words or more ("Functional deficit driving medical necessity:"): a short label that names the
    // deficit itself ("Impaired balance: see eval") still states it.
    private static bool InFieldNameAnsweredNone(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var k = end - 1; k < Math.Min(s.Count, end + 5) && s.Line[k] == s.Line[start] && s.Clause[k] == s.Clause[start]; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0)
            {
                // (The prompt's words back from its colon, a few at most: bounded, whatever the line's length.)
                var words = 1;
                for (var b = k - 1; b >= 0 && words < 4 && s.Line[b] == s.Line[k] && s.Cell[b] == s.Cell[k] && (s.Flags[b] & TokenFlags.Label) == 0; b--) words++;
                return words >= 4 && NamesWhereKept(s, k + 1, k);
            }
        return false;
    }

    // A field's value that only says where the thing is kept, or that there is none: "per authorization", "per plan of care", "see
    // eval", "N/A", "none", "TBD", "met." — not a source beside a finding ("per Berg 38/56", "per VNG, L 45% weakness", "none at the
    // great toes").
    private static bool NamesWhereKept(NoteScratch s, int v, int label)
    {
        if (v >= s.Count || s.Line[v] != s.Line[label]) return false;
        var next = v + 1 < s.Count && s.Line[v + 1] == s.Line[v] ? s.Token(v + 1) : default;
        return s.Token(v) switch
        {
            "tbd" or "pending" or "n/a" or "na" => true,
            // (Where it is kept, not a test that shows it: "Impaired balance: see Berg 40/56 below" names the deficit.)
            "see" => next is "eval" or "evaluation" or "ie" or "initial" or "poc" or "plan" or "above" or "below" or "prior" or "previous" or "chart" or "flowsheet"
                or "template" or "referral" or "authorization" or "auth" or "attached" or "note" or "notes" or "pt",
            "none" or "met" => v + 1 >= s.Count || s.Clause[v + 1] != s.Clause[v],
            "n" => next is "a",
            "per" or "as" => (s.Token(v) is "per" ? next : v + 2 < s.Count ? s.Token(v + 2) : default) is "authorization" or "auth" or "pathway" or "protocol" or "plan" or "poc"
                or "eval" or "evaluation" or "previous" or "prior" or "template" or "order" or "orders" or "request" or "referral",
            _ => false,
        };
    }

    private static bool SaysFallRisk(NoteScratch s, int m)
    {
        for (var k = s.MatchStart[m]; k < s.MatchStart[m] + s.MatchLength[m]; k++)
            if (s.Token(k) is "fall" or "falls" or "risk") return true;
        return false;
    }

    // The term is in the value of a "Precautions:" field ("Precautions: fall risk", "… | Precautions: fall risk"), in its sentence.
    private static bool OnPrecautionsField(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 6) && s.Line[k] == s.Line[t] && s.Cell[k] == s.Cell[t] && s.Sentence[k] == s.Sentence[t]; k--)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return s.Token(k) is "precautions" or "precaution";
        return false;
    }

    private static bool NamesNoGoal(NoteScratch s, int value) =>
        s.Token(value) is "see" or "per" or "not" or "none" or "n" or "n/a" or "na" or "tbd" or "met" or "pending" or "as" or "según" or "ver" or "ninguna" or "ninguno"
            or "continuar" or "completar" or "establecida" or "no";

    // "Functional goal: per pathway", "STG: per plan of care — PROGRESSING": a goal's field answered with where the goal is kept,
    // naming none.
    private static bool GoalFieldNamesNone(NoteScratch s, int m)
    {
        var last = s.MatchStart[m] + s.MatchLength[m] - 1;
        // (Only where the goal is kept, or none: "LTG: no falls x 3 months", "STG: not needing the rail", "STG: met — …" are goals.)
        return (s.Flags[last] & TokenFlags.Label) != 0 && NamesWhereKept(s, last + 1, last);
    }

    // The term a deficit written as a field's value counts as ("Impair: hypokinetic stepping w/ start
    // hesitation", "Deficits addressed: slow to catch herself"): the template asks for the deficit, and two
    // words or more in the field, one of them saying what is wrong, answer it in the clinic's own words.
    private const string StatedDeficitList = "neuro-deficits", StatedDeficitTerm = "stated deficit";

    // The codes whose sections hold every not-one-on-one statement, where every one-on-one statement is in another code's
    // section; null where any is outside such a section. A code's section: the lines after a line that names it (its only
    // code there) with its minutes, up to the next code named; a one-on-one statement may be on that line itself.
    // Only another patient named in a section ("Another patient was on the next table …"): not a mode said of the whole visit
    // ("group", "concurrent", "2 residents"), nor a sentence about the whole visit ("The whole visit was shared with another patient").
    private string[]? OtherCodesSections(NoteScratch s)
    {
        if (_anotherPatient < 0) return null;
        foreach (var id in s.Found)
            if (_isNotOneOnOne[id] && id != _anotherPatient) return null;
        List<string>? others = null;
        foreach (var m in s.NotOneOnOneMatches)
        {
            foreach (var target in s.MatchPhrase[m].Targets)
                if (target.Kind == PhraseKind.Term && _isNotOneOnOne[target.Id] && target.Id != _anotherPatient) return null;
            if (SaysWholeVisit(s, s.MatchStart[m])) return null;
            if (SectionCode(s, s.MatchStart[m], sameLine: false) is not { } code) return null;
            if (others is null || !others.Contains(code)) (others ??= []).Add(code);
        }
        foreach (var m in s.OneOnOneMatches)
            if (SectionCode(s, s.MatchStart[m], sameLine: true) is not { } code || others!.Contains(code)) return null;
        return others is null ? null : [.. others];
    }

    // "whole", "entire", "throughout", "visit", "session", "all" in the statement's sentence.
    private static bool SaysWholeVisit(NoteScratch s, int at)
    {
        for (var k = s.SentenceStartOf(at); k < s.Count && s.Sentence[k] == s.Sentence[at]; k++)
            if (s.Token(k) is "whole" or "entire" or "throughout" or "visit" or "session" or "all") return true;
        return false;
    }

    private string? SectionCode(NoteScratch s, int at, bool sameLine)
    {
        // The last mention before at (mentions are in the note's order).
        int lo = 0, hi = s.MentionCount - 1, i = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (s.MentionStart[mid] < at) { i = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (i < 0 || s.MentionMinutes[i] < 0 || (!sameLine && s.Line[s.MentionStart[i]] == s.Line[at])) return null;
        var code = _minutes.CodeOf(s, i);
        if (code is null) return null;
        // (The heading names one code: not "97110 16 min / 97112 22 min" on one line.)
        for (var j = i - 1; j >= 0 && s.Line[s.MentionStart[j]] == s.Line[s.MentionStart[i]]; j--)
            if (!string.Equals(_minutes.CodeOf(s, j), code, StringComparison.OrdinalIgnoreCase)) return null;
        return code;
    }

    // "Code | Service | Mins | One-on-one?" over "97112 | Neuromuscular re-ed | 23 | Y": a heading cell that is a one-on-one
    // term alone, in a heading of three cells at least, answered on each row below that names a code — Y, Yes or X for
    // one-on-one, N or No for not (anything else, "N/A", a blank, says nothing of that code).
    private const int MaxTableRows = 100;

    private (string[] Yes, string[] No) OneOnOneColumn(NoteScratch s)
    {
        List<string>? yes = null, no = null;
        // (A cell inside a table read under a heading is a row's value, not another heading.)
        var readTo = 0;
        for (var m = 0; m < s.MatchCount; m++)
        {
            var phrase = s.MatchPhrase[m];
            if (!phrase.HasTerm || s.MatchStart[m] < readTo) continue;
            var isOneOnOne = false;
            foreach (var target in phrase.Targets) isOneOnOne |= target.Kind == PhraseKind.Term && _isOneOnOne[target.Id];
            if (!isOneOnOne) continue;
            var start = s.MatchStart[m];
            var end = start + s.MatchLength[m];
            var lineStart = s.LineStartOf(start);
            var lineEnd = s.LineEndOf(start);
            var cells = s.Cell[lineEnd - 1] - s.Cell[lineStart];
            // (The heading may say how it is answered: "1:1 (Y/N)".)
            var headingEnd = end;
            while (headingEnd < lineEnd && headingEnd - end < 2 && s.Cell[headingEnd] == s.Cell[start] && s.Token(headingEnd) is "y" or "n" or "yes" or "no") headingEnd++;
            if (cells < 2 || (start > lineStart && s.Cell[start - 1] == s.Cell[start]) || (headingEnd < lineEnd && s.Cell[headingEnd] == s.Cell[start])) continue;
            // (Not a table of previous visits: "Previous visits:" over "Date | Code | One-on-one?".)
            if (lineStart > 0 && OtherVisitLines.On(s, lineStart - 1)) continue;
            var column = s.Cell[start] - s.Cell[lineStart];
            var mention = 0;
            // A code's last row answers for it ("03/02 | 97112 | Y" then "03/04 | 97112 |" says nothing of today).
            Dictionary<string, bool?>? answers = null;
            // (A visit's table has a row a code; reading at most MaxTableRows keeps a note of thousands of such lines,
            // each read as a heading, from taking time that grows with the square of its length.)
            for (int row = lineEnd, rows = 0; row < s.Count && rows < MaxTableRows; rows++)
            {
                var rowEnd = s.LineEndOf(row);
                var rowCells = s.Cell[rowEnd - 1] - s.Cell[row];
                if (rowCells > cells || rowCells < 1) break;
                while (mention < s.MentionCount && s.MentionStart[mention] < row) mention++;
                var code = mention < s.MentionCount && s.MentionStart[mention] < rowEnd ? _minutes.CodeOf(s, mention) : null;
                if (code is not null)
                {
                    bool? answer = null;
                    var target = s.Cell[row] + column;
                    for (var k = row; k < rowEnd; k++)
                    {
                        if (s.Cell[k] != target) continue;
                        // (An answer may carry a remark in parentheses, nothing else in its cell: "no (corrected by KB)".)
                        if (k + 1 < rowEnd && s.Cell[k + 1] == target && !RemarkInParenthesesEndsCell(s, k + 1, rowEnd)) break;
                        // A row short of a cell (a blank one in a fixed-width table) answers only under the heading's words.
                        if (rowCells < cells && (s.Column[k] + s.Length[k] < s.Column[start] - 2 || s.Column[k] > s.Column[end - 1] + s.Length[end - 1] + 2)) break;
                        // (A drawn box: "[x]" ticked, "[ ]" not.)
                        answer = s.Token(k) is "y" or "yes" or "x" or [NoteTokenizer.CheckedBox] ? true : s.Token(k) is "n" or "no" or [NoteTokenizer.UncheckedBox] ? false : null;
                        break;
                    }
                    (answers ??= new(StringComparer.OrdinalIgnoreCase))[code] = answer;
                }
                row = rowEnd;
                readTo = row;
            }
            if (answers is null) continue;
            foreach (var (code, answer) in answers)
                if (answer is true) (yes ??= []).Add(code);
                else if (answer is false) (no ??= []).Add(code);
        }
        return (yes is null ? [] : [.. yes], no is null ? [] : [.. no]);
    }

    // From t, a remark in parentheses that closes its cell: "(corrected by KB)" after a cell's answer — a few words at most.
    private static bool RemarkInParenthesesEndsCell(NoteScratch s, int t, int rowEnd)
    {
        if ((s.Flags[t] & TokenFlags.AfterParen) == 0) return false;
        for (var k = t; k < rowEnd && k - t < MaxCellRemarkWords && s.Cell[k] == s.Cell[t]; k++)
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) return k + 1 >= rowEnd || s.Cell[k + 1] != s.Cell[t];
        return false;
    }

    private const int MaxCellRemarkWords = 8;

    // In a deficit field's value: its line opens with "Deficit:", "Impairments:", "Problem:" or an exam's "Findings:"
    // with an impairment before the name ("Findings: ↓ ankle & hip strategy"), in the label's sentence,
    // no other label between ("Impairments: poor balance -> tx today: weight shifting" is a treatment after the field).
    private static bool OnDeficitFieldLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        if (!(first < t && (s.Flags[first] & TokenFlags.Label) != 0 && s.Sentence[first] == s.Sentence[t]
            && s.Token(first) is "deficit" or "deficits" or "impairment" or "impairments" or "problem" or "problems" or "findings")) return false;
        var cued = s.Token(first) is not "findings";
        for (var k = first + 1; k < t; k++)
        {
            if ((s.Flags[k] & TokenFlags.Label) != 0) return false;
            cued |= (s.Flags[k] & TokenFlags.Decreased) != 0 || DeficitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k));
        }
        // (An exam's findings may report the training done: "Findings: ankle strategy training x 15 min" — only an impairment
        // said before the name makes it the deficit: "Findings: ↓ ankle & hip strategy".)
        return cued;
    }

    // The term's line opens with the field of what is targeted ("Target:", "Targets:") or of the findings ("Findings:", "Findings ▸"),
    // the term in that field's sentence, the field saying no number (not "Target: sit to stand x10 from 17\" chair, SBA", "Findings:
    // stable on foam EC 30s x3" — a task or drill dosed was done); a target's task not its first words ("Target: sit to stand" is the
    // task's label).
    private static bool InTheDeficitsField(NoteScratch s, int t, bool targetField)
    {
        var first = s.LineStartOf(t);
        // (Its name a label, or a cell of its own: "Findings ▸ …".)
        if (first >= t || !((s.Flags[first] & TokenFlags.Label) != 0 || s.Cell[first + 1] != s.Cell[first]) || s.Sentence[first] != s.Sentence[t]
            || !(targetField ? s.Token(first) is "target" or "targets" : s.Token(first) is "findings" or "finding")) return false;
        if (targetField && t == first + 1) return false;
        // (A field of a few words: a sentence longer than that is read as no such field, and no term looks along it again.)
        for (var k = first + 1; k < s.Count && s.Sentence[k] == s.Sentence[first]; k++)
            if (k - first > MaxFieldWords || (s.Flags[k] & (TokenFlags.Number | TokenFlags.Count)) != 0 || NumberWords.ValueOf(s.Token(k)) > 0) return false;
        return true;
    }

    private static bool HasDeficitField(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            if ((s.Flags[t] & TokenFlags.Label) == 0 || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            // (Spanish templates: "Déficit:", "Hallazgo:", "Impedimentos:"; not "Problema:", as often the transport or the insurance.)
            // (English "Problem:" and "Why:" fields too, opening their line — not "WHAT I DID AND WHY:" — their value saying what is wrong
            // in the words of a deficit or of a fall.)
            var problemField = s.Token(t) is "problem" or "problems" or "why" && t == s.LineStartOf(t);
            // ("Limiter: lands knee-in on the L and sticks late", "Targets: his L foot turns in and catches": other names for the deficit's
            // field, opening their line.)
            var isField = problemField || (s.Token(t) is "limiter" or "limiters" && t == s.LineStartOf(t)) || (s.Token(t) is "targets" && t == s.LineStartOf(t) && !GoalLikeValue(s, t))
                || s.Token(t) is "impair" or "impairment" or "impairments" or "deficit" or "deficits" or "déficit" or "déficits"
                or "hallazgo" or "hallazgos" or "impedimento" or "impedimentos"
                || (s.Token(t) is "addressed" or "targeted" && t > 0 && s.Token(t - 1) is "impairment" or "impairments" or "deficit" or "deficits" or "s")
                // "Q: What deficit was addressed? A: Slow, short backward stepping reaction": the answer to a question of the deficit.
                || (s.Token(t) is "a" or "ans" or "answer" && AsksTheDeficit(s, t));
            // "Findings: Vibration (128 Hz) at great toe: absent R": an exam's findings field states a deficit only where
            // it names a sensory or motor sign and a word that says it is wrong, and nothing that denies or clears it
            // ("Findings: Berg increased to 48/56" is progress; "pt denies weakness", "breath sounds diminished" are not).
            var findings = !isField && s.Token(t) is "findings" or "finding";
            if (!(isField || findings) || s.Line[t + 1] != s.Line[t] || s.Line[t + 2] != s.Line[t] || s.Sentence[t + 2] != s.Sentence[t]) continue;
            // "Impairments addressed: N/A", "Deficits: see eval", "Impairment: none" name none.
            if (s.Token(t + 1) is "see" or "per" or "not" or "none" or "n" or "na" or "tbd" or "as" or "same" or "wnl" or "nil" or "no" or "unchanged" or "x"
                or "según" or "ver" or "ninguno" or "ninguna" or "igual") continue;
            // A field of boxes ("Impairment:  [ ] motor recruitment  [x] proprioception") is read box by box.
            if (((s.Flags[t + 1] | s.Flags[t + 2]) & TokenFlags.Unticked) != 0 || !char.IsLetterOrDigit(s.Token(t + 1)[0])) continue;
            // The value says what is wrong ("slow to catch herself", "does not trust the R leg", "↓ weight
            // acceptance"), not where to look ("refer to eval", "within normal limits", "continue to address").
            if (findings)
            {
                if (FindingStatesADeficit(s, t)) return true;
                continue;
            }
            // (Or a system or function that is a deficit with an impairment cue — the field's label is the cue: "Deficit: L knee
            // dynamic stability / quad-ham co-activation timing".)
            for (var k = t + 1; k < s.Count && s.Line[k] == s.Line[t] && s.Sentence[k] == s.Sentence[t]; k++)
                if ((s.Flags[k] & TokenFlags.Decreased) != 0 || DeficitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k))
                    || (problemField ? FallWords : WhatHappensWords).GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k))
                    // ("he can't tell whether his L foot is on the step": the tokenizer reads "can't" as "can" and "t".)
                    || (s.Token(k) is "t" && k > 0 && s.Token(k - 1) is "can" or "doesn" or "couldn" or "won" or "didn")
                    || (s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k && s.MatchPhrase[s.MatchAt[k]].Has(PhraseKind.Impaired) && (s.Flags[k] & TokenFlags.Unticked) == 0
                        && !ValueSaysNormal(s, t))
                    || (SpanishDeficitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k)) && !DeniedInSpanish(s, k))
                    || (s.Token(k) is "does" && k + 1 < s.Count && s.Token(k + 1) is "not")) return true;
        }
        return false;
    }

    // "Targets: catches a 2 lb ball 10/10 in tandem by 2 wks": a target that is a goal — a score or "by" a time in its value.
    private static bool GoalLikeValue(NoteScratch s, int label)
    {
        for (var k = label + 1; k < Math.Min(s.Count, label + 40) && s.Line[k] == s.Line[label]; k++)
            if ((s.Flags[k] & TokenFlags.Fraction) != 0 || s.Token(k) is "by" or "goal" or "goals") return true;
        return false;
    }

    // The question right before the answer's label at a (its own sentence) asks for the deficit or impairment ("Q: What deficit was
    // addressed? A: …").
    private static bool AsksTheDeficit(NoteScratch s, int a)
    {
        if (a == 0 || (s.Flags[a - 1] & TokenFlags.Question) == 0) return false;
        for (var k = s.SentenceStartOf(a - 1); k < a; k++)
            if (s.Token(k) is "deficit" or "deficits" or "impairment" or "impairments") return true;
        return false;
    }

    // A field's value that says nothing is wrong ("Deficit: coordination WNL", "unremarkable", "(normal, …)").
    private static bool ValueSaysNormal(NoteScratch s, int label)
    {
        for (var k = label + 1; k < s.Count && s.Line[k] == s.Line[label] && s.Sentence[k] == s.Sentence[label]; k++)
            if (s.Token(k) is "wnl" or "wfl" or "normal" or "unremarkable" or "intact" or "none" or "nil" or "within" or "resolved" or "negative" or "neg"
                or "baseline" or "appropriate" or "age-appropriate" or "no") return true;
        return false;
    }

    private static readonly HashSet<string> DeficitWords = new(StringComparer.Ordinal)
    {
        "decreased", "impaired", "poor", "delayed", "slow", "slowed", "weak", "weakness", "loss", "lost", "reduced", "diminished",
        "limited", "difficulty", "unable", "can't", "cannot", "doesn't", "trouble", "lack", "lacks", "lacking", "absent", "unsteady",
        "instability", "deficit", "deficits", "dysfunction", "inability", "inefficient", "excessive", "increased", "abnormal", "asymmetry",
        "drifts", "collapses", "collapse", "buckles", "buckling", "freezing", "freezes", "shuffling", "shuffles",
    };

    // What happens to the patient, in a deficit's field ("Deficit addressed: he misses the bottom step … and catches himself on a barrel").
    private static readonly HashSet<string> WhatHappensWords = new(StringComparer.Ordinal)
    {
        "misses", "stumbles", "stumbling", "trips", "tripping", "falls", "falling", "fell", "sways", "veers", "loses", "wobbles", "staggers", "catches",
        "rattles", "bumps", "slaps", "drags", "scuffs", "shakes", "trembles", "topples", "lurches", "totters",
    };

    // A fall or near-fall, in a "Problem:" or "Why:" field ("Problem: … she goes down — no step comes out until she's already falling"; not
    // "Problem: Pt arrived 10 min late", "Problem: her ride fell through").
    private static readonly HashSet<string> FallWords = new(StringComparer.Ordinal)
    {
        "stumbles", "stumbling", "trips", "tripping", "falls", "falling", "sways", "veers", "staggers",
    };

    private static bool FindingStatesADeficit(NoteScratch s, int label)
    {
        bool sign = false, wrong = false;
        // (Its sign and what is wrong in its first sentence; an inability to shift weight anywhere on its line: "Finding: stands w/ her
        // weight back on the heels; can't shift forward onto the forefoot w/o grabbing the counter".)
        for (var k = label + 1; k < s.Count && s.Line[k] == s.Line[label]; k++)
        {
            var w = s.Token(k);
            // "can't shift forward", "unable to shift", "cannot shift": an inability to shift weight anywhere on the line ("can't"
            // reaches the reader as "can" and "t"; not "Cannot bill 97750 today", "can't lean over to tie shoes d/t back pain").
            if ((w is "can" && k + 2 < s.Count && s.Token(k + 1) is "t" && s.Token(k + 2) is "shift") || (w is "cannot" && k + 1 < s.Count && s.Token(k + 1) is "shift")
                || (w is "unable" && k + 2 < s.Count && s.Token(k + 1) is "to" && s.Token(k + 2) is "shift")) return true;
            if (s.Sentence[k] != s.Sentence[label]) continue;
            if (FindingDenials.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return false;
            sign |= FindingSigns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
            wrong |= FindingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
        }
        return sign && wrong;
    }

    // What an exam's finding says is wrong (not "increased", "decreased", "limited", often said of progress or of the session).
    private static readonly HashSet<string> FindingWords = new(StringComparer.Ordinal)
    {
        "impaired", "poor", "delayed", "absent", "diminished", "abnormal", "reduced", "asymmetric", "asymmetry",
    };

    // The sensory and motor signs a neuromuscular finding is about.
    private static readonly HashSet<string> FindingSigns = new(StringComparer.Ordinal)
    {
        "vibration", "vibratory", "monofilament", "sensation", "proprioception", "jps", "kinesthesia", "clonus", "tone", "reflex", "reflexes",
        "coordination", "romberg", "saccades", "nystagmus", "righting", "stepping",
    };

    // A finding denied, normal, cleared or someone else's.
    private static readonly HashSet<string> FindingDenials = new(StringComparer.Ordinal)
    {
        "no", "not", "without", "w/o", "denies", "denied", "negative", "neg", "resolved", "intact", "wnl", "normal", "ruled", "prior", "previously",
        "per",
    };

    // A Spanish template's values ("pobre reclutamiento motor", "control postural disminuido", "arrastra el pie") — not words
    // as often said of the schedule, the transport or a vital sign ("lento", "limitado", "aumentada").
    private static readonly HashSet<string> SpanishDeficitWords = new(StringComparer.Ordinal)
    {
        "pobre", "disminuido", "disminuida", "disminuidos", "disminuidas", "débil", "debilidad", "tardío", "tardía", "tardíos", "tardías",
        "pérdida", "dificultad", "incapaz", "inestabilidad", "arrastra",
    };

    // "sin pérdida de sensibilidad", "se descarta debilidad", "niega debilidad": denied right before.
    private static bool DeniedInSpanish(NoteScratch s, int k)
    {
        for (var p = k - 1; p >= Math.Max(0, k - 2); p--)
            if (s.Token(p) is "sin" or "no" or "descarta" or "niega") return true;
        return false;
    }

    // Earlier in match m's sentence, someone else's care outside the session ("Dtr reports home aide …");
    // a report after the statement ("seen 1:1, pt reports less dizziness") leaves it the session's.
    private bool ReportedInSentence(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var sentence = s.Sentence[start];
        // Matches are in the order of their tokens: the earlier ones in the sentence are just before m.
        for (var other = m - 1; other >= 0 && s.Sentence[s.MatchStart[other]] == sentence; other--)
        {
            // In its sentence and cell: "Dtr reports pt fell at home;1:1 throughout" has the 1:1 in a field of its own.
            if (s.MatchStart[other] >= start || s.Cell[s.MatchStart[other]] != s.Cell[start]) continue;
            foreach (var target in s.MatchPhrase[other].Targets)
                if (target.Kind == PhraseKind.Term && _isReported[target.Id]) return true;
        }
        return false;
    }

    // Match m is one of three or more assistance levels side by side in cells of their own, nothing
    // between them: a template's printed scale. Ticked and unticked boxes are read before this (an
    // unticked level is already not done), and levels written in a sentence share a cell.
    // "Supervision:" opening its line, and on the line a clinician's credential or where the supervisor was.
    private static bool StaffSupervisionField(NoteScratch s, int t)
    {
        if (s.LineStartOf(t) != t || s.Token(t) is not "supervision" || (s.Flags[t] & TokenFlags.Label) == 0) return false;
        for (int k = t + 1, end = Math.Min(s.LineEndOf(t), t + 24); k < end; k++)
            // ("PT" alone is as often the patient, or the therapist at the patient's side: "Supervision: needed, pt impulsive", "close
            // on curbs (PT within arm's reach)".)
            if (s.Token(k) is "dpt" or "otr" or "otr/l" or "pta" or "ota" or "cota" or "mspt" or "video" or "on-site" or "onsite" or "supervising" or "telehealth"
                || (s.Token(k) is "site" && s.Token(k - 1) is "on")) return true;
        return false;
    }

    private static bool TroubleNamedAfter(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        if (!(end < s.Count && s.Clause[end] == s.Clause[end - 1]
            && s.Token(end) is "dysfunction" or "hypofunction" or "deficit" or "deficits" or "impairment" or "impairments" or "insufficiency")) return false;
        // (Not the drill done: "did gaze stabilization deficit still with vertical …", "VOR x1 dysfunction noted at fast speeds so slowed
        // to 1 Hz, 3 x 60 s".)
        if (start > 0 && s.Token(start - 1) is "did" or "performed" or "completed" or "practiced" or "practised" or "worked" or "trained") return false;
        for (int k = s.SentenceStartOf(start), stop = Math.Min(s.Count, start + 40); k < stop && s.Sentence[k] == s.Sentence[start]; k++)
            if ((s.Flags[k] & TokenFlags.Count) != 0 || s.Token(k) is "x" or "sets" or "reps") return false;
        return true;
    }

    private static bool IsSymptomTrigger(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        // A word of speed between ("dizziness with quick head turns").
        var p = t > 2 && s.Token(t - 1) is "quick" or "fast" or "rapid" or "brisk" or "sudden" ? t - 1 : t;
        // Only "on" — "dizziness with Brandt-Daroff 4/10", "nausea during Epley" report how a treatment done went; "with" only
        // before a plain movement ("dizziness with quick head turns", "dizzy with turning": what sets it off).
        var end = t + s.MatchLength[m] - 1;
        if (!(p > 1 && s.Clause[p - 2] == s.Clause[t]
            && (s.Token(p - 1) is "on" || (s.Token(p - 1) is "with" && s.Token(end) is "turns" or "turning" && (end == t || s.Token(t) is "head")))
            && s.Token(p - 2) is "dizziness" or "dizzy" or "vertigo" or "symptoms" or "sx" or "nausea" or "nauseous" or "symptomatic" or "provoked")) return false;
        // Not denied or rated ("no dizziness on head turns", "dizziness on head turns 3/10"), nor asked about.
        for (var k = t - 3; k >= 0 && s.Clause[k] == s.Clause[t]; k--)
            if (s.Token(k) is "no" or "denies" or "denied" or "without" or "w/o") return false;
        for (var k = t; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if ((s.Flags[k] & (TokenFlags.Question | TokenFlags.Number)) != 0) return false;
        return true;
    }

    // ... as a result: no dose or word of practice in its sentence ("O: Y balance reaches 3x10 ea dir", "O: Pt completed
    // Y-balance training" are the drill).
    private static bool OnMeasuresLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        // ("▸ measured by: SLS eyes closed R 13 sec": the label's two words.)
        if (first + 1 < t && s.Token(first) is "measured" && s.Token(first + 1) is "by" && (s.Flags[first + 1] & TokenFlags.Label) != 0) first++;
        if (!(first < t && ((s.Flags[first] & TokenFlags.Label) != 0 || (s.Token(first) is "findings" or "assessment" && LabelInACellOfItsOwn(s, first)))
            && s.Token(first) is "obj" or "objective" or "measures" or "measure" or "outcome" or "outcomes" or "tests" or "testing" or "test" or "o" or "by" or "measurables" or "numbers"
                // ("Progress: Berg 45/56 · tandem stance 7 s", "Observations: … Berg 47/56; tandem stance 10 seconds": the visit's results.)
                or "progress" or "observations" or "observation" or "results"
                // ("Findings ▸ … Berg Balance Scale 47/56; single-leg stance right 8 seconds", "Assessment: Berg 45/56; single-leg stance
                // right 6 seconds": an exam's findings, read as a results field.)
                or "findings" or "assessment"
                // A focus note's Response (D/A/R, "Data — Action — Response"): how the patient did, measured.
                or "response" or "r")
            // A recap's answer to its question of what was measured ("Q: What was measured?" over "A: Berg 46/56; tandem stance 9 seconds").
            && !(first < t && s.Token(first) is "a" && (s.Flags[first] & TokenFlags.Label) != 0 && AsksWhatWasMeasured(s, first))) return false;
        var resultsField = s.Token(first) is "progress" or "observations" or "observation" or "results" or "findings" or "assessment";
        for (var k = s.SentenceStartOf(t); k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if ((s.Flags[k] & TokenFlags.Count) != 0 || s.Token(k) is "x" or "sets" or "reps" or "laps" or "training" or "trained" or "performed" or "completed"
                or "practiced" or "practised" or "min" or "minutes"
                // (A Progress or Results field may tell the drill done: "Progress: worked on single-leg stance …", "tandem practice, able
                // to hold 30 sec by end of session", "progressed from 10 to 30 sec across the session", "over today's 3 trials".)
                || (resultsField && s.Token(k) is "worked" or "practice" or "practicing" or "practising" or "progressed" or "improved" or "across" or "end" or "trials" or "today's" or "session" or "able"
                    or "doing" or "performing" or "tolerated" or "during" or "now"
                    // ("Assessment: … Focus today tandem stance EC 30 s", "pt did tandem stance 30 s with CGA", "challenged with",
                    // "addressed with single-leg stance 20 s holds": the drill done.)
                    or "focus" or "did" or "challenged" or "addressed" or "emphasis" or "holds" or "cga" or "sba" or "assist" or "assistance" or "today")) return false;
        if (!resultsField) return true;
        // (There only beside a named test in its sentence, "Progress: Berg 45/56 · tandem stance 7 s", "Findings: … Berg 47/56;
        // single-leg stance right 8 seconds" — a stance's time alone in such a field, "Progress: tandem stance 30 sec EC, up from 12",
        // may be the drill done.)
        var from = s.SentenceStartOf(t);
        // (Or in the sentence before it that a semicolon ends: "Findings ▸ … Berg Balance Scale 47/56; single-leg stance right 8 seconds" —
        // not "… SLS on airex 10 sec. Berg 49/56 at re-check": the test a sentence apart.)
        if ((s.Flags[from] & TokenFlags.AfterSemicolon) != 0 && from > first) from = Math.Max(s.SentenceStartOf(from - 1), from - MaxFieldWords);
        for (var k = from; k < s.Count && s.Sentence[k] <= s.Sentence[t] && k < from + 2 * MaxFieldWords; k++)
            if (s.Token(k) is "berg" or "tug" or "dgi" or "fga" or "bestest" or "mini-bestest" or "sara" or "ctsib" or "mctsib" or "tinetti" or "abc" or "5xsts" or "ftsts") return true;
        return false;
    }

    // "Findings ▸ …": the line's first word alone in its cell, the field's value in the next.
    private static bool LabelInACellOfItsOwn(NoteScratch s, int first) =>
        first + 1 < s.Count && s.Line[first + 1] == s.Line[first] && s.Cell[first + 1] != s.Cell[first];

    /// <summary>How many words a Target or Findings field, or a sentence saying a strategy is all the patient has, is read along at most.</summary>
    private const int MaxFieldWords = 60;

    // The line before the answer at a is its question, ending in a question mark and asking what was measured or tested.
    private static bool AsksWhatWasMeasured(NoteScratch s, int a)
    {
        if (a == 0 || s.Line[a - 1] != s.Line[a] - 1 || (s.Flags[a - 1] & TokenFlags.Question) == 0) return false;
        for (var k = s.LineStartOf(a - 1); k < a; k++)
            if (s.Token(k) is "measured" or "measures" or "tested" or "measurements") return true;
        return false;
    }

    private const int ShownReach = 24;

    private static bool OnlyTaughtOrShown(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        // (The education field's own sentence: "Education: HEP reviewed. NMR 97112 23 min: tandem stance …" trains after it.)
        var educationLine = first < t && (s.Flags[first] & TokenFlags.Label) != 0 && s.Token(first) is "education" or "educated" or "teaching"
            && s.Sentence[first] == s.Sentence[t];
        bool shown = false, medium = false;
        var from = Math.Max(s.SentenceStartOf(t), t - ShownReach);
        for (var k = from; k < Math.Min(s.Count, t + ShownReach) && s.Sentence[k] == s.Sentence[t]; k++)
        {
            // (The patient doing it makes it training: "Education: tandem stance demonstrated, pt performed 3 x 30 s".)
            if (s.Token(k) is "performed" or "practiced" or "practised" or "practice" or "trained" or "completed" or "return" or "x" or "reps" or "sets"
                || (s.Flags[k] & TokenFlags.Count) != 0) return false;
            // The showing near the term, its verb a few words from it: "reviewed her Otago home booklet", "talked both of them through
            // the car-transfer video" (not "progressed through foam", "showed good carryover").
            if (Math.Abs(k - t) <= ShownVerbReach)
                shown |= s.Token(k) is "reviewed" or "shown" or "watched" or "explained" or "described" or "given" or "handed" or "emailed" or "sent"
                    || (s.Token(k) is "through" && k >= 3 && (s.Token(k - 1) is "went" or "go" or "gone" || s.Token(k - 2) is "talked" or "walked" or "went" || s.Token(k - 3) is "talked" or "walked"))
                    || (s.Token(k) is "showed" && k + 1 < s.Count && s.Token(k + 1) is "him" or "her" or "them" or "pt" or "patient" or "the" or "his" or "how");
            medium |= s.Token(k) is "booklet" or "handout" or "handouts" or "video" or "videos" or "app" or "pamphlet" or "brochure" or "sheet" or "link";
        }
        return educationLine || (shown && medium);
    }

    private const int ShownVerbReach = 8;

    private static bool GradedOutOfFive(NoteScratch s, int m)
    {
        var k = s.MatchStart[m] + s.MatchLength[m];
        if (k < s.Count && s.Clause[k] == s.Clause[k - 1] && s.Token(k) is "r" or "l" or "b" or "bilat" or "bilateral" or "both") k++;
        if (k >= s.Count || s.Clause[k] != s.Clause[k - 1]) return false;
        if (s.Token(k).EndsWith("/5") && s.Token(k).Length is >= 3 and <= 5 && char.IsAsciiDigit(s.Token(k)[0])) return true;
        // ("4-/5" reaches the reader as "4" and "5", the sign and the slash between them.)
        if (k + 1 >= s.Count || s.Token(k) is not ("1" or "2" or "3" or "4" or "5") || s.Token(k + 1) is not "5" || s.Clause[k + 1] != s.Clause[k]) return false;
        var between = s.Chars.AsSpan(s.Start[k] + 1, Math.Max(0, s.Start[k + 1] - s.Start[k] - 1));
        return between.Length <= 2 && between.Contains('/');
    }

    private const int ReportReach = 12;

    private static bool ReportedOfAnotherProvider(NoteScratch s, int t)
    {
        // (A few words back only: the report and the provider stand right before what the provider did.)
        var report = -1;
        for (var k = Math.Max(s.SentenceStartOf(t), t - ReportReach); k < t; k++)
        {
            if (s.Token(k) is "reports" or "reported" or "states" or "stated" or "says" or "said" or "tells") report = k;
            else if (report >= 0 && s.Token(k) is "chiropractor" or "chiro" or "massage" or "acupuncturist" or "surgeon" or "trainer" or "orthopedist" or "physiatrist"
                && k + 1 < t && s.Token(k + 1) is "did" or "does" or "gave" or "gives" or "used" or "uses" or "performed" or "has" or "had" or "tried") return true;
        }
        return false;
    }

    private static bool HeldForATimeOnly(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var k = start + s.MatchLength[m];
        while (k < s.Count && s.Clause[k] == s.Clause[start] && s.Token(k) is "eyes" or "ec" or "eo" or "closed" or "open" or "r" or "l") k++;
        if (k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[start] || (s.Flags[k] & TokenFlags.Number) == 0 || s.Token(k + 1) is not ("s" or "sec" or "secs" or "seconds")) return false;
        return k + 2 >= s.Count || s.Clause[k + 2] != s.Clause[start];
    }

    private static bool EachSideValued(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var next = start + s.MatchLength[m];
        // (Its condition may follow the name: "Today: SLS eyes closed L 9 sec vs R 27 sec.")
        // (Or its direction: "Y-balance anterior R 61 cm / L 67 cm".)
        while (next < s.Count && s.Sentence[next] == s.Sentence[start] && s.Token(next) is "eyes" or "ec" or "eo" or "closed" or "open" or "on" or "foam" or "firm" or "airex"
            or "anterior" or "ant" or "posteromedial" or "posterolateral" or "pm" or "pl") next++;
        // (A time stamp or a label may lead it: "[00:00:28] Single-leg stance L 7 seconds, R 21.")
        var first = s.SentenceStartOf(start);
        // (Or after another test's score in a list of results: "Berg 45/56, SLS L 4 sec, R 9 sec".)
        // ("SLS on foam R 9 sec (L 22); Y-balance anterior R 61 cm / L 67 cm": after another test's timed result, too.)
        var afterAScore = start > first && ((s.Flags[start - 1] & TokenFlags.Fraction) != 0
                || ((s.Flags[start - 1] & TokenFlags.Number) != 0 && (s.Flags[start - 1] & TokenFlags.ClosesParen) != 0)
                || (s.Token(start - 1) is "sec" or "secs" or "seconds" or "s" or "cm" && start >= 2 && (s.Flags[start - 2] & TokenFlags.Number) != 0))
            && s.Clause[start - 1] != s.Clause[start] && !OnTreatmentLine(s, start);
        if (first != start && !afterAScore && !(first == start - 1 && (s.Flags[first] & (TokenFlags.DateOrTime | TokenFlags.Label)) != 0)) return false;
        if (next + 1 >= s.Count || s.Sentence[next + 1] != s.Sentence[start]
            || !IsSide(s.Token(next)) || (s.Flags[next + 1] & TokenFlags.Number) == 0) return false;
        var sides = 1;
        for (var k = next + 2; k < s.Count && s.Sentence[k] == s.Sentence[start]; k++)
        {
            if ((s.Flags[k] & TokenFlags.Count) != 0 || s.Token(k) is "x" or "sets" or "reps" or "laps" or "training" or "trained" or "performed" or "completed"
                or "practiced" or "practised" or "min" or "minutes" or "with" or "w" or "on" or "while") return false;
            if (IsSide(s.Token(k)) && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.Number) != 0) sides++;
        }
        return sides >= 2;

        static bool IsSide(ReadOnlySpan<char> w) => w is "l" or "r" or "left" or "right" or "lt" or "rt";
    }

    // The line opens with a treatment's label ("Tx:", "Interventions:"): what it lists was done.
    private static bool OnTreatmentLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        return (s.Flags[first] & TokenFlags.Label) != 0 && s.Token(first) is "tx" or "treatment" or "interventions" or "intervention" or "exercises" or "ex" or "activities";
    }

    private static bool NamesAForm(NoteScratch s, int m)
    {
        var next = s.MatchStart[m] + s.MatchLength[m];
        return next < s.Count && s.Clause[next] == s.Clause[next - 1]
            && (s.Token(next) is "flowsheet" or "flowsheets" || (s.Token(next) is "flow" && next + 1 < s.Count && s.Token(next + 1) is "sheet")
                // ("VESTIBULAR REHAB ORDER SET — LEVEL II": an order set's name.)
                || (s.Token(next) is "order" && next + 1 < s.Count && s.Token(next + 1) is "set" or "sets"));
    }

    // "Individual (not group/concurrent)", "not group or concurrent": the modes denied together, the second after the first.
    private static bool ModeDeniedBefore(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        var mode = t > 0 && s.Token(t - 1) is "or" ? t - 2 : t - 1;
        return mode > 0 && s.Clause[mode - 1] == s.Clause[t] && s.Token(mode) is "group" or "concurrent" or "co-treat" or "cotreat" && s.Token(mode - 1) is "not" or "no" or "non";
    }

    // The technique's words right after a standing-balance test's name ("on" between, or its label's colon) in a clause
    // with no dose: the test's condition. "Romberg stance on foam 3 x 30 s" is training.
    private static bool IsBalanceTestCondition(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        var test = t > 0 && s.Token(t - 1) is "on" ? t - 2 : t - 1;
        // "SLS L eyes closed 6 sec": single-leg stance timed on a side, with the eyes closed.
        var sideOfStance = test > 0 && s.Token(test) is "l" or "r" or "left" or "right" or "lle" or "rle" && s.Token(test - 1) is "sls" && s.Token(t) is "eyes" or "ec";
        if (sideOfStance) test--;
        // "SLS eyes closed L 9 sec vs R 27 sec": the eyes' condition first, then each side's time.
        var eyesThenSides = !sideOfStance && t > 0 && s.Token(t - 1) is "sls" && s.Token(t) is "eyes" or "ec";
        if (eyesThenSides) test = t - 1;
        // "SLS on foam R 9 sec (L 22)": single-leg stance on the foam, then each side's time.
        var foamThenSides = !sideOfStance && !eyesThenSides && test >= 0 && s.Token(test) is "sls" && s.Token(t) is "foam" or "compliant";
        if (test < 0 || (s.Clause[test] != s.Clause[t] && (s.Flags[test] & TokenFlags.Label) == 0) || s.Sentence[test] != s.Sentence[t]
            || !(sideOfStance || eyesThenSides || foamThenSides || (s.Token(test) is "romberg" or "mctsib" or "ctsib" or "m-ctsib" or "sot" or "bess" && s.Token(t) is "foam" or "compliant"))) return false;
        // A result: the eyes' condition at most, then the time held, ending its clause ("Romberg on foam EC 8 s;") — not a
        // dose ("30 s holds, 5 reps", "for 10 min") nor practice ("Tx: Romberg on foam EC, 3 sets", "practiced Romberg on foam").
        var k = t + s.MatchLength[m];
        while (k < s.Count && s.Clause[k] == s.Clause[t] && s.Token(k) is "ec" or "eo" or "eyes" or "closed" or "open") k++;
        if (eyesThenSides || foamThenSides) return SidesTimedOnly(s, k);
        if (k >= s.Count || s.Sentence[k] != s.Sentence[t] || (s.Flags[k] & TokenFlags.Number) == 0) return false;
        if (k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k] && s.Token(k + 1) is "s" or "sec" or "secs" or "seconds" or "second") k++;
        // ("SLS L eyes closed 6 sec (R 20 sec)": the other side's result beside it.)
        if (k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k] && !((s.Flags[k + 1] & TokenFlags.AfterParen) != 0 && s.Token(k + 1) is "l" or "r" or "left" or "right")) return false;
        var first = s.SentenceStartOf(t);
        for (var w = first; w < t; w++)
            if (s.Token(w) is "tx" or "treatment" or "training" or "trained" or "practiced" or "practised" or "practice" or "interventions" or "intervention" or "exercises" or "performed") return false;
        return true;
    }

    // "mCTSIB condition 4 (foam, eyes closed) 9 s": a sensory-organisation test's condition, its number and, in brackets, what
    // the condition is, then the time held — the test's condition, not training on foam.
    private static bool BracketedTestCondition(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        var open = t;
        while (open > Math.Max(0, t - 4) && (s.Flags[open] & TokenFlags.AfterParen) == 0 && s.Sentence[open - 1] == s.Sentence[t]) open--;
        if ((s.Flags[open] & TokenFlags.AfterParen) == 0 || open < 3 || s.Line[open - 3] != s.Line[t] || (s.Flags[open - 1] & TokenFlags.Integer) == 0
            || s.Token(open - 2) is not ("condition" or "cond" or "c") || s.Token(open - 3) is not ("mctsib" or "ctsib" or "m-ctsib" or "sot")) return false;
        // The bracket closes within a few words, and a number — the time held — follows it.
        for (var k = t + s.MatchLength[m] - 1; k < Math.Min(s.Count - 1, t + 6) && s.Line[k] == s.Line[t]; k++)
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0)
                return (s.Flags[k + 1] & TokenFlags.Number) != 0 && s.Line[k + 1] == s.Line[t] && (s.Flags[k + 1] & TokenFlags.Count) == 0
                    && !DoseAfterTime(s, k + 2);
        return false;
    }

    // A dose right after a held time ("3 x 30 s", "30 sec holds x5"): training, not a test's result.
    private static bool DoseAfterTime(NoteScratch s, int k)
    {
        for (var j = k; j < Math.Min(s.Count, k + 3); j++)
            if (s.Token(j) is "x" or "sets" or "reps" or "set" or "rounds" or "trials" or "holds" or "hold" or "times" || (s.Flags[j] & TokenFlags.Count) != 0) return true;
        return false;
    }

    // From k to the clause's end, only sides and their times: "L 9 sec vs R 27 sec", "L 9 s, R 27 s" — two sides at least.
    private static bool SidesTimedOnly(NoteScratch s, int k)
    {
        var sides = 0;
        var clause = k < s.Count ? s.Clause[k] : -1;
        for (; k < s.Count && (s.Clause[k] == clause || s.Token(k - 1) is "vs" or "versus"); k++)
        {
            if (s.Token(k) is "l" or "r" or "left" or "right" && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.Number) != 0) { sides++; k++; continue; }
            if (s.Token(k) is "s" or "sec" or "secs" or "seconds" or "vs" or "versus") continue;
            return false;
        }
        return sides >= 2;
    }

    // The eyes closed (or the foam) after "w/" and the deficit's sign: "proprioception poor w/ eyes closed", "sways with EC",
    // "unsteady w/ EC on foam" — when the deficit shows.
    private static bool IsDeficitCondition(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        // ("loss of balance with her eyes closed": the patient's eyes.)
        if (t > 2 && s.Token(t) is "eyes" && s.Token(t - 1) is "her" or "his" or "their" && s.Token(t - 2) is "with" or "w") t--;
        return t > 1 && s.Token(s.MatchStart[m]) is "eyes" or "ec" && s.Token(t - 1) is "w" or "with" && s.Clause[t - 2] == s.Clause[t]
            && (s.Token(t - 2) is "balance" && t > 4 && s.Token(t - 3) is "of" && s.Token(t - 4) is "loss" || s.Token(t - 2) is "poor" or "worse" or "unsteady" or "unstable" or "impaired" or "decreased" or "diminished" or "reduced" or "sways" or "sway" or "swaying" or "absent" or "lost");
    }

    // "Gait 97116 — 15 minute: walk with cane": a pattern that starts with a number ("# minute walk") does not
    // run on past a field's colon.
    private static bool NumberPatternCrossesLabel(NoteScratch s, int m)
    {
        if (s.MatchPhrase[m].Words[0] >= 0) return false;
        var start = s.MatchStart[m];
        for (var k = start; k < start + s.MatchLength[m] - 1; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return true;
        return false;
    }

    // A social-needs screen's line: "SDOH — Housing: …", "Food: …", "Transport: …" (the field's label opens its line, in its first
    // sentence; "Transport: bus" is the patient's ride, not a task practised).
    private static bool OnSocialNeedsLine(NoteScratch s, int m)
    {
        var first = s.LineStartOf(s.MatchStart[m]);
        if (s.Sentence[s.MatchStart[m]] != s.Sentence[first] && s.Token(first) is not "sdoh") return false;
        for (var k = first; k < Math.Min(s.Count, first + 3) && s.Line[k] == s.Line[first]; k++)
            if (s.Token(k) is "housing" or "food" or "transport" or "transportation" or "utilities" or "income" && (s.Flags[k] & TokenFlags.Label) != 0) return true;
        return false;
    }

    private static bool VitalOrPumpReading(NoteScratch s, int m)
    {
        for (int k = s.MatchStart[m], end = k + s.MatchLength[m]; k < end; k++)
        {
            if ((s.Flags[k] & TokenFlags.Percent) != 0)
            {
                var b = k - 1;
                if (b >= 0 && (s.Flags[b] & TokenFlags.Percent) != 0) b--;
                if (b >= 0 && s.Token(b) is "spo2" or "sao2" or "o2" or "sat" or "sats" or "saturation" or "fio2") return true;
            }
            // ("post-weight 70.2 kg", "body weight 82 kg", "dry wt 70 kg": what the patient weighs, no load lifted.)
            // (The number right after "weight", at most a colon and a space between: not "body weight → 10 lb KB", "body weight + 8 kg vest".)
            if (s.Token(k) is "kg" or "lb" or "lbs" or "pounds" && k >= 3 && s.Token(k - 2) is "weight" or "wt" && s.Token(k - 3) is "post" or "pre" or "dry" or "body" or "target"
                && s.Clause[k - 3] == s.Clause[k] && s.Line[k - 2] == s.Line[k - 1] && s.Column[k - 1] - s.Column[k - 2] - s.Length[k - 2] <= 2) return true;
            if (s.Token(k) is "rpm" && k > 0 && int.TryParse(s.Token(k - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rpm) && rpm >= 200) return true;
        }
        return false;
    }

    // The line opens with a "Stop criteria:", "Hold parameters:" or "Hold criteria:" field.
    private static bool OnStopCriteriaLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        return first + 1 < t && s.Token(first) is "stop" or "hold" && s.Token(first + 1) is "criteria" or "parameters" && (s.Flags[first + 1] & TokenFlags.Label) != 0
            && InTheFieldsOwnWords(s, first + 2, t);
    }

    // The line opens with an "Infection control:" or "Infection prevention:" field.
    private static bool OnInfectionControlLine(NoteScratch s, int m)
    {
        var first = s.LineStartOf(s.MatchStart[m]);
        return first + 1 < s.Count && s.Token(first) is "infection" && s.Token(first + 1) is "control" or "prevention" && (s.Flags[first + 1] & TokenFlags.Label) != 0
            && InTheFieldsOwnWords(s, first + 2, s.MatchStart[m]);
    }

    // From a field's value to t: the field's first sentence, no word of the patient or the session between ("Stop criteria: new
    // dizziness or chest pain — none occurred; pt treated 1:1 for L vestibular hypofunction …" goes on to the session).
    private static bool InTheFieldsOwnWords(NoteScratch s, int from, int t)
    {
        if (from > t || s.Sentence[t] != s.Sentence[from]) return false;
        for (var k = from; k < t; k++)
            if (s.Token(k) is "pt" or "patient" or "seen" or "treated" or "has" or "had" or "for" or "none" or "nmr" or "tx") return false;
        return true;
    }

    // The line is the note's medication list: "Meds: …", "Medications: …", "Current meds: …".
    private static bool OnMedicationLine(NoteScratch s, int m)
    {
        var first = s.LineStartOf(s.MatchStart[m]);
        // Only the list itself, its first sentence: "Meds: no changes; RPE 13/20 after 6MWT" measures after it.
        if (s.Sentence[s.MatchStart[m]] != s.Sentence[first]) return false;
        for (var k = first; k < Math.Min(s.Count, first + 2) && s.Line[k] == s.Line[first]; k++)
            if (s.Token(k) is "meds" or "medications" or "medication" && (s.Flags[k] & TokenFlags.Label) != 0) return true;
        return false;
    }

    // "unable to identify objects by touch (astereognosis)": a deficit's name in parentheses after an inability
    // names it — the negation is the deficit, not a denial of it.
    private bool NamesTheInability(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        var last = t + s.MatchLength[m] - 1;
        if (InabilityWithoutTheDeficit(s, m)) return true;
        // The parentheses hold the name alone: "(vertigo, now resolved)", "(dizziness denied …)" say more.
        if ((s.Flags[t] & TokenFlags.AfterParen) == 0 || (s.Flags[last] & TokenFlags.ClosesParen) == 0) return false;
        var deficit = false;
        foreach (var target in s.MatchPhrase[m].Targets)
            deficit |= target.Kind == PhraseKind.Term && IsDeficitOnly(target);
        if (!deficit) return false;
        // Only an inability ("no dizziness (vertigo)" still denies it).
        for (var k = t - 1; k >= Math.Max(0, t - 12) && s.Clause[k] == s.Clause[t]; k--)
            if (s.Token(k) is "unable" or "cannot" or "can't" or "cant" or "couldn't" or "inability")
            {
                // The patient's inability, not the therapist's or the schedule's ("unable to assess", "unable to attend").
                var verb = k + 1 < t && s.Token(k + 1) is "to" ? k + 2 : k + 1;
                return verb < t && s.Token(verb) is not ("assess" or "attend" or "test" or "complete" or "participate" or "come" or "tolerate" or "perform" or "obtain" or "measure" or "schedule" or "make");
            }
        return false;
    }

    // "She can't stand without losing her balance", "unable to turn w/o LOB": a deficit after "without" that the patient's
    // inability governs is the deficit — two negations: the thing cannot be done except with it.
    private bool InabilityWithoutTheDeficit(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        var without = t >= 1 && s.Token(t - 1) is "without" or "w/o" ? t - 1 : t >= 2 && s.Token(t - 1) is "o" && s.Token(t - 2) is "w" ? t - 2 : -1;
        if (without < 1 || s.Clause[without] != s.Clause[t]) return false;
        // (A deficit's term, whatever else another code's profile reads it as: "losing her balance" is postural control.)
        var deficit = false;
        foreach (var target in s.MatchPhrase[m].Targets)
            deficit |= target.Kind == PhraseKind.Term && (_kinds[target.Id] & 2) != 0;
        if (!deficit) return false;
        // ("can't" reaches the reader as "can" and "t".)
        for (var k = without - 1; k >= Math.Max(0, without - 10) && s.Clause[k] == s.Clause[without]; k--)
            if (s.Token(k) is "unable" or "cannot" or "can't" or "cant" or "couldn't" or "inability" || (s.Token(k) is "t" && k > 0 && s.Token(k - 1) is "can" or "couldn"))
            {
                // (The patient's inability, as above: not "unable to assess without pain".)
                var verb = k + 1 < without && s.Token(k + 1) is "to" ? k + 2 : k + 1;
                return verb < without && s.Token(verb) is not ("assess" or "attend" or "test" or "complete" or "participate" or "come" or "tolerate" or "perform" or "obtain" or "measure" or "schedule" or "make");
            }
        return false;
    }

    // "CG report: pt doing more", "Pt/CG teaching", "CG states …": the caregiver, as home-health notes write
    // it — "CG" opening its clause (or after "pt/", "and") with a word of telling or teaching right after.
    // "Tub transfer CG, instructed in hand placement" is contact guard: a comma ends that clause first.
    private static bool IsCaregiver(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        if (s.MatchLength[m] != 1 || s.Token(t) is not "cg" || t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t]) return false;
        if (t > 0 && s.Clause[t - 1] == s.Clause[t] && (s.Flags[t - 1] & TokenFlags.Label) == 0 && s.Token(t - 1) is not ("pt" or "and" or "patient")) return false;
        return s.Token(t + 1) is "report" or "reports" or "reported" or "states" or "stated" or "says" or "said" or "teaching" or "training"
            or "education" or "educated" or "instructed" or "verbalized" or "verbalizes" or "present" or "demonstrated" or "demonstrates" or "return" or "denies";
    }

    private bool InPrintedScale(NoteScratch s, int m)
    {
        var first = m;
        while (first > 0 && SideBySide(s, first - 1, first)) first--;
        var last = m;
        while (last + 1 < s.MatchCount && SideBySide(s, last, last + 1)) last++;
        if (last - first < 2) return OnPrintedLevelLine(s, s.MatchStart[m]) && !TermContext.IsUnticked(s, m) && !AnsweredBelow(s, m);
        // Options of a spaced slash list ("Assist: Indep / Mod I / SBA / CGA / Min A") are a pick list left
        // whole only when there are four or more and nothing follows them on the line: "min A / CGA / SBA
        // over 3 trials" is progress.
        var slashed = false;
        for (var k = first + 1; k <= last; k++) slashed |= s.Cell[s.MatchStart[k - 1]] == s.Cell[s.MatchStart[k]];
        var runEnd = s.MatchStart[last] + s.MatchLength[last];
        if (slashed && (last - first < 3 || (runEnd < s.Count && s.Line[runEnd] == s.Line[s.MatchStart[last]]))) return false;
        // A scale with boxes, some left empty ("○ Indep  ○ Mod I  ● SBA  ○ CGA"): the level ticked is the measure.
        for (var k = first; k <= last; k++)
            if (TermContext.IsUnticked(s, k)) return false;
        // A row that names what the levels are of ("Car transfer | Mod A | Min A | CGA") is progress, not
        // a scale: before the run, the line may hold only a scale's heading ("Assist", "Level of assist")
        // and the scale's own short levels that are no measure on their own ("Indep", "SU").
        var start = s.MatchStart[first];
        for (var t = start - 1; t >= 0 && s.Line[t] == s.Line[start]; t--)
            if (s.Token(t) is not ("assist" or "assistance" or "level" or "levels" or "of" or "loa"
                or "indep" or "independent" or "i" or "mod" or "su" or "setup" or "set" or "up" or "s" or "dep" or "dependent" or "total"
                // A grid's column heading over its task names ("Task   Indep  Sup  CGA  MinA").
                or "task" or "tasks" or "activity" or "activities" or "item" or "items" or "adl" or "adls" or "sup" or "supervision")) return false;
        // A heading over a Y/N grid: the level a row answers "Y" (or "X") under was needed.
        return !AnsweredBelow(s, m);
    }

    // "Assist level:   I   Mod I   S   CGA   Min   Mod   Max   (no level selected)": after the field's label, five cells or
    // more each holding a different level's abbreviation alone — the form's scale, whatever the vocabulary makes of each —
    // and last a remark that none was chosen.
    // (Each line read once: its first label, then whether the cells after it are a scale's.)
    private static bool OnPrintedLevelLine(NoteScratch s, int t)
    {
        var label = s.FirstOnLine(t, NoteScratch.LineTest.Label, static (s, k) => (s.Flags[k] & TokenFlags.Label) != 0);
        return label < t && s.Cell[label] != s.Cell[t]
            && s.FirstOnLine(t, NoteScratch.LineTest.PrintedLevels, static (s, k) => k == s.LineStartOf(k) && PrintedLevelCells(s, k)) == s.LineStartOf(t);
    }

    private static bool PrintedLevelCells(NoteScratch s, int first)
    {
        var end = s.LineEndOf(first);
        var k = first;
        while (k < end && (s.Flags[k] & TokenFlags.Label) == 0) k++;
        if (k == end) return false;
        // (A scale has a dozen levels at most: a longer line is something else, and is not read level by level.)
        var (levels, cells, noneSelected) = (0, 0, false);
        Span<ulong> seen = stackalloc ulong[17];
        for (k++; k < end && cells <= 16; cells++)
        {
            var cellEnd = k;
            while (cellEnd < end && s.Cell[cellEnd] == s.Cell[k]) cellEnd++;
            if (IsLevelCell(s, k, cellEnd))
            {
                // Each level once: "Sit-stand:   Mod   Min   Min   CGA   SBA" is a level a trial.
                var level = s.TokenHashes[k] * 31 + (cellEnd - k == 2 ? s.TokenHashes[k + 1] : 0);
                if (seen[..levels].Contains(level)) return false;
                seen[levels++] = level;
            }
            else if (cellEnd != end || !(noneSelected = SaysNoneSelected(s, k, cellEnd))) return false;
            k = cellEnd;
        }
        // Only where the note says none was chosen: a mark beside a level ("(CGA)", "CGA*", "✓CGA", "-> CGA", a caret
        // under it) may be all that chose it, and the text keeps too little of marks to tell.
        return levels >= 5 && noneSelected && cells <= 16;
    }

    private static bool IsLevelCell(NoteScratch s, int from, int to) => (to - from) switch
    {
        1 => s.Token(from) is "i" or "s" or "min" or "mod" or "max" or "sba" or "cga" or "sup" or "indep" or "independent" or "dep" or "dependent"
            or "total" or "modi" or "mini" or "mina" or "moda" or "maxa" or "ta" or "su" or "supervision" or "setup",
        2 => s.Token(from) is "mod" or "min" or "max" or "set" or "total" && s.Token(from + 1) is "i" or "a" or "up" or "assist",
        _ => false,
    };

    private static bool SaysNoneSelected(NoteScratch s, int from, int to)
    {
        var none = false;
        for (var k = from; k < to; k++)
        {
            if (s.Token(k) is "no" or "none" or "not" or "nothing") none = true;
            else if (none && s.Token(k) is "selected" or "marked" or "circled" or "chosen" or "checked" or "ticked") return true;
        }
        return false;
    }

    // t is inside "(1:1/Grp/Conc):", "(1:1 / group / concurrent):": a parenthesis of mode words only, closing on the field's colon.
    private static bool InModeOptionsBeforeColon(NoteScratch s, int t)
    {
        var open = t;
        while (open > 0 && t - open < 4 && (s.Flags[open] & TokenFlags.AfterParen) == 0 && s.Line[open - 1] == s.Line[t]) open--;
        if ((s.Flags[open] & TokenFlags.AfterParen) == 0) return false;
        // (Options of both kinds: "(one-on-one):" alone is the field's own word.)
        bool alone = false, shared = false;
        for (var k = open; k < s.Count && k - open < 6 && s.Line[k] == s.Line[t]; k++)
        {
            if (s.Token(k) is "1:1" or "ind" or "indiv" or "individual" or "i" or "one-on-one" or "one" or "on") alone = true;
            else if (s.Token(k) is "grp" or "group" or "conc" or "concurrent" or "co-tx" or "cotx" or "co-treat" or "c" or "g" or "ct" or "semi-private" or "semi" or "private") shared = true;
            else return false;
            // (Not "Minutes (1:1 / concurrent): 38 / 15": a number after the colon is each mode's time.)
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) return alone && shared && t <= k && (s.Flags[k] & TokenFlags.Label) != 0
                && !(k + 1 < s.Count && s.Line[k + 1] == s.Line[k] && (s.Flags[k + 1] & TokenFlags.Number) != 0);
        }
        return false;
    }

    // t is one of the options after a "Select:" or "Choose:" prompt, each option after the first set off by a spaced slash or
    // "or" ("[Select: 1:1 / concurrent / group]") — an answer after the options ("[Select: group / concurrent] 1:1") is not.
    private static bool AmongASelectPromptsOptions(NoteScratch s, int t)
    {
        var k = t;
        while (k > 0 && t - k < 6 && s.Line[k - 1] == s.Line[t] && IsModeOption(s.Token(k - 1))) k--;
        if (k == 0 || s.Line[k - 1] != s.Line[t] || (s.Flags[k - 1] & TokenFlags.Label) == 0 || s.Token(k - 1) is not ("select" or "choose")) return false;
        var (options, end) = (1, k + 1);
        for (var j = k + 1; j < s.Count && s.Line[j] == s.Line[t] && j - k <= 10 && IsModeOption(s.Token(j)); j++)
        {
            if ((s.Flags[j] & TokenFlags.AfterSpacedSlash) != 0 || s.Token(j - 1) is "or") options++;
            else if (s.Token(j) is not "or" && !(s.Token(j - 1) is "one" && s.Token(j) is "on") && !(s.Token(j - 1) is "on" && s.Token(j) is "one")) break;
            end = j + 1;
        }
        return options >= 2 && t < end;
    }

    // The programme's words are followed, in their sentence, only by a week, session or level with its number and a word for the
    // session or its sheet: "Stepping On, week 5 session.", "Stepping On program week five exercises", "Otago level two sheet".
    private static bool OnlyItsScheduleAfter(NoteScratch s, int m)
    {
        var k = s.MatchStart[m] + s.MatchLength[m];
        var sentence = s.Sentence[k - 1];
        if (k < s.Count && s.Sentence[k] == sentence && s.Token(k) is "program" or "programme" or "exercise" or "exercises") k++;
        if (k + 1 >= s.Count || s.Sentence[k + 1] != sentence || s.Token(k) is not ("week" or "wk" or "level" or "session" or "phase" or "stage" or "lesson" or "module")
            || ((s.Flags[k + 1] & TokenFlags.Integer) == 0 && NumberWords.ValueOf(s.Token(k + 1)) <= 0)) return false;
        k += 2;
        while (k < s.Count && s.Sentence[k] == sentence && s.Token(k) is "session" or "exercise" or "exercises" or "set" or "sheet" or "handout" or "card" or "class" or "completed" or "done")
            k++;
        if (k >= s.Count || s.Sentence[k] != sentence) return true;
        // ("Stepping On program - week 4 session, individual.": a clause of the session's mode after it; not "Otago level 3,
        // progressed all exercises to 2 lb", what was done with it.)
        if (s.Clause[k] == s.Clause[k - 1]) return false;
        for (var j = k; j < s.Count && s.Sentence[j] == sentence && s.Clause[j] == s.Clause[k]; j++)
            if (s.Token(j) is not ("individual" or "indiv" or "1:1" or "one-on-one" or "one" or "on" or "per" or "the" or "sheet" or "handout" or "same" or "as"))
                return false;
        return true;
    }

    /// <summary>How far back on its line a term looks for the help or select label it may stand under.</summary>
    private const int PromptReach = 40;

    // The term stands in a template's help text ("[Help: … e.g., PNF D1/D2, BAPS]:" — after a "Help:" label, no other label between)
    // or among a select prompt's printed options in brackets ("(Select: Balance / Proprioception / Other):", up to the bracket's close).
    private static bool InTemplatePrompt(NoteScratch s, int t)
    {
        for (var p = t - 1; p >= Math.Max(0, t - PromptReach) && s.Line[p] == s.Line[t]; p--)
        {
            if ((s.Flags[p] & TokenFlags.Label) == 0) continue;
            // (The help text follows the field's name on its line and gives its examples — "e.g." between it and the term: a line
            // opening "Help: CGA for tandem", "Verbal/tactile guidance: weight shifting …", "Pt instructions: perform tandem …" are
            // the note's own words.)
            // (And it tells the clinician what to write: "[Help: name the technique(s) used, e.g., …]", "[Help: list the impairment
            // addressed, e.g., …]" — not "Assist level / help: min A e.g. with SLS on foam".)
            if (s.Token(p) is "help" or "hint" or "hints")
                return p > 0 && s.Line[p - 1] == s.Line[p] && p + 1 < t && s.Token(p + 1) is "name" or "list" or "describe" or "enter" or "document" or "include"
                    or "specify" or "state" or "type" or "record" && ExamplesBetween(s, p, t);
            if (s.Token(p) is not ("select" or "choose") || (s.Flags[p] & TokenFlags.AfterParen) == 0) return false;
            for (var k = p; k <= t; k++)
                if ((s.Flags[k] & TokenFlags.ClosesParen) != 0 && k < t) return false;
            return true;
        }
        return false;
    }

    // "e.g." ("e" and "g" as the tokenizer leaves them) or "eg" between k and t.
    private static bool ExamplesBetween(NoteScratch s, int k, int t)
    {
        for (var j = k + 1; j < t; j++)
            if (s.Token(j) is "eg" || (s.Token(j) is "e" && s.Token(j + 1) is "g")) return true;
        return false;
    }

    private static bool IsModeOption(ReadOnlySpan<char> w) =>
        w is "1:1" or "ind" or "indiv" or "individual" or "one-on-one" or "one" or "on" or "grp" or "group" or "conc" or "concurrent" or "co-tx" or "cotx"
            or "co-treat" or "co-treatment" or "semi-private" or "or";

    private static bool IsConcurrentReview(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        return end < s.Count && s.Token(end - 1) is "concurrent" && s.Token(end) is "review" or "reviews" && s.Clause[end] == s.Clause[end - 1]
            && (s.Flags[end] & (TokenFlags.AfterDash | TokenFlags.AfterParen | TokenFlags.AfterSpacedSlash)) == 0 && s.Line[end] == s.Line[end - 1];
    }

    private static bool IsFallsTown(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        return s.MatchLength[m] == 1 && s.Token(t) is "falls" && (s.Flags[t] & TokenFlags.TitleCase) != 0 && t > 0 && s.Clause[t - 1] == s.Clause[t]
            && (s.Flags[t - 1] & TokenFlags.TitleCase) != 0 && s.Token(t - 1) is "post" or "niagara" or "great" or "sioux" or "twin" or "idaho" or "cuyahoga"
                or "wichita" or "klamath" or "chippewa" or "fergus" or "glens" or "little" or "cedar" or "granite" or "olmsted" or "snoqualmie" or "spokane"
                or "beaver" or "cannon" or "bellows" or "black" or "thief" or "river" or "sauk" or "hickory" or "mahoning" or "valley" or "silver" or "big";
    }

    private static bool CopiedFromDate(NoteScratch s, int t) =>
        (s.Flags[t] & TokenFlags.Fraction) != 0 && t >= 2 && s.Token(t - 1) is "from" && s.Token(t - 2) is "forward" or "over" or "copied" or "carried" or "pulled";

    // The line from token first is one of the note's first two lines, a title: capitalised words with a name among them,
    // and a clinic's word ("Center", "Clinic", "Rehab" …) or a spaced dash and a date or the site's name ("Tidewater Balance
    // & Vestibular — 03/04/2026", "FRONT RANGE NEURO & VESTIBULAR — Westminster"; not "Vestibular hypofunction R — 03/04",
    // which names a side) — and no field, sentence or number besides the date.
    private static bool IsTitleLine(NoteScratch s, int first)
    {
        var end = s.LineEndOf(first);
        // A note written on one line opens with its title as its first sentence ("SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Maryville.
        // Exercises and …"): the title is that sentence.
        // (Only with the site's name after a dash: "Stroke Rehab Follow-Up Johnson - 03/04/2026. NMR …" is a problem and a patient.)
        var from = TitleStart(s, first);
        var sentenceEnd = from;
        while (sentenceEnd < end && s.Sentence[sentenceEnd] == s.Sentence[from]) sentenceEnd++;
        var firstSentence = sentenceEnd < end - 1;
        if (firstSentence) end = sentenceEnd;
        if (end - first < 2 || (first > 0 && s.Line[s.LineStartOf(first - 1)] != s.Line[0])) return false;
        bool dated = false, named = false, side = false, properName = false, mixedCase = false, dashed = false;
        for (var k = first; k < end; k++)
        {
            if ((s.Flags[k] & TokenFlags.Label) != 0 || (k >= from && s.Sentence[k] != s.Sentence[from] && k + 1 < end)) return false;
            if ((s.Flags[k] & TokenFlags.Number) != 0)
            {
                if ((s.Flags[k] & (TokenFlags.DateOrTime | TokenFlags.LikelyDate)) == 0) return false;
                dated |= (s.Flags[k] & TokenFlags.AfterDash) != 0 && k + 1 == end;
                continue;
            }
            var word = s.Token(k);
            // A name's words are capitalised ("Tidewater Balance & Vestibular"): a sentence or a clinician's heading in lower
            // case ("Pt arrived at clinic with …", "Cerebellar ataxia — 03/04") states the patient's problem.
            var capital = (s.Flags[k] & (TokenFlags.TitleCase | TokenFlags.AllCaps)) != 0;
            // (The name before the dash: the site after it is written as places are.)
            dashed |= (s.Flags[k] & TokenFlags.AfterDash) != 0;
            mixedCase |= !dashed && (s.Flags[k] & TokenFlags.TitleCase) != 0;
            // ("CRESCENT CHILDREN'S HOSPITAL": the possessive's "s" is a word of its own.)
            if (!capital && word is not ("and" or "of" or "the" or "at" or "for" or "in" or "on" or "de" or "&") && !(word is "s" && k > first)) return false;
            named |= word is "center" or "centre" or "clinic" or "institute" or "associates" or "rehab" or "rehabilitation" or "therapy" or "llc" or "inc" or "pllc";
            side |= word is "r" or "l" or "b" or "right" or "left" or "bilateral" or "bilat" or "b/l" or "rt" or "lt";
            // ... and one of them is a name: a word the vocabulary does not know, nor a heading's.
            properName |= capital && s.MatchAt[k] < 0 && word.Length > 2 && word is not ("daily" or "note" or "notes" or "visit" or "treatment" or "progress"
                or "session" or "physical" or "occupational" or "outpatient" or "department" or "dept" or "hospital" or "health" or "medical" or "services"
                or "flowsheet" or "report" or "center" or "centre" or "clinic" or "institute" or "associates" or "rehab" or "rehabilitation" or "therapy"
                or "llc" or "inc" or "pllc" or "and" or "the" or "for");
        }
        // ... or a spaced dash and the site's name after it, the clinic's own name of two words or more the vocabulary does
        // not know before it ("FRONT RANGE NEURO & VESTIBULAR — Westminster"; not "Cerebellar Ataxia — Smith", "Vestibular
        // Hypofunction — Dr. Patel", a problem and a person).
        var sited = false;
        for (var k = Math.Max(first + 2, end - 3); k < end && !sited; k++)
            sited = (s.Flags[k] & TokenFlags.AfterDash) != 0 && AllNameWords(s, k, end) && UnknownNameWords(s, first, k) >= 2;
        // (A one-line note's title is its letterhead in capitals: "Vertigo Visit Okafor Nwosu — Riverside Clinic." names a patient.)
        return properName && !side && (firstSentence ? sited && !mixedCase : sited || named || dated);
    }

    // Where a title opening at 'first' starts its sentence: "ST. MARY'S REHAB — Balance & Vestibular Center", "Mt. Carmel
    // Outpatient Therapy" — the full stop of a saint's, a mount's or a fort's abbreviation opening the line does not end the title.
    private static int TitleStart(NoteScratch s, int first) =>
        first + 2 < s.Count && s.Line[first + 2] == s.Line[first] && s.Token(first) is "st" or "mt" or "ft"
        && (s.Flags[first] & (TokenFlags.TitleCase | TokenFlags.AllCaps)) != 0 && s.Sentence[first + 1] != s.Sentence[first] ? first + 1 : first;

    private static int UnknownNameWords(NoteScratch s, int from, int end)
    {
        var n = 0;
        for (var k = from; k < end; k++)
            if ((s.Flags[k] & (TokenFlags.TitleCase | TokenFlags.AllCaps)) != 0 && s.MatchAt[k] < 0 && s.Token(k).Length > 2
                && s.Token(k) is not ("impairment" or "impaired" or "deficit" or "deficits" or "instability" or "dysfunction" or "poor" or "post-stroke" or "and" or "the"))
                n++;
        return n;
    }

    // Tokens from..end are capitalised words the vocabulary does not know: a place's or a person's name.
    private static bool AllNameWords(NoteScratch s, int from, int end)
    {
        for (var k = from; k < end; k++)
            if ((s.Flags[k] & (TokenFlags.TitleCase | TokenFlags.AllCaps)) == 0 || s.MatchAt[k] >= 0 || (s.Flags[k] & TokenFlags.Number) != 0) return false;
        return true;
    }

    // A row below the heading line has "y", "yes" or "x" alone in the cell under match m's column.
    private static bool AnsweredBelow(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var lineFirst = s.LineStartOf(start);
        var column = s.Cell[start] - s.Cell[lineFirst];
        var t = start + s.MatchLength[m];
        while (t < s.Count && s.Line[t] == s.Line[start]) t++;
        var headingCells = s.Cell[t - 1] - s.Cell[lineFirst];
        for (var rows = 0; t < s.Count && rows < 12; rows++)
        {
            var rowFirst = t;
            var line = s.Line[t];
            var rowEnd = t;
            while (rowEnd < s.Count && s.Line[rowEnd] == line) rowEnd++;
            // A row of the grid has the heading's columns ("Precautions   N   Y" under a 6-column scale is not one).
            if (s.Cell[rowEnd - 1] - s.Cell[rowFirst] != headingCells) { t = rowEnd; continue; }
            for (; t < rowEnd; t++)
                if (s.Cell[t] - s.Cell[rowFirst] == column && s.Token(t) is "y" or "yes" or "x"
                    && (t + 1 >= rowEnd || s.Cell[t + 1] != s.Cell[t])) return true;
        }
        return false;
    }

    // Two levels next to each other on a line, in cells of their own or as options of a spaced slash list ("SBA / CGA / Min A").
    private bool SideBySide(NoteScratch s, int a, int b) =>
        IsAssistance(s, a) && IsAssistance(s, b) && s.MatchStart[a] + s.MatchLength[a] == s.MatchStart[b]
        && s.Line[s.MatchStart[a]] == s.Line[s.MatchStart[b]]
        && (s.Cell[s.MatchStart[a]] != s.Cell[s.MatchStart[b]] || (s.Flags[s.MatchStart[b]] & TokenFlags.AfterSpacedSlash) != 0);

    private bool IsNotOneOnOne(Phrase phrase)
    {
        foreach (var target in phrase.Targets)
            if (target.Kind == PhraseKind.Term && _isNotOneOnOne[target.Id]) return true;
        return false;
    }

    private bool IsAssistance(NoteScratch s, int m)
    {
        foreach (var target in s.MatchPhrase[m].Targets)
            if (target.Kind == PhraseKind.Term && _isAssistance[target.Id]) return true;
        return false;
    }

    // Sorted ids without duplicates, leaving out those in the sorted 'except' list. Counted first so
    // that the result is the only allocation.
    private static int[] Distinct(List<int> sorted, List<int>? except)
    {
        if (sorted.Count == 0) return [];
        var ids = CollectionsMarshal.AsSpan(sorted);
        var count = 0;
        for (var i = 0; i < ids.Length; i++)
            if (Keeps(ids, i, except)) count++;
        if (count == 0) return [];
        var result = new int[count];
        count = 0;
        for (var i = 0; i < ids.Length; i++)
            if (Keeps(ids, i, except)) result[count++] = ids[i];
        return result;
    }

    private static bool Keeps(ReadOnlySpan<int> sorted, int i, List<int>? except) =>
        (i == 0 || sorted[i] != sorted[i - 1]) && (except is null || except.BinarySearch(sorted[i]) < 0);
}
