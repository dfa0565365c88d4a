namespace ClaimAudit.Core.Documentation;

/// <summary>
/// One-on-one as a reviewer reads it (issue 18, from the one-on-one phrase battery): a one-on-one
/// phrase counts only when it says how this session was attended — not when it is asked, planned,
/// required by a payer, about another day or another person, or a ratio or an assistance level
/// ("1:1 assist", "tempo 1:1"); and the session's attendance is stated in plain words a vocabulary
/// cannot list ("nobody else was being treated", "I treated only this patient", "PT solely
/// attending this pt", "sole pt in the gym", "PT + Veteran only in the lab", "one child, one
/// therapist", "not double-booked"). The analyzer finds the phrases; these readings decide what they say.
/// </summary>
internal static class SessionAttendance
{
    /// <summary>Whether the one-on-one phrase of match m is not about this session's attendance.</summary>
    public static bool NotAboutThisSession(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var sentence = s.Sentence[start];
        var from = start;
        while (from > 0 && s.Sentence[from - 1] == sentence) from--;
        var to = end;
        while (to < s.Count && s.Sentence[to] == sentence) to++;

        // "goal L:R step-length ratio 1:1": a ratio of the body's, not of clinicians to patients.
        if (s.Token(start) is "1:1" && start > 0 && s.Clause[start - 1] == s.Clause[start] && s.Token(start - 1) is "ratio" or "symmetry" or "l:r" or "r:l") return true;
        if (s.Token(start) is "ratio" && start > 0 && s.Clause[start - 1] == s.Clause[start]
            && s.Token(start - 1) is "length" or "step" or "stride" or "swing" or "stance" or "time" or "bearing" or "symmetry" or "l" or "r") return true;

        // "MEDICAL NECESSITY FOR ONE-ON-ONE: … cannot safely be done in a group": why it should be, not that it was.
        if (start >= 2 && s.Token(start - 1) is "for" && s.Token(start - 2) is "necessity" or "need" or "justification"
            && s.Clause[start - 2] == s.Clause[start]) return true;

        // "As on Thursday, when I had worked with her one-on-one, we did …": a clause of "when … had" speaks of that other time.
        for (var k = start - 1; k > from && s.Clause[k] == s.Clause[start]; k--)
            if (s.Token(k) is "had" && s.Clause[k - 1] == s.Clause[start] && s.Token(k - 1) is "when" or "i" && (s.Token(k - 1) is "when" || (k > 1 && s.Token(k - 2) is "when"))) return true;

        // ("Pt alone w/ PT aide …? Y": the aide's, not the therapist's — asked or said.)
        if (end < s.Count && s.Clause[end] == s.Clause[start] && s.Token(end) is "aide" or "tech" or "technician" or "student" or "volunteer" && s.Token(end - 1) is "pt" or "therapist") return true;

        // Asked and left unanswered: "Was 97112 provided 1:1?", "Individual tx?" — no answer after the question on its
        // line. An answer ("1:1? Y", "¿Sesión individual? Sí [x] No [ ]") is read as answers are (a "No" negates the
        // phrase before this is asked).
        for (var k = start; k < to; k++)
            if ((s.Flags[k] & TokenFlags.Question) != 0)
            {
                // ("Q: Was the patient seen one-on-one? A: Yes — …": the answer after its label.)
                // ("Q: Was the session one-on-one?" over "A: Yes, the therapist worked only with him": the answer's label opening the next
                // line, the question ending its own.)
                var a = k + 1 < s.Count && (s.Line[k + 1] == s.Line[k] || (s.Line[k + 1] == s.Line[k] + 1 && k + 1 == s.LineStartOf(k + 1)))
                    && s.Token(k + 1) is "a" or "ans" or "answer" && (s.Flags[k + 1] & TokenFlags.Label) != 0 ? k + 1 : k;
                // ("Was it just you and me the whole time? (required): Yes": an online form's marker in parentheses after the question —
                // not "(Y)", an answer circled, nor "(yes/no)", the options.)
                if (a == k) a = AfterFormMarker(s, k);
                // "► One-on-one? (Y/N, explain):" with "Y — just me and her" on the next line: a form's question answered below it.
                return !AnsweredYesAfterOptions(s, k) && !(a + 1 < s.Count && s.Line[a + 1] == s.Line[a] && (s.Flags[a + 1] & TokenFlags.Unticked) == 0
                    && s.Token(a + 1) is "y" or "yes" or "si" or "sí" or "x" or "checked" or "true" or [NoteTokenizer.CheckedBox]
                    // "1:1? Yes/No", "1:1? (yes/no)": the options, not an answer — unless one is marked after them ("Y  N  [Y circled]").
                    && !(a + 2 < s.Count && s.Line[a + 2] == s.Line[a] && s.Token(a + 2) is "no" or "n" && (s.Flags[a + 1] & TokenFlags.TickedAnswer) == 0 && !MarkedLaterOnLine(s, a + 3)
                        // ("1:1 w/ PTA?   Y ✓   N __": the tick marks the Y.)
                        && (s.Flags[a + 1] & TokenFlags.TickAfter) == 0));
            }

        // A smart phrase's options left unchosen: "One-on-one with PT for all timed minutes: Yes / No ***" — "Yes / No" alone ending the line
        // after the field's label (not "1:1: Yes", "1:1 — yes. No concerns").
        for (var k = end - 1; k + 2 < s.Count && s.Line[k + 1] == s.Line[start] && k < end + 8; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0 && s.Token(k + 1) is "yes" or "y" && s.Token(k + 2) is "no" or "n"
                && s.Sentence[k + 2] == s.Sentence[k + 1] && (s.Flags[k + 2] & TokenFlags.AfterSpacedSlash) != 0
                && (k + 3 >= s.Count || s.Line[k + 3] != s.Line[start])
                // (Not "(Y) / N": the Y circled.)
                && !((s.Flags[k + 1] & TokenFlags.AfterParen) != 0 && (s.Flags[k + 1] & TokenFlags.ClosesParen) != 0 && (s.Flags[k + 2] & TokenFlags.AfterParen) == 0))
                return true;

        // "One-on-one for the timed code:  Y / (N)": the N circled — said not to be.
        for (var k = end - 1; k + 2 < s.Count && s.Line[k + 1] == s.Line[start] && k < end + 8; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0 && s.Token(k + 1) is "y" && s.Token(k + 2) is "n" && s.Line[k + 2] == s.Line[start]
                && (s.Flags[k + 1] & (TokenFlags.AfterParen | TokenFlags.ClosesParen)) == 0
                && (s.Flags[k + 2] & TokenFlags.AfterParen) != 0 && (s.Flags[k + 2] & TokenFlags.ClosesParen) != 0)
                return true;

        // A field left empty: "One-on-one:   (left blank)".
        if (end < s.Count && s.Line[end] == s.Line[start] && (s.Token(end) is "blank" || (s.Token(end) is "left" && end + 1 < s.Count && s.Token(end + 1) is "blank")))
            return true;

        // What the phrase is followed by: an assistance level, a ratio's unit, a modality's kind, a
        // statement that it was not needed, a home attendant ("1:1 assist for transfers", "1:1 step-to-beat", "wife provides
        // 1:1 attendant care at home",
        // "constant attendance modality", "constant attendance not required").
        if (end < s.Count && s.Clause[end] == s.Clause[start])
        {
            if (s.Token(end) is "assist" or "assistance" or "observation" or "sitter" or "modality") return true;
            if (s.Token(end) is "attendant" && end + 1 < s.Count && s.Token(end + 1) is "care") return true;
            // "1:1 step-to-beat": a ratio of steps to beats.
            for (var k = end; k < Math.Min(to, end + 3); k++)
                if (s.Token(k) is "beat" or "beats") return true;
            // "Face-to-face time 25 min", "Direct patient contact 23 min": how long, not with how many.
            if (IsContactPhrase(s, start, end) && (s.Token(end) is "time" || ((s.Flags[end] & TokenFlags.Number) != 0 && end + 1 < to && s.StartsOrIn(end + 1, PhraseKind.MinuteUnit)))) return true;
            for (var k = end; k < Math.Min(to - 1, end + 3); k++)
                if (s.Token(k) is "not" && s.Token(k + 1) is "required" or "needed" or "necessary") return true;
            // "direct contact with referring MD", "constant contact with case manager": contact with someone else
            // (not "Seen 1:1 with family present").
            if (IsContactPhrase(s, start, end) && s.Token(end) is "with" && end + 1 < to && OtherParty(s.Token(end + 1))) return true;
            if (IsContactPhrase(s, start, end) && s.Token(end) is "with" && end + 2 < to && s.Token(end + 1) is "the" or "referring" or "pt's" && OtherParty(s.Token(end + 2))) return true;
        }
        // A ratio of something else: "Eccentric:concentric tempo 1:1", "inhale:exhale 1:1".
        for (var k = Math.Max(from, start - 3); k < start; k++)
            if (s.Clause[k] == s.Clause[start] && s.Token(k) is "tempo" or "cadence" or "breathing" or "inhale" or "exhale" or "eccentric" or "concentric" or "beat" or "work:rest" or "work-rest") return true;
        // "Individual goals", "individual cues", "individual differences": the word in another sense.
        if (s.MatchLength[m] == 1 && s.Token(start) is "individual" or "individually" or "individualized" or "indiv"
            && end < s.Count && s.Clause[end] == s.Clause[start] && (s.Token(end) is "goals" or "goal" or "cues" or "cue" or "differences" or "difference"
                or "needs" or "instruction" or "hep" or "program" or "programme" or "education" or "feedback"
                // "ISP (Individual Support Plan)"; not "Format: Individual   Plan: NMR", where Plan is the next field.
                || (s.Token(end) is "support" or "plan" && (s.Flags[end] & TokenFlags.Label) == 0)))
            return true;
        // "Individual: J.R., 34 y/o man w/ Down syndrome", "Individual: Maria S.", "Individual: Mr. Lopez": a disability
        // programme's word for the person served, a name after it (initials, a first name and an initial, a title and a name;
        // not "Individual: Entire session", "Individual: PT only").
        if (s.MatchLength[m] == 1 && s.Token(start) is "individual" && (s.Flags[start] & TokenFlags.Label) != 0 && end + 1 < s.Count && s.Line[end + 1] == s.Line[start]
            && NamesAPerson(s, end))
            return true;
        // "Pts in group received individual attention": attention within a group.
        if (s.MatchLength[m] == 1 && s.Token(start) is "individual" && end < s.Count && s.Token(end) is "attention")
            for (var k = from; k < to; k++)
                if (s.Token(k) is "group" or "pts" or "patients" or "each") return true;

        // The clause speaks of another day, a plan, a request or a payer's rule, or of another person's 1:1
        // ("NMR 20 min, 1:1: gaze stabilization … (s/p CRM last visit)" is still today's 1:1). Most of these
        // words say so only before the phrase: after it they are the session's reasons and company ("treated
        // 1:1 at pt request", "seen 1:1 as pt requires constant CGA", "NMR 1:1 with caregiver present").
        var clause = s.Clause[start];
        for (var k = from; k < to; k++)
        {
            if ((k >= start && k < end) || s.Clause[k] != clause) continue;
            var w = s.Token(k);
            var before = k < start;
            var near = before ? start - k <= 3 : k - end < 4;
            if (w is "policy" or "auth" or "authorized" or "authorised" or "authorization" or "authorisation" or "covers") return true;
            if (before && w is "recommend" or "recommended" or "recommends" or "recommendation" or "request" or "requests" or "requested"
                or "requires" or "require" or "must" or "whether" or "asked" or "ask" or "caregiver" or "sitter" or "nursing" or "pilates"
                or "trainer" or "if")
                return true;
            // "Billing note: only 1:1 time is billable"; "Future visits to be one on one".
            if (w is "billable" && k > 0 && s.Token(k - 1) is "is" or "are") return true;
            if (w is "future" && k + 1 < to && s.Token(k + 1) is "visits" or "sessions" or "session" or "visit" or "tx" or "appointments" or "appts") return true;
            // Another day, said by the phrase ("Previously seen one-on-one", "seen 1:1 by OT earlier today",
            // "seen individually last week") — not a measure's comparison ("6 m (3 m last wk)", "same as last
            // visit") nor what the session followed ("seen 1:1 after fall yesterday").
            var compared = k > 0 && s.Token(k - 1) is "as" or "than" or "since" or "from" or "vs" or "after" or "fall";
            if (near && !compared && w is "previously" or "earlier" or "yesterday") return true;
            if (near && !compared && w is "last" && k + 1 < to && s.Token(k + 1) is "week" or "wk" or "visit" or "session" or "month" or "time" or "appt" or "appointment") return true;
            if (w is "outside" && k + 1 < to && s.Token(k + 1) is "clinic" or "facility" or "practice" or "provider" or "therapy" or "pt" or "hospital") return true;
            if (w is "scheduled" && k + 1 < to && s.Token(k + 1) is "for") return true;
            // ("NMR 1:1 prior to the 0830 Parkinson's group": before a class, the class's time, not this session's.)
            if (w is "prior" && k + 1 < to && s.Token(k + 1) is "to" && k + 2 < to && s.Token(k + 2) is "this" or "the" && !ClassSoonAfter(s, k + 3, to)) return true;
            // Just before the phrase: "Plan: continue 1:1 NMR", "Goal: … without need for 1:1 guarding", "Will schedule
            // pt for 1:1 NMR", "Rehab tech 1:1 with pt", "NMR must be 1:1", "Pt needs 1:1" (not "Per plan of care pt
            // seen 1:1", "Toward pt's goal of returning to golf NMR provided 1:1", "Aide set up mat and PT treated pt 1:1").
            if (before && near && w is "tech" or "technician" or "aide" or "volunteer" or "nurse") return true;
            // "Will schedule pt for 1:1 NMR" — not "Pt would lose balance without CGA, so treated 1:1".
            // (A correction's "should read [X] 1:1" says what the record says, not a plan.)
            if (before && start - k <= 5 && w is "will" or "would" or "should" && !ReasonBetween(s, k, start) && !(w is "should" && k + 1 < to && s.Token(k + 1) is "read")) return true;
            // "Pt attends private 1:1 Pilates on weekends": outside the clinic's week.
            if (w is "weekend" or "weekends") return true;
            if (before && w is "plan" or "plans" or "planned" && !(k + 1 < to && s.Token(k + 1) is "of")) return true;
            if (before && w is "goal" or "goals" && ((s.Flags[k] & TokenFlags.Label) != 0 || near)) return true;
            if (before && start - k <= 2 && w is "needs" or "need" or "continue") return true;
        }
        return false;
    }

    private static bool ClassSoonAfter(NoteScratch s, int from, int to)
    {
        for (var k = from; k < Math.Min(to, from + 4); k++)
            if (s.Token(k) is "class" or "group") return true;
        return false;
    }

    // The rest of a question's line only its options or an instruction ("(Y/N, explain):") and perhaps a yes after them, or
    // the next line opens with a yes ("Y — just me and her", "A: Yes, …") that is not itself a pair of options ("Y / N").
    private static bool AnsweredYesAfterOptions(NoteScratch s, int question)
    {
        // Only a question of how the session was attended ("One-on-one?", "Pt seen individually for the billed time?"), not
        // "Needs 1:1 for safety?", "Requires 1:1 assist …?", "appropriate for group instead of 1:1?".
        // (The question's own line: "[9:35 AM] Josh Pelto:" above a quoted "> 1:1?" is no part of it.)
        for (var k = Math.Max(s.SentenceStartOf(question), s.LineStartOf(question)); k <= question; k++)
            if (!AttendanceQuestionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k))) return false;
        var j = question + 1;
        var closed = false;
        for (; j < Math.Min(s.Count, question + 12) && s.Line[j] == s.Line[question]; j++)
        {
            // "► One-on-one? (Y/N, explain):   ▼ Y    explain:": a yes in a cell of its own after the options' colon answers on the line.
            if (closed && s.Token(j) is "y" or "yes" && s.Cell[j] != s.Cell[j - 1] && (s.Flags[j] & TokenFlags.Unticked) == 0)
                return PlainYes(s, j);
            // "Pt seen one on one? (Y/N): Y", "… (Y/N) - Y": a yes right after the options' colon, or after their bracket ending the line.
            if (s.Token(j) is "y" or "yes" && (s.Flags[j] & TokenFlags.Unticked) == 0 && j > question + 1
                && ((s.Flags[j - 1] & TokenFlags.Label) != 0
                    || ((s.Flags[j - 1] & TokenFlags.ClosesParen) != 0 && ((s.Flags[j] & TokenFlags.AfterDash) != 0 || j + 1 >= s.Count || s.Line[j + 1] != s.Line[j])))
                && s.Token(j - 1) is "n" or "no")
                return PlainYes(s, j);
            if (s.Token(j) is not ("y" or "n" or "yes" or "no" or "explain" or "describe" or "comment" or "if" or "so" or "and" or "or")) return false;
            closed |= (s.Flags[j] & TokenFlags.Label) != 0;
        }
        if (j < s.Count && s.Token(j) is "a" && (s.Flags[j] & TokenFlags.Label) != 0) j++;
        if (j >= s.Count || s.Line[j] != s.Line[question] + 1 || (s.Flags[j] & TokenFlags.Unticked) != 0 || s.Token(j) is not ("y" or "yes")) return false;
        return PlainYes(s, j);
    }

    private static readonly HashSet<string> AttendanceQuestionWords = new(StringComparer.Ordinal)
    {
        "one", "on", "1:1", "1", "individual", "individually", "constant", "attendance", "direct", "was", "were", "is", "the", "this", "pt",
        "patient", "client", "treated", "seen", "visit", "session", "tx", "treatment", "for", "whole", "entire", "full", "all", "billed",
        "time", "timed", "minutes", "provided", "delivered", "today", "q", "nmr", "97112", "service", "services", "care",
    };

    // The yes and what follows it on its line only say who was there and where, in plain words ("Y — just me and her in the
    // back room", "Yes — the only patient on my schedule that hour"): any other word may be an exception ("Yes, mostly", "Yes,
    // aside from when I stepped out", "Y — till Mr. Oakes arrived"). A yes alone on its line is plain only where the next line
    // is another field, not an explanation ("Explain: split time w/ my 2nd pt …", "Mrs. Ono did her VOR set at the same time").
    private static bool PlainYes(NoteScratch s, int yes)
    {
        var k = yes + 1;
        var words = 0;
        for (; k < Math.Min(s.Count, yes + 30) && s.Line[k] == s.Line[yes]; k++)
        {
            // ("yes, just him the whole NMR block. Foam stance …": the yes's sentence says it all; what follows is the note.)
            if (s.Sentence[k] != s.Sentence[yes]) return (words > 0 || s.Sentence[yes] != s.Sentence[yes - 1]) && !OthersLaterOnLine(s, k, yes + 30);
            var w = s.Token(k);
            if ((s.Flags[k] & TokenFlags.Label) != 0 && w is "explain" or "explanation" or "comment" or "comments") continue;
            if (w is "no" && k + 1 < s.Count && s.Token(k + 1) is "one") continue;
            if (!PlainAttendanceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return false;
            words++;
        }
        if (k < s.Count && s.Line[k] == s.Line[yes]) return false;
        if (k >= s.Count) return true;
        // The next line opens another field (a word or two and its colon), not an explanation of the yes.
        for (var f = k; f < Math.Min(s.Count, k + 4) && s.Line[f] == s.Line[k]; f++)
            if ((s.Flags[f] & TokenFlags.Label) != 0) return s.Token(f) is not ("explain" or "explanation" or "comment" or "comments" or "note" or "notes" or "details" or "reason");
        // ("1:1? Y / N: Y" / "Rocker board A/P with eyes closed, …": the note goes on with what was done, no one else and no other mode
        // in its next line.)
        return words > 0 || (!AsksToExplain(s, yes) && !OthersLaterOnLine(s, k, k + 30) && !SomeoneOnLine(s, k, k + 30));
    }

    // From k to its line's end (or limit): a person besides the writer and the patient, or someone else's doing ("Her husband did his
    // exercises next to her", "aide ran the bike portion", "pt did bike independently", "RNs Harris and Lee in room").
    private static bool SomeoneOnLine(NoteScratch s, int k, int limit)
    {
        for (var j = k; j < Math.Min(s.Count, limit) && s.Line[j] == s.Line[k]; j++)
            if (IsFamilyWord(s.Token(j)) || OthersAtWork.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(j))) return true;
        return false;
    }

    private static readonly HashSet<string> OthersAtWork = new(StringComparer.Ordinal)
    {
        "aide", "aides", "tech", "techs", "rn", "rns", "nurse", "nurses", "student", "students", "spt", "roommate", "friend", "neighbor",
        "neighbour", "independently", "independent", "indep", "his", "their", "next", "beside", "alongside", "station", "also", "too",
        "treated", "worked", "did", "ran", "took", "dad", "mom", "father", "mother", "sister", "brother",
    };

    // The question before the yes, on its line or the line above, asks for an explanation ("(Y/N, explain):"): a bare yes leaves it unanswered.
    private static bool AsksToExplain(NoteScratch s, int yes)
    {
        for (var k = yes - 1; k >= Math.Max(0, yes - 16) && s.Line[k] >= s.Line[yes] - 1; k--)
            if (s.Token(k) is "explain" or "describe" or "comment" or "comments" or "specify") return true;
        return false;
    }

    // From k to the line's end (or limit): another patient or a mode that is not one-on-one ("Yes. Mrs. Ono did her VOR set at the
    // same time.").
    private static bool OthersLaterOnLine(NoteScratch s, int k, int limit)
    {
        for (var j = k; j < Math.Min(s.Count, limit) && s.Line[j] == s.Line[k]; j++)
            if (IsOthers(s, j) || IsTitledName(s, j) || ModeException.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(j)) || s.Token(j) is "same") return true;
        return false;
    }

    private static readonly HashSet<string> ModeException = new(StringComparer.Ordinal)
    {
        "group", "groups", "concurrent", "concurrently", "class", "pts", "patients", "not", "then", "except", "but", "excluding", "bar",
        "save", "besides", "alongside", "until", "till", "mostly", "partially", "intermittently", "briefly", "supervised", "within", "hold",
        "planned", "moved", "arrived", "late", "joined", "other", "others", "second", "nd", "split", "shared", "sharing", "last", "first",
        "possible", "addendum", "also", "while", "circuit", "co", "cotreat", "semi", "dyad", "paired", "pair", "together",
    };

    private static readonly HashSet<string> PlainAttendanceWords = new(StringComparer.Ordinal)
    {
        "just", "only", "me", "and", "her", "him", "them", "i", "pt", "patient", "client", "the", "this", "in", "at", "on", "my", "our",
        "back", "room", "gym", "clinic", "whole", "entire", "full", "time", "session", "block", "visit", "tx", "treatment", "all", "of",
        "it", "one", "schedule", "that", "hour", "with", "w", "nobody", "else", "alone", "two", "us", "throughout", "start", "finish",
        "to", "bay", "mat", "lab", "area", "private", "quiet", "by", "herself", "himself", "pta", "ot", "therapist", "was", "were",
        "seen", "treated", "individually", "individual", "1:1", "vestibular", "balance", "small", "side", "family", "present",
        "watching", "daughter", "son", "wife", "husband", "caregiver", "sat", "observed", "nmr", "97112",
    };

    /// <summary>
    /// A mode named among the options a form's question offers ("Delivery — individual, concurrent or group? (If
    /// individual, say so.)"): asked, not stated. Not where the question is answered yes on its line ("Group today? Y").
    /// </summary>
    public static bool AskedAmongOptions(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var question = -1;
        for (var k = end - 1; k < s.Count && s.Sentence[k] == s.Sentence[start] && s.Line[k] == s.Line[start] && k < end + 3; k++)
            if ((s.Flags[k] & TokenFlags.Question) != 0) { question = k; break; }
        if (question < 0) return false;
        // Options: the individual mode among them ("individual, concurrent or group?"), not one mode asked ("Concurrent? ☑").
        var individual = false;
        for (var k = s.SentenceStartOf(question); k <= question; k++) individual |= s.Token(k) is "individual" or "individually" or "1:1";
        if (!individual) return false;
        // Nothing after it on its line but an instruction in brackets ("(If individual, say so.)"): "… group? group for last 5
        // min" is answered there.
        var next = question + 1;
        if (next < s.Count && s.Line[next] == s.Line[question])
        {
            if ((s.Flags[next] & TokenFlags.AfterParen) == 0) return false;
            while (next < s.Count && s.Line[next] == s.Line[question] && (s.Flags[next] & TokenFlags.ClosesParen) == 0) next++;
            // (A bracket closed after a full stop, "say so.)", leaves no flag: the line's end closes it.)
            if (next < s.Count && s.Line[next] == s.Line[question]) next++;
            if (next < s.Count && s.Line[next] == s.Line[question]) return false;
        }
        // Answered on the next line with the individual mode ("A: Individual — …", "[X] Individual (1:1)  [ ] Group"): asked, not
        // stated. ("Group, last 5 min." answers with the group.)
        if (next < s.Count && s.Token(next) is "a" && (s.Flags[next] & TokenFlags.Label) != 0) next++;
        if (next < s.Count && s.Token(next) is [NoteTokenizer.CheckedBox]) next++;
        if (next >= s.Count || s.Token(next) is not ("individual" or "individually" or "1:1" or "one")) return false;
        // The answer's sentence names no exception, other mode or other patients ("Individual — me and him only", "[X] Individual
        // (1:1)  [ ] Concurrent  [ ] Group"; not "Individually supervised within the Tuesday balance group", "1:1 not possible
        // today — 3 pts", "Individual, then moved to the vestibular group"), nor does the line after it ("Group for last 8 min").
        var answerLine = s.Line[next];
        for (var k = next + 1; k < Math.Min(s.Count, next + 40) && (s.Sentence[k] == s.Sentence[next] || s.Line[k] == answerLine + 1); k++)
            if ((s.Flags[k] & TokenFlags.Unticked) == 0 && (ModeException.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k))
                || (s.Token(k) is "mr" or "mrs" or "ms" or "miss" && s.Line[k] != answerLine))) return false;
        return true;
    }

    private static bool MarkedLaterOnLine(NoteScratch s, int k)
    {
        for (var p = k; p < s.Count && s.Line[p] == s.Line[k - 1]; p++)
            if (s.Token(p) is "circled" or "marked" or "selected" or "ticked") return true;
        return false;
    }

    private static bool ReasonBetween(NoteScratch s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (s.Token(k) is "so" or "therefore" or "thus" or "and" or "hence") return true;
        return false;
    }

    // "direct contact", "direct patient contact", "face-to-face": contact words, not "direct one-on-one".
    private static bool IsContactPhrase(NoteScratch s, int start, int end)
    {
        if (!(s.Token(start) is "face-to-face" or "face" or "direct" || (s.Token(start) is "constant" && end - start == 2 && s.Token(start + 1) is "contact"))) return false;
        for (var k = start; k < end; k++)
            if (s.Token(k) is "one-on-one" or "one" or "1:1" or "1-on-1" or "individual") return false;
        return true;
    }

    private static bool OtherParty(ReadOnlySpan<char> word) =>
        word is "md" or "dr" or "physician" or "doctor" or "surgeon" or "case" or "cm" or "nurse" or "insurance" or "insurer" or "family"
            or "caregiver" or "pcp" or "np" or "office" or "school" or "teacher" or "employer" or "adjuster";

    /// <summary>
    /// The session's attendance stated in plain words: another patient denied ("nobody else was being
    /// treated", "did not treat anyone else", "no simultaneous patients", "not splitting time with
    /// another pt") or this patient the only one attended ("worked exclusively with this patient", "PT
    /// solely attending this pt", "I treated only this patient", "attending to pt only", "the only one
    /// I saw in that window").
    /// </summary>
    public static bool StatesExclusiveAttention(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (DeniesAnotherPatient(s, t) || AttendsThisPatientOnly(s, t) || WithThePatientAlone(s, t)) return true;
        }
        return false;
    }

    /// <summary>
    /// A session-type field with a private or one-to-one option ticked: "Session: ☑ Private ☐ Duet ☐ Group",
    /// "Session type: 1-2-1 ☑ Class ☐ Telephone ☐" — a studio's or a UK template's words for one-on-one
    /// that alone say nothing of the session ("private pay", "1-2-1 tempo").
    /// </summary>
    public static bool TicksAPrivateSession(NoteScratch s)
    {
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Token(t) is not ("private" or "1-2-1") || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            var boxBefore = IsTickedBox(s, t - 1) && s.Line[t - 1] == s.Line[t];
            var boxAfter = t + 1 < s.Count && IsTickedBox(s, t + 1) && s.Line[t + 1] == s.Line[t];
            if (!boxBefore && !boxAfter) continue;
            if (OnSessionTypeLine(s, t)) return true;
        }
        return false;
    }

    private static bool IsTickedBox(NoteScratch s, int t) => s.Token(t) is "☒" or "x";

    /// <summary>
    /// A coded field whose legend follows its value on the line: "staffing_ratio: 1    [1 = one therapist : one
    /// participant | 2 = one therapist : two | 3 = group]" — the value's own meaning states one-on-one.
    /// </summary>
    public static bool ChoosesOneEachInLegend(NoteScratch s)
    {
        for (var t = 1; t + 2 < s.Count; t++)
        {
            if ((s.Flags[t] & TokenFlags.Integer) == 0 || (s.Flags[t - 1] & TokenFlags.Label) == 0 || s.Line[t - 1] != s.Line[t]
                || s.Token(t - 1) is not ("ratio" or "staffing" or "mode" or "attendance" or "delivery" or "format" or "type")) continue;
            for (var j = t + 1; j + 1 < s.Count && s.Line[j] == s.Line[t]; j++)
            {
                if (!s.Token(j).SequenceEqual(s.Token(t))) continue;
                // The legend's words for the value, up to the next code or cell.
                var end = j + 1;
                while (end < s.Count && s.Line[end] == s.Line[t] && s.Cell[end] == s.Cell[j + 1] && (s.Flags[end] & TokenFlags.Integer) == 0) end++;
                return SaysOneEach(s, j + 1, end);
            }
        }
        return false;
    }

    // "one therapist : one participant", "individual", "1:1" within [from, to).
    private static bool SaysOneEach(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Token(k) is "individual" or "1:1" or "one-on-one") return true;
            if (k + 3 < to && s.Token(k) is "one" && s.Token(k + 2) is "one" && IsOnePersonEach(PersonOf(s.Token(k + 1)), PersonOf(s.Token(k + 3)))) return true;
        }
        return false;
    }

    /// <summary>
    /// A ratio row with a shared ratio ticked: "Therapist : patient ratio   [ ] 1:1   [X] 1:2   [ ] 1:3+" — two or
    /// more patients to the therapist, not one-on-one.
    /// </summary>
    public static bool TicksASharedRatio(NoteScratch s)
    {
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Token(t) is not ("1:2" or "1:3" or "1:4" or "1:5") || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            // A box ticked as such ("[X] 1:2"): a lone x after a ratio is a count ("I:E ratio 1:2 x 10 breaths").
            if (!(s.Token(t - 1) is "☒" && s.Line[t - 1] == s.Line[t]) && !(t + 1 < s.Count && s.Token(t + 1) is "☒" && s.Line[t + 1] == s.Line[t])) continue;
            if (s.FirstOnLine(t, NoteScratch.LineTest.Ratio, static (s, k) => s.Token(k) is "ratio") < t) return true;
        }
        return false;
    }

    // The option's line opens with a session-type label ("Session:", "Session type", "Treatment type", "Tx
    // mode") and speaks of no payer or place: "Appointment type: ☒ Private ☐ NHS", "Treatment room: ☒ Private"
    // and "Session location: ☒ Private room" are who pays and where, not how many patients were treated.
    private static bool OnSessionTypeLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        var labelled = s.Token(first) is "session" && (s.Flags[first] & TokenFlags.Label) != 0
            || first + 1 < t && s.Token(first) is "session" or "treatment" or "tx" or "service" && s.Token(first + 1) is "type" or "mode" or "format"
                && (s.Flags[first + 1] & TokenFlags.Label) != 0;
        if (!labelled) return false;
        for (var k = first; k < s.Count && s.Line[k] == s.Line[t]; k++)
            if (s.Token(k) is "pay" or "self-pay" or "insurance" or "ins" or "payer" or "practice" or "nhs" or "medicare" or "medicaid" or "comp"
                or "room" or "area" or "bay" or "space" or "location" or "office" or "insured") return false;
        return true;
    }

    // t is the word that names the others ("else", "other", "another", "simultaneous", …), denied before it in its clause.
    private static bool DeniesAnotherPatient(NoteScratch s, int t)
    {
        var w = s.Token(t);
        bool others;
        if (w is "else") others = t > 0 && s.Token(t - 1) is "anyone" or "anybody" or "nobody" or "one" or "someone" or "no-one" or "soul";
        // ("odda": Hawaiian Pidgin's "other", "no odda patients".)
        else if (w is "other" or "another" or "simultaneous" or "additional" or "second" or "overlapping" or "odda")
            others = t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] && IsPatientWord(s.Token(t + 1));
        else return false;
        if (!others) return false;
        var denied = w is "else" && s.Token(t - 1) is "nobody" or "no-one" || (w is "else" && t > 1 && s.Token(t - 1) is "one" && s.Token(t - 2) is "no");
        // "other patient none", "Other pts in session: none": the others denied after them, as a field's value —
        // with only words of the session between ("Other pt concerns: none", "Other children: none" are not).
        if (w is not "else" && s.Token(t + 1) is "patient" or "patients" or "pt" or "pts" or "client" or "clients" or "resident" or "residents")
            for (var k = t + 2; k < Math.Min(s.Count, t + 6) && s.Sentence[k] == s.Sentence[t]; k++)
            {
                if (s.Token(k) is "none" or "nil" && (k == t + 2 || (s.Flags[k - 1] & TokenFlags.Label) != 0) && (k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[k]))
                    return AboutTheSession(s, t);
                if (s.Token(k) is not ("in" or "session" or "the" or "gym" or "seen" or "treated" or "present" or "today" or "during" or "scheduled" or "booked" or "room" or "clinic" or "this" or "slot")) break;
            }
        // The denial is of treating or seeing the others, with only such words between ("did not treat anyone else",
        // "neither of us had another pt booked") — not of what the patient did near them ("No LOB with another pt
        // walking past", "without bumping into other pts", "did not want to join other residents").
        for (var k = t - 1; !denied && k >= Math.Max(0, t - 6) && s.Clause[k] == s.Clause[t]; k--)
        {
            if (s.Token(k) is "no" or "not" or "never" or "nobody" or "neither" or "didn't" or "didnt" or "didn" or "wasn" or "weren" or "wasn't" or "weren't" or "nor" or "none" or "without")
                denied = true;
            else if (!BetweenDenialAndOthers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(k)) && !IsAttendingVerb(s.Token(k)) && !ClinicianWorks(s, k))
                return false;
        }
        return denied && SaysTheSession(s, t) && AboutTheSession(s, t) && !ExceptionFollows(s, t);
    }

    // "I did not work with anybody else outside the class", "… except checking on my 2nd pt on the bike": the denial has an exception.
    private static bool ExceptionFollows(NoteScratch s, int t)
    {
        for (var k = t + 1; k < Math.Min(s.Count, t + 12) && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "except" or "outside" or "besides" or "apart") return true;
        return false;
    }

    private static readonly HashSet<string> BetweenDenialAndOthers = new(StringComparer.Ordinal)
    {
        "was", "were", "being", "is", "are", "been", "any", "a", "an", "the", "one", "split", "splitting", "dividing", "divide", "share",
        "sharing", "time", "my", "his", "her", "our", "with", "had", "have", "has", "of", "us", "them", "i", "we", "to", "on", "pick", "up",
        "anyone", "anybody", "someone", "w", "t", "soul",
    };

    // "I did not work with anybody else": the clinician's work (not "Pt could not work with anyone else").
    private static bool ClinicianWorks(NoteScratch s, int k)
    {
        if (s.Token(k) is not "work") return false;
        for (var p = k - 1; p >= Math.Max(0, k - 3) && s.Clause[p] == s.Clause[k]; p--)
            if (s.Token(p) is "i" or "we") return true;
        return false;
    }

    // The clause says it was the session: treating, seeing or attending, a schedule or caseload, "during".
    private static bool SaysTheSession(NoteScratch s, int t)
    {
        var clause = s.Clause[t];
        var from = t;
        while (from > 0 && s.Clause[from - 1] == clause) from--;
        for (var k = from; k < s.Count && s.Clause[k] == clause; k++)
            if (IsAttendingVerb(s.Token(k)) || ClinicianWorks(s, k) || s.Token(k) is "booked" or "scheduled" or "schedule" or "sched" or "caseload" or "running" or "during"
                or "simultaneous" or "simultaneously" or "concurrent" or "concurrently" or "session" or "splitting" or "split" or "dividing"
                or "tx" or "treatment" or "gym" or "clinic" or "books" or "room" or "studio" or "billed" or "minute"
                // ("nobody else on my book for that hour", "on my list for the hour": the writer's schedule.)
                || (s.Token(k) is "book" or "list" && k > 1 && s.Token(k - 1) is "my" && s.Token(k - 2) is "on"))
                return true;
            // "with no one else in the building": where the session was, ending the clause (not "no one else in the building checks on her").
            else if (s.Token(k) is "building" && (k + 1 >= s.Count || s.Clause[k + 1] != clause || (s.Flags[k + 1] & TokenFlags.AfterParen) != 0)) return true;
        return false;
    }

    // t is "exclusively", "solely" or "only", with a verb of attending before and this patient by it.
    private static bool AttendsThisPatientOnly(NoteScratch s, int t)
    {
        var w = s.Token(t);
        if (w is not ("exclusively" or "solely" or "only")) return false;
        var clause = s.Clause[t];
        var verb = -1;
        for (var k = t - 1; k >= Math.Max(0, t - 5) && s.Clause[k] == clause; k--)
            if (IsAttendingVerb(s.Token(k))) { verb = k; break; }
        if (w is "only")
        {
            // "the only one I saw", "the only pt I treated": the verb after.
            if (verb < 0 && t + 1 < s.Count && s.Token(t + 1) is "one" or "pt" or "patient" or "client")
                for (var k = t + 2; k < Math.Min(s.Count, t + 5) && s.Clause[k] == clause; k++)
                {
                    if (s.Token(k) is "i" or "we" && k + 1 < s.Count && IsAttendingVerb(s.Token(k + 1))) return AboutTheSession(s, t);
                    // "he was the only one I was working with (in the gym)": the clause ends after "with" or says where, and nothing
                    // in the sentence speaks of other patients, another time or part of the session.
                    if (s.Token(k) is "i" && k + 3 < s.Count && s.Token(k + 1) is "was" && IsAttendingVerb(s.Token(k + 2)) && s.Token(k + 3) is "with"
                        && s.Clause[k + 3] == clause && SessionGoesOn(s, k + 4, clause) && PatientIsSubject(s, t) && !OthersInNote(s) && !NamesAnotherPerson(s, t, t, t)
                        && !SentenceSaysOtherwise(s, t) && !PartOfTheSessionOrAsked(s, t) && !NotTheWholeSession(s, t, s.Count) && !SpeaksOfHome(s, t)) return true;
                }
            if (verb < 0) return false;
            // "treated only this patient", "attending to pt only": the patient right by "only", after the verb.
            var after = t + 1;
            while (after < s.Count && s.Token(after) is "this" or "the" or "my") after++;
            // "Treated by PT only" says who treated, and "saw pt only once", "treated pt only in supine", "saw the
            // patient only briefly" say how much or how: after "pt only" the clause ends or names the session.
            var byOnly = (after < s.Count && s.Clause[after] == clause && IsPatientWord(s.Token(after)) && s.Token(after) is not ("one" or "anyone"))
                || (t - 1 > verb && IsPatientWord(s.Token(t - 1)) && s.Token(t - 2) is not "by" && SessionGoesOn(s, t + 1, clause));
            return byOnly && AboutTheSession(s, t);
        }
        // "worked exclusively with this patient", "attended to this patient exclusively", "PT solely attending this pt".
        if (verb < 0)
            for (var k = t + 1; k < Math.Min(s.Count, t + 3) && s.Clause[k] == clause; k++)
                if (IsAttendingVerb(s.Token(k))) { verb = k; break; }
        if (verb < 0) return false;
        // The patient as the object: "with this patient", "to him", "attending this pt" — not "on pt's standing
        // balance" or "in sitting as pt c/o dizziness".
        for (var k = Math.Max(0, t - 5); k < Math.Min(s.Count, t + 5); k++)
            if (s.Clause[k] == clause && k != t && k > verb - 1 && (IsPronounObject(s, k) || (IsPatientWord(s.Token(k)) && k > 0
                && (s.Token(k - 1) is "with" or "to" or "this" or "the" || IsAttendingVerb(s.Token(k - 1))))))
                return AboutTheSession(s, t);
        return false;
    }

    // t is "only" or "alone" after "with her", "with Leo", "for this patient", a clinician named before it in
    // its clause: "PT in the water with her only", "PT hands-on with Leo alone", "one therapist for this patient only".
    private static bool WithThePatientAlone(NoteScratch s, int t)
    {
        if (AloneWithThePatient(s, t)) return true;
        if (s.Token(t) is not ("only" or "alone") || t < 2) return false;
        var who = t - 1;
        var by = who - 1;
        if (s.Token(by) is "this" or "the" or "my" && by > 0) by--;
        if (s.Token(by) is not ("with" or "for") || s.Clause[by] != s.Clause[t]) return false;
        var w = s.Token(who);
        // "Pt with PT only for transfers": "pt" alone after "with" is as often the clinician, and "for transfers" says what for.
        if (w is "pt" && who == by + 1) return false;
        if (!SessionGoesOn(s, t + 1, s.Clause[t])) return false;
        var isPatient = w is "her" or "him" or "them" || (IsPatientWord(w) && w is not ("one" or "anyone" or "people" or "pts" or "patients"))
            || ((s.Flags[who] & TokenFlags.TitleCase) != 0 && s.MatchAt[who] < 0);
        if (!isPatient) return false;
        for (var k = by - 1; k >= 0 && s.Clause[k] == s.Clause[t]; k--)
        {
            // "I was not with him alone the whole block", "I wasn't with her only" — denied right before "with" (not "I never left the mat
            // and stayed with Leo alone").
            if (k == by - 1 && (s.Token(k) is "not" or "never" || (s.Token(k) is "t" && k > 0 && s.Token(k - 1).EndsWith("n")))) return false;
            if (s.Token(k) is "pt" or "ot" or "pta" or "ota" or "therapist" or "therapists" or "physio" or "clinician" or "clinicians" or "i" or "me" or "we" or "us" or "slp"
                // (Dictation spells the letters: "O T hands on with this patient alone".)
                || (s.Token(k) is "t" && k > 0 && s.Token(k - 1) is "o" or "p"))
                return AboutTheSession(s, t);
        }
        return false;
    }

    // "Alone with pt in tx room the entire NMR portion", "I was alone with the patient": starting its clause or
    // said of the clinician — not "Wife afraid to be alone with pt", "pt left alone with spouse".
    private static bool AloneWithThePatient(NoteScratch s, int t)
    {
        if (s.Token(t) is not "alone" || t + 2 >= s.Count || s.Token(t + 1) is not ("with" or "w") || s.Clause[t + 2] != s.Clause[t]) return false;
        var who = t + 2;
        if (s.Token(who) is "the" or "this" or "my" && who + 1 < s.Count) who++;
        if (!(IsPatientWord(s.Token(who)) && s.Token(who) is not ("one" or "anyone" or "people")) && !IsPronounObject(s, who)) return false;
        // A pronoun is the patient only where nothing of its own follows ("w/ her grandson" is someone else).
        if (IsPronounObject(s, who) && who + 1 < s.Count && s.Clause[who + 1] == s.Clause[t]
            && s.Token(who + 1) is not ("in" or "at" or "for" or "during" or "throughout" or "the" or "this" or "today")) return false;
        var clauseStart = t == 0 || s.Clause[t - 1] != s.Clause[t];
        // "I was alone with the patient", "PT alone w/ him in the shoulder room".
        var byClinician = (t > 1 && s.Token(t - 1) is "was" or "remained" or "stayed" && s.Token(t - 2) is "i" or "pt" or "ot" or "therapist" or "pta" or "physio")
            // "PT" in capitals is the clinician; "Pt alone w/ her grandson" is the patient.
            || (t > 0 && (s.Token(t - 1) is "ot" or "therapist" or "pta" or "physio" || (s.Token(t - 1) is "pt" && (s.Flags[t - 1] & TokenFlags.AllCaps) != 0)));
        return (clauseStart || byClinician) && AboutTheSession(s, t);
    }

    // After "with her only": the clause ends, or says where or for how long ("in the pool", "for the whole block").
    private static bool SessionGoesOn(NoteScratch s, int k, int clause)
    {
        if (k >= s.Count || s.Clause[k] != clause) return true;
        // "PT hands-on with Leo alone: tall-kneel on the bolster …": a label's end.
        if ((s.Flags[k - 1] & TokenFlags.Label) != 0) return true;
        if (s.Token(k) is "during" or "throughout" or "today" or "entire" or "whole") return true;
        // ("… alone the whole time", "… only the entire session".)
        if (s.Token(k) is "the" && k + 1 < s.Count && s.Clause[k + 1] == clause && s.Token(k + 1) is "whole" or "entire" or "full") return true;
        // "in the pool", "at this hour" — not "in supine", "at all times".
        if (s.Token(k) is "in" or "at")
            for (var p = k + 1; p < Math.Min(s.Count, k + 3) && s.Clause[p] == clause; p++)
                if (s.Token(p) is "gym" or "clinic" or "room" or "session" or "pool" or "water" or "slot" or "block" or "bay" or "lab" or "hour" or "tx" or "treatment" or "appointment" or "appt")
                    return true;
        return s.Token(k) is "for" && k + 1 < s.Count && s.Token(k + 1) is "the" or "whole" or "entire" or "full" or "all" or "session" or "visit" or "block" or "nmr";
    }

    // "with him", "attended her": the patient as the object ("exclusively on her balance" is not).
    private static bool IsPronounObject(NoteScratch s, int k) =>
        s.Token(k) is "him" or "her" or "them" && k > 0 && (s.Token(k - 1) is "with" or "w" or "to" || IsAttendingVerb(s.Token(k - 1)));

    private static bool IsAttendingVerb(ReadOnlySpan<char> w) =>
        w is "attending" or "attended" or "attend" or "attends" or "treated" or "treating" or "treat" or "worked" or "working" or "saw" or "seen" or "see" or "seeing";

    private static bool IsPatientWord(ReadOnlySpan<char> w) =>
        w is "patient" or "patients" or "pt" or "pts" or "client" or "clients" or "resident" or "residents" or "one" or "anyone" or "person"
            or "people" or "child" or "children" or "kid" or "kids" or "kiddo" or "kiddos" or "veteran" or "veterans" or "vet" or "vets" or "claimant" or "athlete" or "athletes" or "participant" or "participants"
            or "skier" or "skiers" or "runner" or "runners" or "golfer" or "golfers" or "dancer" or "dancers" or "musician" or "musicians"
            or "ppt" or "ppts" or "soldier" or "soldiers" or "px" or "pxs" or "player" or "players" or "baby" or "babies" or "infant" or "infants" or "toddler" or "toddlers"
            or "rider" or "riders" or "guest" or "guests";

    // Not home, a plan or another day: "no one else at home to help", "no other pt available, plan group next wk".
    private static bool AboutTheSession(NoteScratch s, int t)
    {
        var sentence = s.Sentence[t];
        var from = t;
        while (from > 0 && s.Sentence[from - 1] == sentence) from--;
        for (var k = from; k < s.Count && s.Sentence[k] == sentence; k++)
            if (s.Token(k) is "home" or "house" or "available" or "availability" or "plan" or "planned" or "next" or "will" or "goal" or "goals"
                or "until" or "complaint" or "complaints" or "night" or "family" or "caregiver" or "fell" or "fall" or "reports"
                or "reported" or "states" or "alf" or "apartment" or "apt" or "lives" or "help"
                // (The community, not a clinic's name: "Irvington Community Rehab — … no one else in the room".)
                || (s.Token(k) is "community" && (s.Flags[k] & TokenFlags.TitleCase) == 0))
            {
                // ("… from the time Mrs. P came back to the gym until she left": until the session's end.)
                if (s.Token(k) is "until" && k + 2 < s.Count && s.Token(k + 1) is "she" or "he" or "they" or "pt" && s.Token(k + 2) is "left") continue;
                if (UntilTheEnd(s, k) is int endsAt) { k = endsAt; continue; }
                return false;
            }
        return true;
    }

    // ---- the session's attendance in plain words (moved from NoteAnalyzer): the patient alone, the people
    // in the room, a way of not being one-on-one denied ----

    // "Sole pt in the gym", "the only patient on my schedule this hour", "single patient contact",
    // "hands-on, single patient": the patient alone in the session, in whatever words follow — but not a
    // single-point cane, the only patient goal or complaint, or "not the only pt".
    internal static bool HasSolePatient(NoteScratch s)
    {
        for (var t = 0; t + 1 < s.Count; t++)
        {
            // ("my one patient for all 23 min": "one" after "my" is "only".)
            if (!(s.Token(t) is "sole" or "only" or "single" or "lone" or "just" || (s.Token(t) is "one" && t > 0 && s.Token(t - 1) is "my") || TheOnePatientI(s, t)) || s.Clause[t + 1] != s.Clause[t]) continue;
            // "my only kiddo for the session", "just this pt on my sched": a word of whose patient between.
            var who = t + 1;
            if (s.Token(who) is "my" or "this" or "the" && who + 1 < s.Count && s.Clause[who + 1] == s.Clause[t]) who++;
            // ("Just the one patient in the room".)
            if (s.Token(who) is "one" && who > t + 1 && who + 1 < s.Count && s.Clause[who + 1] == s.Clause[t] && IsPatientWord(s.Token(who + 1))) who++;
            // The patient of the session: not "only child", "only resident on the unit", "only athlete on the team" —
            // a child, a kiddo or a person only with the session's words after it ("my only kiddo for the session").
            var patient = s.Token(who) is "pt" or "patient" or "client" or "member" or "participant" or "ppt" or "dancer" or "musician" or "px";
            // ("Pt was the only person in the gym who needed a gait belt", "an only child in the program" are not.)
            // ("the only child I was treating in that block" — unless the note names others in the session: a group, teammates.)
            var attended = PatientIAttended(s, who);
            if (attended && GroupInNote(s)) continue;
            // ("Ruby was the only kiddo with me for the whole session": with the writer, for the whole of it.)
            if (!patient && !attended && s.Token(who) is "kiddo" or "kid" or "child" && who + 3 < s.Count && s.Token(who + 1) is "with" && s.Token(who + 2) is "me"
                && s.Clause[who + 2] == s.Clause[t] && (ForTheWhole(s, who + 3) || ForTheService(s, who + 3)) && !OthersInNote(s) && !ExceptionAfter(s, who + 3)
                && !DeniedBefore(s, t)) return true;
            if (!patient && !attended && !(s.Token(who) is "kiddo" or "kid" or "child" or "person" or "one" && (s.Token(who) is not "one" || (who + 1 < s.Count && s.Token(who + 1) is "on" && ScheduleEndsClause(s, who + 2))) && who + 1 < s.Count && s.Clause[who + 1] == s.Clause[t]
                && (s.Token(who + 1) is "for" or "during" or "on") && (IsSessionPlace(s, who + 2) || PlaceSoonInClause(s, who + 2) || s.Token(who + 1) is "during")
                && !RelativeClauseFollows(s, who + 1))) continue;
            if (s.Token(t) is "just" && who == t + 1) continue;
            // A studio's "member" only where the session was: "only member on the studio floor", not "only member today using a walker".
            if (s.Token(who) is "member" && !(who + 2 < s.Count && s.Token(who + 1) is "in" or "on" or "at" && IsSessionPlace(s, who + 2))) continue;
            var next = who + 1;
            // Ending its clause only as a field's value or a list's item ("Contact: single patient", "hands-on, single patient").
            var ends = next >= s.Count || s.Clause[next] != s.Clause[t];
            // ("pt was my only pt": said of the patient, "was" before "my"/"the", ends its clause too.)
            var saidOfThePatient = t > 1 && s.Token(t - 1) is "my" or "the" && s.Token(t - 2) is "was" or "is" && s.Clause[t - 2] == s.Clause[t];
            if (ends && t > 0 && s.Clause[t - 1] == s.Clause[t] && (s.Flags[t - 1] & TokenFlags.Label) == 0 && !saidOfThePatient) continue;
            // ("pt was my only pt that hour": "that" and the stretch of time.)
            var thatHour = s.Token(next) is "that" && next + 1 < s.Count && s.Token(next + 1) is "hour" or "session" or "slot" or "block" or "visit" or "appointment" or "appt";
            // (Those two only where nothing narrows them: "for the first 10 min", "apart from checking my bike pt", "Was my one
            // patient? No.", other patients in the note.)
            if ((thatHour || s.Token(t) is "one") && (PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count) || OthersInNote(s) || ExceptionAfter(s, t + 1))) continue;
            // ("pt was my only pt that hour to need max A": the clause goes on to say what else.)
            if (thatHour && next + 2 < s.Count && s.Clause[next + 2] == s.Clause[next + 1]) continue;
            if (!ends && !thatHour && !SolePatientFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Token(next))
                && !(s.Token(next) is "in" or "on" or "at" && (IsSessionPlace(s, next + 1) || (s.Token(next) is "on" && PlaceSoonInClause(s, next + 1))))
                // ("Only pt on the mat.": where the session was — ending its clause, nobody else in the note; not "the only pt on the mat;
                // 2 others on the bikes", "only pt on the floor who needed max A".)
                && !(s.Token(next) is "on" && next + 2 < s.Count && s.Token(next + 1) is "the" && s.Token(next + 2) is "mat" or "mats" or "floor" && s.Clause[next + 2] == s.Clause[t]
                    && (EndsClause(s, next + 3) || TheWholeTime(s, next + 3) || ForTheWhole(s, next + 3) || (next + 3 < s.Count && s.Token(next + 3) is "throughout" or "today"))
                    && !OthersInNote(s) && !OthersLaterInNote(s, next + 3))) continue;
            if (!DeniedBefore(s, t) && !SentenceSpeaksOfPlans(s, t) && !LeftWithHelpers(s, t)) return true;
        }
        return false;
    }

    // "not the only pt", "wasn't my only patient": a denial a few words before, in the clause.
    private static bool DeniedBefore(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 3) && s.Clause[k] == s.Clause[t]; k--)
            if (s.Token(k) is "not" or "no" or "never" or "wasn" or "wasn't" or "isn" or "isn't") return true;
        return false;
    }

    // "Just the one patient in the room with the aide; PT in and out": the patient was alone with an aide, not with the writer.
    private static bool LeftWithHelpers(NoteScratch s, int t)
    {
        var line = s.Line[t];
        for (var k = s.LineStartOf(t); k < s.Count && s.Line[k] == line; k++)
        {
            if (s.Token(k) is "aide" or "tech" or "technician" or "volunteer" && !(k > 0 && s.Token(k - 1) is "no")) return true;
            if (s.Token(k) is "in" && k + 2 < s.Count && s.Token(k + 1) is "and" && s.Token(k + 2) is "out") return true;
        }
        return false;
    }

    /// <summary>
    /// "Hands and eyes on this pt only for all of it", "focused on this patient only": the writer's attention on this patient
    /// only, for the whole of it or ending its clause — not for a part, another time, with others in the note or an exception.
    /// </summary>
    internal static bool OnThisPatientOnly(NoteScratch s)
    {
        for (var t = 3; t < s.Count; t++)
        {
            // ("on this baby only", "with this athlete only": any word for the one patient; "hands-on with Sage only": the patient by name.)
            var handsOnWithName = t >= 4 && s.Token(t) is "only" && s.Token(t - 2) is "with" or "w/" && s.Token(t - 3) is "on" && s.Token(t - 4) is "hands"
                && s.Clause[t - 4] == s.Clause[t] && (s.Flags[t - 1] & (TokenFlags.Number | TokenFlags.NumberWord)) == 0 && !IsFamilyWord(s.Token(t - 1));
            if (!handsOnWithName && (s.Token(t) is not "only" || !IsPatientWord(s.Token(t - 1)) || s.Token(t - 1) is "one" or "anyone" or "people" || s.Token(t - 2) is not "this"
                || s.Token(t - 3) is not ("on" or "with") || s.Clause[t - 3] != s.Clause[t])) continue;
            var next = t + 1;
            var whole = next >= s.Count || s.Clause[next] != s.Clause[t] || ForTheWhole(s, next)
                || (next + 3 < s.Count && s.Token(next) is "for" && s.Token(next + 1) is "all" && s.Token(next + 2) is "of" && s.Token(next + 3) is "it" or "tx" or "nmr");
            if (!whole || PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count, ClauseEndAfter(s, t)) || OthersInNote(s) || ExceptionAfter(s, next)
                || SentenceSpeaksOfPlans(s, t) || SpeaksOfHome(s, t)) continue;
            var denied = false;
            for (var k = t - 4; k >= Math.Max(0, t - 7) && s.Clause[k] == s.Clause[t]; k--)
                denied |= s.Token(k) is "not" or "no" or "never";
            if (!denied) return true;
        }
        return false;
    }

    // "the only one on the books that hour", "on the student's schedule for the hour": the schedule ends its clause
    // but for when ("Pt is the only one on the schedule today using a walker" says something else of the patient).
    private static bool ScheduleEndsClause(NoteScratch s, int k)
    {
        var place = -1;
        for (var p = k; p < Math.Min(s.Count, k + 10) && s.Clause[p] == s.Clause[k - 1] && place < 0; p++)
            if (s.Token(p) is "schedule" or "sched" or "caseload" or "books") place = p;
        if (place < 0) return false;
        for (var p = place + 1; p < s.Count && s.Clause[p] == s.Clause[place]; p++)
            if (s.Token(p) is not ("for" or "the" or "that" or "this" or "hour" or "half" or "session" or "slot" or "block" or "morning" or "afternoon")) return false;
        return true;
    }

    // "the only one on the student's and the faculty member's schedule": the schedule a few words on.
    // Later in the sentence, someone else by title and name, or the writer seeing another patient ("…, so Mr. Hale did his bike with Jen
    // while I saw my 10:30") — not "while we did perturbations".
    private static bool SomeoneElseTreatedLaterInSentence(NoteScratch s, int k)
    {
        for (var p = k + 1; p < s.Count && s.Sentence[p] == s.Sentence[k]; p++)
            if (IsTitledName(s, p) || s.Token(p) is "mr" or "mrs" or "ms" or "miss" || (s.Token(p) is "i" && p + 1 < s.Count && s.Token(p + 1) is "saw" or "treated" or "started" or "took" or "picked" or "was")) return true;
        return false;
    }

    // The sentence at t or the next says two people shared the time ("alternated … between them", "taking turns", "both of them").
    private static bool TurnsTaken(NoteScratch s, int t)
    {
        var sentence = s.Sentence[t];
        for (var p = s.SentenceStartOf(t); p < s.Count && s.Sentence[p] <= sentence + 1; p++)
            if (s.Token(p) is "alternated" or "alternating" or "alternate"
                || (p > 0 && s.Token(p) is "turns" && s.Token(p - 1) is "took" or "taking" or "take" or "takes")
                || (p + 1 < s.Count && s.Token(p) is "between" && s.Token(p + 1) is "them" or "the")
                || (p + 2 < s.Count && s.Token(p) is "both" && s.Token(p + 1) is "of" && s.Token(p + 2) is "them")) return true;
        return false;
    }

    // Other patients or the rest of a caseload said after token k ("2 others on the bikes", "rest of caseload on the floor", "other
    // pts") — not "seated rest breaks", "other knee sore today".
    private static bool OthersLaterInNote(NoteScratch s, int k)
    {
        for (var p = k; p < s.Count; p++)
            if (s.Token(p) is "others" or "caseload" or "everyone"
                || (p + 1 < s.Count && s.Token(p) is "other" && IsPatientWord(s.Token(p + 1)))
                || (p + 1 < s.Count && s.Token(p) is "rest" && s.Token(p + 1) is "of")) return true;
        return false;
    }

    private static bool PlaceSoonInClause(NoteScratch s, int k)
    {
        for (var p = k; p < Math.Min(s.Count, k + 10) && s.Clause[p] == s.Clause[k - 1]; p++)
            if (s.Token(p) is "schedule" or "sched" or "caseload" or "books") return true;
        return false;
    }

    private static bool RelativeClauseFollows(NoteScratch s, int k)
    {
        for (var p = k; p < Math.Min(s.Count, k + 5) && s.Clause[p] == s.Clause[k]; p++)
            if (s.Token(p) is "who" or "that" or "which" or "to") return true;
        return false;
    }

    // "she was the one patient I was treating": "the one" is "the only" where the clinician's treating follows.
    private static bool TheOnePatientI(NoteScratch s, int t) =>
        s.Token(t) is "one" && t > 0 && s.Token(t - 1) is "the" && t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] && PatientIAttended(s, t + 1);

    // "child I was treating", "athlete I treated", "child I had in the splint room": a patient word, then the writer attending
    // them (or having them in the session's place), in one clause.
    private static bool PatientIAttended(NoteScratch s, int who) =>
        who + 2 < s.Count && s.Clause[who + 2] == s.Clause[who]
        && IsPatientWord(s.Token(who)) && s.Token(who) is not ("one" or "anyone" or "people") && s.Token(who + 1) is "i" or "we"
        && (IsAttendingVerb(s.Token(who + 2))
            || (s.Token(who + 2) is "was" or "am" or "were" && who + 3 < s.Count && IsAttendingVerb(s.Token(who + 3)))
            || (s.Token(who + 2) is "had" && who + 4 < s.Count && s.Token(who + 3) is "in" or "on" or "at" && (IsSessionPlace(s, who + 4) || IsSessionPlace(s, who + 5))))
        // (Not "the only athlete I treated who needed surgery": a relative clause says what else of the patient; "the one athlete I
        // worked with for the whole 97112": the verb's own "with" is none.)
        && !WhoOrThatSoonAfter(s, s.Token(who + 2) is "worked" or "working" && who + 3 < s.Count && s.Token(who + 3) is "with" ? who + 4 : who + 2);

    // A group, a class or others counted in the note ("Peds group: 3 children", "2 teammates did TE under my supervision").
    // (Worked out once a note: a note of many "only child I was treating" is read in time in proportion to its length.)
    private static bool GroupInNote(NoteScratch s)
    {
        if (s.GroupStamp == s.Stamp) return s.GroupValue;
        s.GroupStamp = s.Stamp;
        s.GroupValue = FindGroupInNote(s);
        return s.GroupValue;
    }

    private static bool FindGroupInNote(NoteScratch s)
    {
        for (var k = 0; k < s.Count; k++)
            if (s.Token(k) is "group" or "class" or "teammates" or "circuit"
                || (k > 0 && (s.Flags[k - 1] & (TokenFlags.Number | TokenFlags.NumberWord)) != 0 && s.Token(k) is "children" or "kids" or "athletes" or "patients" or "pts" or "players" or "others"))
                return true;
        return false;
    }

    // (… or another stretch of time: "the only athlete I treated this season".)
    private static bool WhoOrThatSoonAfter(NoteScratch s, int k)
    {
        for (var p = k; p < Math.Min(s.Count, k + 8) && s.Clause[p] == s.Clause[k]; p++)
            if (s.Token(p) is "who" or "whose" or "with" or "season" or "year" or "month" or "week" or "ever"
                // ("that" as a relative, not "in that block")
                || (s.Token(p) is "that" && !(p + 1 < s.Count && (IsRoomOrSlot(s.Token(p + 1)) || s.Token(p + 1) is "time" or "day" or "morning" or "afternoon" or "evening"))))
                return true;
        return false;
    }

    // The words that go on from "sole pt" to when it was so (a place after "in", "on", "at": IsSessionPlace).
    private static readonly HashSet<string> SolePatientFollowers = new(StringComparer.Ordinal)
    {
        "for", "during", "this", "throughout", "today", "seen", "treated", "scheduled", "booked",
        "contact", "present", "here", "whole", "entire", "i", "we", "being", "either", "anyone", "anybody",
    };

    // "in the gym", "on my schedule", "at this hour": where the session was, within two words.
    private static bool IsSessionPlace(NoteScratch s, int t)
    {
        for (var k = t; k < Math.Min(s.Count, t + 2); k++)
            if (IsSessionPlaceWord(s.Token(k))) return true;
        return false;
    }

    private static bool IsSessionPlaceWord(ReadOnlySpan<char> w) =>
        w is "gym" or "clinic" or "room" or "session" or "slot" or "schedule" or "sched" or "books" or "studio" or "department" or "office" or "bay" or "hour"
            or "block" or "appointment" or "appt" or "tx" or "treatment";

    // "PT + Veteran only in the lab", "this PT with the Veteran only", "OT and the Veteran were alone in
    // the hand room": a clinician and the patient, and no one else — any words for each.
    internal static bool HasStaffAndPatientOnly(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            // Either order: "PT + Veteran only", "client and physio only".
            // (Not an option left unticked: "☐ PT with SM only   ☒ SM in group".)
            if ((s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            var first = PersonOf(s.Token(t));
            var k = t + 1;
            // "It was just Ana and me in the gym": the patient by first name, then the writer, after "just" or "only".
            var byFirstName = false;
            if (first == Person.None && IsBareName(s, t) && t > 0 && s.Token(t - 1) is "just" or "only" && k + 1 < s.Count && s.Token(k) is "and" && s.Token(k + 1) is "me" or "i")
                (first, byFirstName) = (Person.Patient, true);
            // "Just Sr. Baca and me in the therapy room": the patient by name first, then the writer — the name's sentence (after the
            // title's full stop) is the one that says where.
            var anchor = t;
            if (first == Person.None && s.Token(t) is "mr" or "mrs" or "ms" or "miss" or "sr" or "sra" && (s.Flags[k] & TokenFlags.TitleCase) != 0 && s.Line[k] == s.Line[t]
                && k + 2 < s.Count && s.Token(k + 1) is "and" && s.Token(k + 2) is "me")
            {
                first = Person.Patient;
                anchor = k;
                k++;
            }
            if (first == Person.None) continue;
            // "PT worked with this pt only", "OT stayed with the client alone".
            if (s.Token(k) is "worked" or "stayed" or "remained" or "was" or "treated" && k + 1 < s.Count && s.Token(k + 1) is "with") k++;
            if (s.Token(k) is "and" or "with" or "plus" or "w") k++;
            // "therapist with only this patient": "only" before the second of the pair.
            var onlyBetween = s.Token(k - 1) is "with" && k < s.Count && s.Token(k) is "only";
            if (onlyBetween) k++;
            // ("PT with this one pt only": one patient.)
            while (k < s.Count && (s.Token(k) is "the" or "this" or "my" or "our" || (s.Token(k) is "one" && s.Token(k - 1) is "this"))) k++;
            if (k >= s.Count || s.Sentence[k] != s.Sentence[anchor]) continue;
            var second = PersonOf(s.Token(k));
            // "just the pt and me in the clinic": a lower-case "pt" after "the" or "this", then the writer, is the patient.
            if (first == Person.Either && second == Person.Staff && s.Token(k) is "me" && (s.Flags[t] & TokenFlags.AllCaps) == 0 && t > 0 && s.Token(t - 1) is "the" or "this")
            {
                if (PartOfTheSessionOrAsked(s, anchor) || NotTheWholeSession(s, anchor, s.Count, ClauseEndAfter(s, k)) || OthersInNote(s) || NamesAnotherPerson(s, anchor, anchor, anchor) || ExceptionAfter(s, k + 1)) continue;
                first = Person.Patient;
            }
            // (The titled patient and "me" under the same guards: "Just Mrs. Ferrante and me for the first 15 min" — another time
            // or place read in the statement's own clause: "… for all of it — her niece waited in the car" is an aside.)
            if (anchor != t && (PartOfTheSessionOrAsked(s, anchor) || NotTheWholeSession(s, anchor, s.Count, ClauseEndAfter(s, k)) || OthersInNote(s) || NamesAnotherPerson(s, anchor, t, k + 1) || ExceptionAfter(s, k + 1))) continue;
            // "only the pt and I on the balance floor": the writer second (not "… for the first 10 min", "until 1015").
            var writerSecond = false;
            if (second == Person.None && s.Token(k) is "i" && s.Token(k - 1) is "and" && first is Person.Patient or Person.Either)
            {
                if (PartOfTheSessionOrAsked(s, anchor) || NotTheWholeSession(s, anchor, s.Count) || OthersInNote(s) || NamesAnotherPerson(s, anchor, anchor, anchor)) continue;
                (second, writerSecond) = (Person.Staff, true);
            }
            // "Just the PT and Devin in the gym's exergame corner": the patient by first name after the clinician.
            if (second == Person.None && first is Person.Staff or Person.Discipline or Person.Either && s.Token(k - 1) is "and" && IsBareName(s, k)) (second, byFirstName) = (Person.Patient, true);
            // (Under the guards of a name: "just Ana and me in the gym for the first 10 min", "PT and Joel only for the warm-up".)
            if (byFirstName && (PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count, ClauseEndAfter(s, k)) || OthersInNote(s) || ExceptionAfter(s, k + 1)
                || ForSomethingElse(s, k + 1))) continue;
            // "just the physio and Mr. Ibrahim in the room": the patient by name.
            if (second == Person.None && first is Person.Staff or Person.Discipline && s.Token(k) is "mr" or "mrs" or "ms" or "miss"
                && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.TitleCase) != 0 && s.Line[k + 1] == s.Line[t])
            {
                second = Person.Patient;
                k++;
            }
            if (!((first is Person.Staff or Person.Discipline or Person.Either && second is Person.Patient or Person.Either) || (writerSecond && first is Person.Either)
                || (first is Person.Patient && second is Person.Staff or Person.Discipline or Person.Either))) continue;
            if (PersonOf(s.Token(t)) == Person.Either && PersonOf(s.Token(k)) == Person.Either && s.Token(t).SequenceEqual(s.Token(k)) && k == t + 1) continue;
            var after = k + 1;
            // Home and family ("just pt and him at home", "Per wife, it's just him and me"), and a pair of pronouns
            // with no session word in its sentence, are no session's attendance.
            // (The patient by title and name with "me" is no pair of pronouns: "Just Mrs. Ferrante and me for all of it".)
            if (SpeaksOfHome(s, anchor) || (IsPronoun(s.Token(t)) || (IsPronoun(s.Token(k)) && anchor == t)) && !NamesTheSession(s, anchor)) continue;
            // "It was just him and me in the treatment room", "only the PT and the pt", "only this patient with
            // therapist, whole time": "just" or "only" before the pair.
            var before = t > 1 && s.Token(t - 1) is "this" or "the" && s.Clause[t - 1] == s.Clause[t] ? t - 2 : t - 1;
            // (With "this" or "the" between, only where "only" opens its clause: "discussed only this pt with PT" is talk.)
            if (before >= 0 && (s.Token(before) is "just" or "only" || (s.Token(before) is "but" && NobodyBefore(s, before))) && s.Clause[before] == s.Clause[t] && (before == t - 1 || OpensClause(s, before))
                && !SentenceSaysOtherwise(s, anchor) && SessionFollows(s, after, s.Clause[k])) return true;
            // "It was Mr. Haugen and me for all of the 97112": the patient by name and the writer, the session's people for all of it.
            if (anchor != t && t > 1 && s.Token(t - 1) is "was" && s.Token(t - 2) is "it" && s.Clause[t - 2] == s.Clause[t] && second is Person.Staff
                && ForAllOfIt(s, after) && !SentenceSaysOtherwise(s, anchor)) return true;
            // "therapist with only this patient": the clause ends there or says the room ("in the room"), not when ("in the morning").
            if (onlyBetween && second is Person.Patient && !SentenceSaysOtherwise(s, t)
                && (after >= s.Count || s.Clause[after] != s.Clause[k] || (s.Token(after) is "in" or "at" && IsSessionPlace(s, after + 1)))) return true;
            if (after < s.Count && s.Token(after) is "were" or "was" or "are" or "is" or "remained" or "stayed") after++;
            // ("PTA and Mr. Castellanos only for the timed minutes": the title's full stop ends a sentence before the name.)
            if (after < s.Count && (s.Sentence[after] == s.Sentence[t] || s.Sentence[after] == s.Sentence[k]) && s.Token(after) is "only" or "alone"
                && !SentenceSaysOtherwise(s, t) && !SentenceSaysOtherwise(s, k) && SessionFollows(s, after + 1, s.Clause[after])
                && (s.Sentence[after] == s.Sentence[t] || !(PartOfTheSessionOrAsked(s, k) || NotTheWholeSession(s, k, s.Count, ClauseEndAfter(s, after)) || ExceptionAfter(s, after + 1)))
                // ("… only in the room for the whole re-ed except 5 min": an exception later in its clause; "PT with SM only for the
                // first half of the 97112": a part.)
                && !ExceptionInClause(s, after + 1) && !ForSomethingElse(s, after + 1))
                return true;
        }
        return false;
    }

    // "me and Mr. Begay only", "pt + PT alone in the vestibular room", "I treated her by herself the whole 24 min", "I was with
    // her exclusively", "PT hands-on w/ this pt and no one else", "PT with pt, no one else, all 39", "The patient and I were the
    // only two in the gym", "had him by hisself the whole time", "physio with this pt throughout": a clinician and the patient
    // named together — either order, any words for each (a pronoun, "I", a title and a name), joined by "and", "with" or a verb
    // of attending — opening their clause (or after the code's minutes, a label or a dash), then a word that nobody else was
    // there, and after it the clause ends or says where or for how long, as after "PT and pt only". Not "Pt with OT only today"
    // (who, not how many), a trainer, "Ms. Nguyen (PTA) and I", a pair of pronouns on a line that does not name the session
    // ("results go to her and me only"), nor a sentence about home, a goal, another time or place or part of the session
    // ("earlier today", "3x/wk", "over the winter", "for the second half", "until 1015"), nor "… for HEP instruction only".
    internal static bool NamesClinicianAndPatientAlone(NoteScratch s)
    {
        for (var e = 1; e < s.Count; e++)
        {
            var end = ExclusiveMarkerEnd(s, e);
            if (end < 0 || (s.Flags[e] & TokenFlags.Unticked) != 0) continue;
            // "no one else" may be a clause of its own after the pair: "PT with pt, no one else, all 39".
            var clause = s.Clause[e];
            if (s.Clause[e - 1] != clause && s.Token(e) is "no" or "nobody" or "noone" && s.Sentence[e - 1] == s.Sentence[e]) clause = s.Clause[e - 1];
            // "with Mrs. V. only": the initial's full stop ends a sentence before "only".
            if (s.Clause[e - 1] != clause && IsTitledName(s, e - 1) && s.Token(e - 1).Length == 1) clause = s.Clause[e - 1];
            bool patient = false, staff = false, discipline = false, either = false, pronouns = true, joinedByWith = false, opens = false, patientPronoun = false;
            var patients = 0;
            var firstIsPatient = false;
            var k = e - 1;
            // "I treated F.C. by himself": the patient's initials, each with its full stop, right before the marker.
            if (InitialsEndingAt(s, e - 1) is int firstInitial)
            {
                patient = firstIsPatient = true; pronouns = false; patients++;
                k = firstInitial - 1;
                clause = s.Clause[k];
            }
            for (; k >= Math.Max(0, e - 9) && s.Clause[k] == clause; k--)
            {
                var w = s.Token(k);
                // "Who treated: I was with Mrs. V. only": a field's label before the pair leads it, as a code's minutes do.
                if ((s.Flags[k] & TokenFlags.Label) != 0) break;
                joinedByWith |= w is "with" or "w";
                // ("Today I worked with Amara by herself": the day opening the clause is this session.)
                if (w is "and" or "with" or "w" or "the" or "this" or "my" or "was" or "were" or "treated" or "worked" or "working" or "stayed" or "remained" or "hands" or "on"
                    || (w is "today" && (k == 0 || s.Clause[k - 1] != clause))) continue;
                // "Mrs. Thibodeaux": a title and a name (not "Ms. Nguyen (PTA)", a colleague).
                if (IsTitledName(s, k))
                {
                    if (k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.AfterParen) != 0 && PersonOf(s.Token(k + 1)) is Person.Discipline or Person.Either) break;
                    patient = firstIsPatient = true; pronouns = false; k--; patients++;
                    // (The title's full stop ends a sentence: the pair goes on before it, in the title's clause.)
                    clause = s.Clause[k];
                    continue;
                }
                // "my CI and I with Mr. O. only": the student's clinical instructor (or mentor), beside the writer, is staff.
                // ("Our team worked with Sr. Morales alone": a student clinic's team of the writer's.)
                if ((w is "ci" or "mentor" && k > 0 && s.Token(k - 1) is "my" && k + 2 < s.Count && s.Token(k + 1) is "and" && s.Token(k + 2) is "i")
                    || (w is "team" && k > 0 && s.Token(k - 1) is "our" && k + 1 < s.Count && s.Token(k + 1) is "worked" or "was" or "treated"))
                {
                    staff = true; firstIsPatient = false;
                    // ("our" goes with "team": the pair opens its clause there.)
                    if (w is "team") k--;
                    continue;
                }
                // "I" of the writer: before a verb of its own ("I was with her", "I treated her") or second of a pair ("the patient and I").
                if (w is "i" && (s.Token(k + 1) is "was" or "treated" or "worked" or "stayed" or "remained" or "had" || (k > 0 && s.Token(k - 1) is "and")))
                {
                    staff = true; firstIsPatient = false;
                    continue;
                }
                // "— had him by hisself the whole time": the writer who had the patient, unnamed, opening the clause.
                if (w is "had" && s.Token(k + 1) is "him" or "her" or "them")
                {
                    if (k == 0 || s.Clause[k - 1] != s.Clause[k] || (s.Flags[k] & TokenFlags.AfterDash) != 0 || IsSessionLead(s, k - 1)) { staff = true; k--; break; }
                    continue;
                }
                var person = w is "trainer" ? Person.None : PersonByCase(s, k);
                // "It was the Veteran and me only in the room": "it was" opens the clause.
                if (person == Person.None && w is "it" && s.Token(k + 1) is "was" or "is" && (k == 0 || s.Clause[k - 1] != clause)) { k--; break; }
                // "The burn therapist had him alone": a word of which clinician before the clinician.
                if (person == Person.None && PersonOf(s.Token(k + 1)) == Person.Staff && s.Token(k + 1) is not "me" && k > 0 && s.Token(k - 1) is "the" or "my" or "our") continue;
                // "NMR, PT and Joel only:": the patient by first name (not "Dr. Ruiz", nor "Sarah (PTA)").
                if (person == Person.None && IsBareName(s, k) && !(k > 0 && s.Token(k - 1) is "dr" or "nurse" or "aide")
                    && !(k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.AfterParen) != 0 && PersonOf(s.Token(k + 1)) is Person.Discipline or Person.Either))
                {
                    patient = firstIsPatient = true; pronouns = false; patients++;
                    continue;
                }
                if (person == Person.None) break;
                firstIsPatient = person is Person.Patient or Person.Either;
                if (person == Person.Patient)
                {
                    patient = true;
                    patients++;
                    if (w is "her" or "him") patientPronoun = true; else pronouns = false;
                }
                else if (person == Person.Either) { either = true; pronouns = false; }
                else
                {
                    if (person == Person.Staff) staff = true; else discipline = true;
                    if (w is not "me") pronouns = false;
                }
            }
            // "pt alone w/ me the whole nm block": the clinician after the marker.
            if (!(staff || discipline) && s.Token(e) is "alone" && end + 1 < s.Count && s.Token(end) is "with" or "w" && s.Token(end + 1) is "me" && s.Clause[end + 1] == s.Clause[e])
            {
                if (ExceptionAfter(s, end + 2)) continue;
                staff = true;
                end += 2;
            }
            // The pair opens its clause, or follows the code's minutes, a label or a dash ("97112 · 23 min · pt + PT alone").
            opens = k < 0 || s.Clause[k] != clause || IsSessionLead(s, k) || (s.Flags[k + 1] & (TokenFlags.AfterDash | TokenFlags.AfterParen)) != 0;
            var clinician = staff || discipline;
            // (One patient: "PT with pt and Mrs. Lopez only" is two.)
            if (!opens || patients > 1 || !((patient && (clinician || either)) || (clinician && either))) continue;
            var place = end < s.Count && s.Clause[end] == s.Clause[end - 1] && s.Token(end) is "in" or "at";
            // "physio with this pt throughout": constant attendance only where the clinician is with the patient, for the session
            // (not "throughout the transfer to the car").
            if (s.Token(e) is "throughout" && (!joinedByWith || !(end >= s.Count || s.Clause[end] != s.Clause[e] || s.Token(end) is "today"
                || (s.Token(end) is "the" && end + 1 < s.Count && s.Token(end + 1) is "session" or "visit" or "tx" or "treatment" or "block" or "appointment" or "appt" or "nmr")))) continue;
            // "only", "exclusively", "solely" say how many only where the clause ends there or says the room ("… only in sitting",
            // "exclusively in the parallel bars" say how).
            if (s.Token(e) is "only" or "exclusively" or "solely" && end < s.Count && s.Clause[end] == s.Clause[e] && (s.Flags[e] & (TokenFlags.Label | TokenFlags.ClosesParen)) == 0
                && (s.Flags[end] & TokenFlags.AfterDash) == 0 && !SessionGoesOn(s, end, s.Clause[e]) && !InTheRoom(s, end)) continue;
            // "Pt with OT only today", "Pt w/ therapist only, no aide": the patient first, then "with" a clinician and "only" — who
            // treated, not how many (but "pt + PT only in the vestibular room" says the room).
            if (firstIsPatient && (joinedByWith || (discipline && !staff)) && s.Token(e) is "only" && !place) continue;
            // ("(PT with pt alone): trunk …": the remark's close ends it; "PTA and pt alone: N", "… alone (y/n): n" are fields.)
            if ((s.Flags[end - 1] & TokenFlags.Label) != 0 && end < s.Count && ((s.Flags[end] & (TokenFlags.Number | TokenFlags.Unticked)) != 0
                || s.Token(end) is "n" or "no" or "y" or "yes" or "unknown" or "none" or "na" or "see" or "☐" or "☒")) continue;
            if (end + 1 < s.Count && s.Token(end) is "y" && s.Token(end + 1) is "n") continue;
            // "Pt w/ OT, no one else, in the ADL kitchen", "Pt with SLP alone for the MBS": another discipline's time with the patient.
            if ((firstIsPatient && joinedByWith && discipline && !staff) || SpeechTherapistIn(s, k + 1, e)) continue;
            // "for the 2nd lap": after the marker only "for the whole …", "for the session", "for all of it".
            if (end < s.Count && s.Clause[end] == s.Clause[e] && s.Token(end) is "for" && !ForTheWhole(s, end)
                && !(end + 2 < s.Count && s.Token(end + 1) is "the" && s.Token(end + 2) is "whole" or "entire") && !(end + 1 < s.Count && s.Token(end + 1) is "all") && !EveryMinute(s, end + 1)
                // ("for the 97112": the code's service, all of it — not "for the 97112's last 5 min".)
                && !(end + 2 < s.Count && s.Token(end + 1) is "the" && IsCptCode(s, end + 2) && EndsClause(s, end + 3))) continue;
            // Minutes after it ("for 5 min of the 23") or another patient named in its sentence ("checking Mr. K on the bike").
            // (Nor the patient named again after it: "Me and Mrs. Kaur only on the mats, this pt on the bike".)
            if (MinutesAfterInSentence(s, end) || NamesAnotherPerson(s, e, k + 1) || PatientNamedAfter(s, end)) continue;
            // ("worked with Amara by herself using NDT handling": after "by herself", unambiguous of how many, how it was done.)
            if (end < s.Count && (s.Flags[end - 1] & (TokenFlags.ClosesParen | TokenFlags.Label)) == 0 && !SessionFollows(s, end, s.Clause[end - 1])
                && !(s.Token(e) is "by" && s.Token(end) is "using" && s.Clause[end] == s.Clause[e])) continue;
            // (Where the statement heads what follows — "(PT with pt alone): trunk …", "I was with her exclusively: …" — only its own
            // words are read for another time or place, not the treatment after it.)
            var statementEnd = (s.Flags[end - 1] & (TokenFlags.Label | TokenFlags.ClosesParen)) != 0 ? end : s.Count;
            if (SpeaksOfHome(s, e) || SentenceSaysOtherwise(s, e) || PartOfTheSessionOrAsked(s, e) || NotTheWholeSession(s, e, end, statementEnd) || OthersInNote(s)) continue;
            // A pronoun for the patient ("Therapist with her alone") only on the code's line or in a sentence that names the session.
            if ((pronouns || patientPronoun) && !NamesTheSession(s, e) && !CodeEarlierOnLine(s, e)) continue;
            return true;
        }
        return false;
    }

    // "F.C.", "J. R.": two or three initials ending at token 'last', after a verb of attending or "with" — the first initial's
    // token, or null.
    private static int? InitialsEndingAt(NoteScratch s, int last)
    {
        static bool Initial(NoteScratch s, int k) => k >= 0 && s.Token(k).Length == 1 && char.IsAsciiLetter(s.Token(k)[0]) && s.Token(k) is not ("y" or "n" or "x" or "i" or "a");
        if (!Initial(s, last) || !Initial(s, last - 1)) return null;
        var first = last - 1;
        if (Initial(s, first - 1)) first--;
        if (first == 0 || s.Line[first - 1] != s.Line[last]) return null;
        return IsAttendingVerb(s.Token(first - 1)) || s.Token(first - 1) is "with" or "w" or "saw" ? first : null;
    }

    // "Mr. Whitlock had me to himself for the whole NMR block", "she had me all to herself": the patient had the writer to
    // themselves — the patient (a pronoun, "pt", a title and a name) opening the clause, and nothing of home, another time
    // or part of the session, or other patients.
    internal static bool HadTheWriterToThemselves(NoteScratch s)
    {
        for (var t = 1; t + 3 < s.Count; t++)
        {
            if (s.Token(t) is "had" && s.Token(t - 1) is "i" && HadThePatientToMyself(s, t) is (int who, int after))
            {
                if (SpeaksOfHome(s, who) || PartOfTheSessionOrAsked(s, who) || NotTheWholeSession(s, who, after) || SentenceSaysOtherwise(s, who) || OthersInNote(s) || ExceptionAfter(s, after)) continue;
                return true;
            }
            if (s.Token(t) is not "had" || s.Token(t + 1) is not "me") continue;
            var k = t + 2;
            if (s.Token(k) is "all" && k + 1 < s.Count) k++;
            if (s.Token(k) is not "to" || k + 1 >= s.Count || s.Token(k + 1) is not ("himself" or "herself" or "themself" or "themselves" or "yourself") || s.Clause[k + 1] != s.Clause[t]) continue;
            var subject = t - 1;
            // ("You had me to yourself the whole session": a visit summary written to the patient.)
            var patient = s.Token(subject) is "he" or "she" or "pt" or "patient" or "client" || (s.Token(subject) is "you" && s.Token(k + 1) is "yourself")
                || ((s.Flags[subject] & TokenFlags.TitleCase) != 0 && subject > 0 && s.Token(subject - 1) is "mr" or "mrs" or "ms" or "miss")
                // ("Earl had me to himself": the patient by first name, opening the clause.)
                || (IsBareName(s, subject) && (subject == 0 || s.Clause[subject - 1] != s.Clause[subject]));
            if (!patient || SpeaksOfHome(s, t, purposeIsNotHome: true) || PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, k + 2) || SentenceSaysOtherwise(s, t) || OthersInNote(s) || ExceptionAfter(s, k + 2)) continue;
            return true;
        }
        return false;
    }

    // "Session: ● private ○ partner ○ small group": the private option chosen on a session's (or delivery's) row of boxes — the
    // item "private" alone, not left unticked while another item on its row is ("Session: private pay" has no boxes).
    internal static bool TicksPrivate(NoteScratch s)
    {
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Token(t) is not "private" || (s.Flags[t] & TokenFlags.Unticked) != 0 || s.Token(t - 1) is "semi" or "semi-private") continue;
            var first = s.LineStartOf(t);
            // ("Session type: private": the label's colon after its second word.)
            var labelled = (s.Flags[first] & TokenFlags.Label) != 0 || (first + 2 == t && (s.Flags[first + 1] & TokenFlags.Label) != 0);
            if (!labelled || s.Token(first) is not ("session" or "delivery" or "mode" or "type" or "attendance" or "visit" or "treatment")
                || (first + 1 < t && !(first + 2 == t && s.Token(first + 1) is "type" or "mode"))) continue;
            // (The item is the one word: the next token on the line is another, unticked item's.)
            var next = t + 1;
            if (next < s.Count && s.Line[next] == s.Line[t] && (s.Flags[next] & TokenFlags.Unticked) != 0) return true;
            // "Session: Private — Owen and Mr. Dube only.": the field's value the one word, before a dash or the clause's end (not
            // "Session: private pay"), and nothing after it that says otherwise.
            // (After the dash, who was there may be named: "Owen and Mrs. Landry only", "just Noriko and Mrs. Giroux".)
            if ((next >= s.Count || s.Clause[next] != s.Clause[t] || (s.Flags[next] & TokenFlags.AfterDash) != 0) && !SentenceSaysOtherwise(s, t)
                && (NamesWhoOnly(s, next) || !ExceptionAfter(s, NamedAndMeAlone(s, next) ?? next))
                // (Nor with others in the note's other sentences: "Session type: private. 2 siblings also treated in the same slot.")
                && !(first + 2 == t && OthersInNote(s))) return true;
        }
        return false;
    }

    // "Owen and Mrs. Landry only", "just Noriko and Mrs. Giroux": from k, two people named (a first name, a titled name) and
    // "only" after them or "just" before them, and no exception after them in the sentence.
    /// <summary>
    /// "Just her and me for all of it.", "Just me and him the whole time.": a sentence opening with "just" or "only", the patient
    /// as a pronoun and the writer, then the whole of the service — nothing of home, a part, an exception or others in the note.
    /// </summary>
    internal static bool JustThePatientAndMe(NoteScratch s)
    {
        for (var t = 0; t + 4 < s.Count; t++)
        {
            if (s.Token(t) is not ("just" or "only") || t != s.SentenceStartOf(t) || s.Token(t + 2) is not "and"
                || !((s.Token(t + 1) is "him" or "her" && s.Token(t + 3) is "me") || (s.Token(t + 1) is "me" && s.Token(t + 3) is "him" or "her"))) continue;
            var after = t + 4;
            if (!(ForAllOfIt(s, after) || ForTheService(s, after) || ForTheWhole(s, after) || TheWholeTime(s, after))) continue;
            if (SpeaksOfHome(s, t) || PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count) || ExceptionAfter(s, after) || OthersInNote(s)) continue;
            return true;
        }
        return false;
    }

    // "Mrs. Fogle and me alone …", "Isabella and me alone": the patient by a title and a name or a first name, "and me alone" — the
    // token after "alone", or null.
    private static int? NamedAndMeAlone(NoteScratch s, int k)
    {
        if (k + 3 >= s.Count) return null;
        var w = s.Token(k) is "mr" or "mrs" or "ms" or "miss" && IsTitledName(s, k + 1) ? k + 1 : IsBareName(s, k) ? k : -1;
        return w >= 0 && w + 3 < s.Count && s.Token(w + 1) is "and" && s.Token(w + 2) is "me" && s.Token(w + 3) is "alone" ? w + 4 : null;
    }

    private static bool NamesWhoOnly(NoteScratch s, int k)
    {
        if (k >= s.Count) return false;
        var just = s.Token(k) is "just" or "only";
        var w = just ? k + 1 : k;
        if (!IsBareName(s, w) || w + 2 >= s.Count || s.Token(w + 1) is not "and") return false;
        var other = w + 2;
        if (s.Token(other) is "mr" or "mrs" or "ms" or "miss" && other + 1 < s.Count && IsTitledName(s, other + 1)) other++;
        else if (!IsBareName(s, other)) return false;
        var end = other + 1;
        if (!just && !(end < s.Count && s.Line[end] == s.Line[k] && s.Token(end) is "only")) return false;
        // (Nothing after the names that puts someone else in the session: "…, Mr. Hale on the NuStep alongside".)
        return !ExceptionAfter(s, just ? end : end + 1);
    }

    // "I had her alone in the back room", "I had him by himself for both parts", "I kept her to myself for all of it", "I had him
    // on his own in the back room": the writer's "I" opening its clause, "had" or "kept", the patient (a pronoun, a title and a
    // name, a first name), then a word that nobody else was there — and nothing of home, another time or part of the session,
    // an exception, or other patients in the note.
    internal static bool WriterHadThePatientAlone(NoteScratch s)
    {
        for (var t = 1; t + 2 < s.Count; t++)
        {
            if (s.Token(t) is not ("had" or "kept") || s.Token(t - 1) is not "i" || s.Clause[t - 1] != s.Clause[t]
                || (t > 1 && s.Clause[t - 2] == s.Clause[t])) continue;
            var who = t + 1;
            if (s.Token(who) is "mr" or "mrs" or "ms" or "miss" && who + 1 < s.Count && (s.Flags[who + 1] & TokenFlags.TitleCase) != 0) who++;
            else if (!(s.Token(who) is "him" or "her" || IsBareName(s, who))) continue;
            var e = who + 1;
            if (e >= s.Count || s.Clause[e] != s.Clause[t]) continue;
            var end = s.Token(e) switch
            {
                "alone" => e + 1,
                "by" when e + 1 < s.Count && s.Token(e + 1) is "himself" or "herself" => e + 2,
                "on" when e + 2 < s.Count && s.Token(e + 1) is "his" or "her" && s.Token(e + 2) is "own" => e + 3,
                "to" when e + 1 < s.Count && s.Token(e + 1) is "myself" => e + 2,
                _ => -1,
            };
            if (end < 0 || SpeaksOfHome(s, t) || PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, end) || SentenceSaysOtherwise(s, t)
                || OthersInNote(s) || ExceptionAfter(s, end)) continue;
            return true;
        }
        return false;
    }

    // "I had Mr. Heffelfinger to myself the whole 97112", "I had Rosa to myself": the patient by a title and a name or by first
    // name after the writer's "I had", then "to myself" in the name's clause (a title's full stop ends a sentence) — the name and
    // the token after "myself", or null.
    private static (int Who, int After)? HadThePatientToMyself(NoteScratch s, int had)
    {
        var who = had + 1;
        if (who + 1 < s.Count && s.Token(who) is "mr" or "mrs" or "ms" or "miss" && (s.Flags[who + 1] & TokenFlags.TitleCase) != 0) who++;
        else if (!IsBareName(s, who)) return null;
        var to = who + 1;
        return to + 1 < s.Count && s.Token(to) is "to" && s.Token(to + 1) is "myself" && s.Clause[to + 1] == s.Clause[who] ? (who, to + 2) : null;
    }

    // "I wasn't working with anybody but him", "didn't treat anyone but her": attending anyone but the patient denied — the
    // denial and a verb of attending before "anybody"/"anyone" in its clause, "but" or "except" and the patient after it, and
    // the clause ending there (not "anyone but her daughter", nor home, another time or part of the session).
    internal static bool AttendsNobodyButThePatient(NoteScratch s)
    {
        for (var t = 2; t + 2 < s.Count; t++)
        {
            if (s.Token(t) is not ("anybody" or "anyone") || s.Token(t + 1) is not ("but" or "except") || s.Clause[t + 2] != s.Clause[t]) continue;
            var who = t + 2;
            if (s.Token(who) is "the" or "this" && who + 1 < s.Count) who++;
            if (!(s.Token(who) is "him" or "her" || (s.Token(who) is "pt" or "patient" or "client" && s.Token(who - 1) is "the" or "this"))) continue;
            if (who + 1 < s.Count && s.Clause[who + 1] == s.Clause[t]) continue;
            bool denied = false, attending = false;
            for (var k = t - 1; k >= Math.Max(0, t - 5) && s.Clause[k] == s.Clause[t]; k--)
            {
                denied |= s.Token(k) is "not" or "t" or "never" or "wasn't" or "didn't" or "weren't";
                attending |= IsAttendingVerb(s.Token(k));
            }
            // (The writer says it: "I wasn't working with anybody but him" — not an aide, a sitter or nursing.)
            var writer = false;
            for (var k = t - 1; k >= Math.Max(0, t - 7) && s.Clause[k] == s.Clause[t]; k--) writer |= s.Token(k) is "i";
            if (denied && attending && writer && !SpeaksOfHome(s, t) && !PartOfTheSessionOrAsked(s, t) && !NotTheWholeSession(s, t, t + 1) && !OthersInNote(s)
                && !NamesAnotherPerson(s, t, t, t) && !OtherThanAfter(s, who + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The patient alone with the writer, said the ways these writers say it: "Nobody but Josie and me in the gym during the NMR",
    /// "nobody but Sofia on my schedule for her session", "no one in the lab but the patient and the PT for all of it"; "Only
    /// Knox with me for the whole visit"; "she was the only one in the studio with me"; "PT time was his alone", "the whole
    /// block was his and the PT's alone"; "all of it just her and me". Not at home, in a plan, for a part, or with someone
    /// of the family named as the one ("nobody but her mom").
    /// </summary>
    internal static bool SaysThePatientAloneWithTheWriter(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (TicksASpacedOneToOne(s, t)) return true;
            if (!(NobodyButThePatientThere(s, t) || OnlyThePatientWithMe(s, t) || SessionWasTheirsAlone(s, t) || JustThePatientAndMe(s, t) || WithThePatientAloneInTheRoom(s, t)
                || WithThePatientAloneTheWholeService(s, t) || ThePatientAndMeAlone(s, t) || IndivDotThroughout(s, t))) continue;
            if (!SentenceSpeaksOfPlans(s, t) && !HomeInClause(s, t) && !PartOfTheSessionOrAsked(s, t)) return true;
        }
        return false;
    }

    // "Dlvry: indiv. thruout.", "Seen indiv. throughout": the abbreviation's full stop ends a sentence for the tokenizer, so the
    // phrase is read here — under a field of how the service was delivered or after "seen"/"treated", "throughout" ending its line
    // or sentence, nobody else in the note.
    private static bool IndivDotThroughout(NoteScratch s, int t)
    {
        if (s.Token(t) is not ("indiv" or "ind" or "individ") || t + 1 >= s.Count || s.Line[t + 1] != s.Line[t] || s.Sentence[t + 1] == s.Sentence[t]
            || s.Token(t + 1) is not ("thruout" or "throughout" or "thru-out")
            || (t + 2 < s.Count && s.Sentence[t + 2] == s.Sentence[t + 1] && s.Line[t + 2] == s.Line[t + 1])) return false;
        var field = t > 0 && (s.Flags[t - 1] & TokenFlags.Label) != 0 && s.Line[t - 1] == s.Line[t] && s.Token(t - 1) is "dlvry" or "delivery" or "mode" or "attendance" or "service";
        var seen = t > 0 && s.Clause[t - 1] == s.Clause[t] && s.Token(t - 1) is "seen" or "treated" or "tx'd" or "txd";
        return (field || seen) && !OthersInNote(s) && !SomeoneJoined(s);
    }

    // "Mr. Ortiz joined us on the mat for the last 10 min", "Aiden (my 3:45) joined us": someone not of the family joined the session
    // somewhere in the note ("Pt's husband joined us to learn guarding" is family). Looked for once a note, when a statement needs it.
    private static bool SomeoneJoined(NoteScratch s)
    {
        if (s.JoinedStamp == s.Stamp) return s.JoinedValue;
        var value = false;
        for (var k = 0; k < s.Count && !value; k++)
        {
            if (s.Token(k) is not ("joined" or "joins" or "join")) continue;
            var family = false;
            for (var b = k - 1; b >= Math.Max(0, k - 3) && s.Sentence[b] == s.Sentence[k]; b--) family |= IsFamilyWord(s.Token(b));
            value = !family;
        }
        (s.JoinedStamp, s.JoinedValue) = (s.Stamp, value);
        return value;
    }

    private static bool NobodyButThePatientThere(NoteScratch s, int t)
    {
        var nobody = s.Token(t) is "nobody" or "noone" ? t + 1 : s.Token(t) is "no" && t + 1 < s.Count && s.Token(t + 1) is "one" ? t + 2 : -1;
        if (nobody < 0 || nobody >= s.Count) return false;
        var clause = s.Clause[t];
        var but = -1;
        for (var k = nobody; k < Math.Min(s.Count, nobody + 5) && s.Clause[k] == clause; k++)
            if (s.Token(k) is "but" or "except") { but = k; break; }
        if (but < 0) return false;
        var placeBefore = false;
        for (var k = nobody; k < but; k++) placeBefore |= IsRoomOrSlot(s.Token(k));
        var who = but + 1;
        // ("nobody but me & Hank in the place": the writer first, then the patient.)
        // (The tokenizer drops "&": "me & Hank" reaches here as "me hank"; the patient then a name or a word for them.)
        var writerFirst = false;
        if (who + 1 < s.Count && s.Token(who) is "me")
        {
            var p = s.Token(who + 1) is "and" ? who + 2 : who + 1;
            writerFirst = p < s.Count && s.Clause[p] == clause
                && ((s.Flags[p] & TokenFlags.TitleCase) != 0 || s.Token(p) is "him" or "her" or "pt" or "patient" or "the")
                // (Not a colleague: "me and Jen (PTA)", "me and Jen in the place, so Mr. Hale did his bike with Jen while I saw my 10:30".)
                && !(p + 1 < s.Count && (s.Flags[p + 1] & TokenFlags.AfterParen) != 0) && !SomeoneElseTreatedLaterInSentence(s, p);
            if (writerFirst) who = p;
        }
        if (who < s.Count && s.Token(who) is "the" or "this") who++;
        if (who >= s.Count || s.Clause[who] != clause || !IsThePatientNamed(s, who)) return false;
        var next = who + 1;
        // (Not "nobody but the patient's mom": a possessive.)
        if (next < s.Count && s.Token(next) is "s") return false;
        // "… and me", "… and the PT": the writer beside the patient.
        if (!writerFirst && next + 1 < s.Count && s.Clause[next] == clause && s.Token(next) is "and")
        {
            var w = next + 1;
            if (s.Token(w) is "the" && w + 1 < s.Count) w++;
            if (s.Token(w) is not ("me" or "myself" or "i" or "pt" or "ot" or "pta" or "cota" or "therapist" or "writer")) return false;
            next = w + 1;
        }
        if (next >= s.Count || s.Clause[next] != clause) return placeBefore;
        // Where or while: "in the gym", "on my schedule", "during the NMR", "for all of it".
        for (var k = next; k < Math.Min(s.Count, next + 5) && s.Clause[k] == clause; k++)
            if (IsRoomOrSlot(s.Token(k)) || s.Token(k) is "during" || (s.Token(k) is "for" && k + 1 < s.Count && s.Token(k + 1) is "all" or "the" or "her" or "his")) return true;
        return false;
    }

    // "Only Knox with me for the whole visit", "she was the only one in the studio with me".
    private static bool OnlyThePatientWithMe(NoteScratch s, int t)
    {
        if (s.Token(t) is not "only" || t + 3 >= s.Count) return false;
        var clause = s.Clause[t];
        var with = -1;
        if ((t == 0 || s.Clause[t - 1] != clause) && IsThePatientNamed(s, t + 1) && s.Token(t + 1) is not ("one" or "for" or "once" or "twice" or "briefly" or "then" or "partly"))
            with = t + 2;
        else if (s.Token(t + 1) is "one" && s.Token(t + 2) is "in" or "on" or "at")
        {
            var k = t + 3;
            if (k < s.Count && s.Token(k) is "the" or "my" or "this") k++;
            if (k < s.Count && IsRoomOrSlot(s.Token(k))) with = k + 1;
        }
        if (with < 0 || with + 1 >= s.Count || s.Clause[with + 1] != clause || s.Token(with) is not ("with" or "w/") || s.Token(with + 1) is not "me") return false;
        var end = with + 2;
        return end >= s.Count || s.Clause[end] != clause || ForTheWhole(s, end) || s.Token(end) is "throughout"
            || (end + 3 < s.Count && s.Token(end) is "for" && s.Token(end + 1) is "all" && s.Token(end + 2) is "of" && s.Token(end + 3) is "it");
    }

    // "PT time was his alone", "the whole block was his and the PT's alone": the session's time was the patient's alone.
    private static bool SessionWasTheirsAlone(NoteScratch s, int t)
    {
        if (s.Token(t) is not ("was" or "were") || t + 2 >= s.Count || s.Clause[t + 2] != s.Clause[t]) return false;
        var w = t + 1;
        if (s.Token(w) is not ("his" or "hers" or "theirs")) return false;
        w++;
        // ("his and the PT's", "his and mine")
        if (s.Token(w) is "and" && w + 2 < s.Count)
        {
            w++;
            if (s.Token(w) is "the" && w + 1 < s.Count) w++;
            if (s.Token(w) is not ("mine" or "pt's" or "ot's" or "therapist's" or "pt" or "ot" or "therapist")) return false;
            w++;
            if (w < s.Count && s.Token(w) is "s") w++;
        }
        if (w >= s.Count || s.Token(w) is not "alone" || s.Clause[w] != s.Clause[t]) return false;
        for (var k = t - 1; k >= Math.Max(0, t - 4) && s.Clause[k] == s.Clause[t]; k--)
            if (s.Token(k) is "time" or "block" or "session" or "tx" or "treatment" or "hour" or "visit" or "nmr" or "minutes") return true;
        return false;
    }

    // "all of it just her and me", "the whole 20 min just him and me": the session's time, then just the patient and the writer.
    private static bool JustThePatientAndMe(NoteScratch s, int t)
    {
        // (A writer's own dialect too: "jus' me an' him de whole time".)
        if (s.Token(t) is not ("just" or "jus")) return false;
        // "97112 24 min just her & me in the back room" (the tokenizer drops "&": "just her me"), "97112 22 min just us beam walking":
        // right after the code's minutes, a run-on note's word for the two of them.
        if (t + 2 < s.Count && s.Clause[t + 2] == s.Clause[t] && AfterItsMinutes(s, t)
            && ((s.Token(t + 1) is "her" or "him" && s.Token(t + 2) is "me") || (s.Token(t + 1) is "me" && s.Token(t + 2) is "her" or "him")
                || (s.Token(t + 1) is "us" && s.Token(t + 2) is not ("and" or "with" or "plus" or "the" or "a" or "an" or "her" or "his" or "my" or "aide" or "tech" or "student")))
            && !SpeaksOfHome(s, t) && !OthersInNote(s) && !LimitedAfter(s, s.Token(t + 1) is "us" ? t + 2 : t + 3)) return true;
        if (t + 3 >= s.Count || s.Clause[t + 3] != s.Clause[t]) return false;
        var pair = (s.Token(t + 1) is "her" or "him" && s.Token(t + 2) is "and" or "an" && s.Token(t + 3) is "me")
            || (s.Token(t + 1) is "me" && s.Token(t + 2) is "and" or "an" && s.Token(t + 3) is "her" or "him");
        // ("Just me an' Miss Dot the whole time": the writer, then the patient by title and name, for the whole session.)
        if (!pair && s.Token(t + 1) is "me" && s.Token(t + 2) is "and" or "an" or "&" && s.Token(t + 3) is "mr" or "mrs" or "ms" or "miss" && t + 4 < s.Count
            && IsTitledName(s, t + 4))
        {
            var after = t + 5;
            return (TheWholeTime(s, after) || ForTheWhole(s, after) || ForAllOfIt(s, after) || (AttendanceFieldBefore(s, t) && EndsClause(s, after)))
                && !SpeaksOfHome(s, t) && !ExceptionAfter(s, after) && !OthersInNote(s);
        }
        if (!pair) return false;
        // (Not a family's words: "Per wife, it's just him and me", "his wife says it is just him and me".)
        if (SpeaksOfHome(s, t)) return false;
        // (Said of the session: "all of it", "the whole …", the minutes, right before.)
        for (var k = t - 1; k >= Math.Max(0, t - 4) && s.Clause[k] == s.Clause[t]; k--)
            if ((s.Token(k) is "it" && k >= 2 && s.Token(k - 1) is "of" && s.Token(k - 2) is "all") || s.Token(k) is "whole" or "entire" or "session" or "tx" or "treatment"
                || s.IsMinuteNumber(k)) return true;
        // ("Attendance: just her and me.": the answer to a field of who was there, and nothing more in its clause.)
        return AttendanceFieldBefore(s, t) && (EndsClause(s, t + 4) || ForTheWhole(s, t + 4) || ForTheService(s, t + 4) || (TheWholeTime(s, t + 4) && !ExceptionAfter(s, t + 7)));
    }

    // The token ending a parenthesis of a form's marker right after the question at q ("(required)", "(optional)", "(select one)"); q
    // where there is none.
    private static int AfterFormMarker(NoteScratch s, int q)
    {
        if (q + 2 >= s.Count || s.Line[q + 1] != s.Line[q] || (s.Flags[q + 1] & TokenFlags.AfterParen) == 0) return q;
        // (Only a question of the patient and the writer alone, answered in one word ending the line: not "Were other patients
        // present during 1:1 time? (required): Yes", "(required): Yes for 10 min, then group of 3".)
        for (var k = s.LineStartOf(q); k < q; k++)
            if (s.Token(k) is "other" or "others" or "another" or "group" or "concurrent" or "present" or "aide" or "tech" or "student") return q;
        for (var p = q + 1; p < Math.Min(s.Count, q + 5) && s.Line[p] == s.Line[q]; p++)
        {
            if (s.Token(p) is not ("required" or "optional" or "select" or "choose" or "pick" or "check" or "one" or "all" or "that" or "apply" or "please")) return q;
            if ((s.Flags[p] & TokenFlags.ClosesParen) != 0)
                return p + 2 >= s.Count || s.Line[p + 2] != s.Line[q] || RemarkOfNoOneElse(s, p + 2) ? p : q;
        }
        return q;
    }

    // After the one-word answer, a remark set off by a dash or in parentheses that names no one else in the session and no part of
    // it: "Yes — her husband held the phone to video the home program", "Yes (Tom waited in the car)"; not "yes (group of 3)".
    private static bool RemarkOfNoOneElse(NoteScratch s, int t)
    {
        if ((s.Flags[t] & (TokenFlags.AfterDash | TokenFlags.AfterParen)) == 0) return false;
        for (var k = t; k < Math.Min(s.Count, t + 14) && s.Line[k] == s.Line[t]; k++)
            if (s.Token(k) is "group" or "concurrent" or "other" or "others" or "another" or "patients" or "patient" or "pts" or "pt" or "first" or "last" or "only"
                or "except" or "partial" or "part" or "min" or "mins" or "minutes" or "aide" or "tech" or "student" or "then") return false;
        return true;
    }

    // "just us for 10 of it", "just us briefly", "just her & me at the start": only part of the time.
    private static bool LimitedAfter(NoteScratch s, int t) =>
        t < s.Count && s.Clause[t] == s.Clause[t - 1] && s.Token(t) is "for" or "briefly" or "at" or "initially" or "first" or "until" or "till" or "til" or "part"
            or "partly" or "half" or "some" or "except" or "then" or "while" or "when" or "during" or "before" or "after" or "mostly";

    // The token before t is a minutes word right after a number of minutes ("24 min just …"), or the code itself ("97112 just …").
    private static bool AfterItsMinutes(NoteScratch s, int t) =>
        (t >= 2 && s.Token(t - 1) is "min" or "mins" or "minutes" or "m" && s.IsMinuteNumber(t - 2) && s.Clause[t - 1] == s.Clause[t])
        || (t >= 1 && (s.Flags[t - 1] & TokenFlags.CodeLike) != 0 && s.Clause[t - 1] == s.Clause[t]);

    // "her & me alone all of it", "him and me alone the whole time", "Her and me alone.": opening its clause, the patient and the
    // writer, "alone", then the whole service or nothing more in the clause (the tokenizer drops "&").
    private static bool ThePatientAndMeAlone(NoteScratch s, int t)
    {
        if (s.Token(t) is not ("her" or "him") || !OpensClause(s, t)) return false;
        var me = t + 1 < s.Count && s.Token(t + 1) is "and" ? t + 2 : t + 1;
        if (me + 1 >= s.Count || s.Token(me) is not "me" || s.Token(me + 1) is not "alone" || s.Clause[me + 1] != s.Clause[t]) return false;
        var after = me + 2;
        var whole = EndsClause(s, after) || TheWholeTime(s, after) || ForTheWhole(s, after) || ForAllOfIt(s, after) || (after < s.Count && s.Token(after) is "throughout")
            || (after + 2 < s.Count && s.Token(after) is "all" && s.Token(after + 1) is "of" && s.Token(after + 2) is "it");
        // (Not a family's words or their home: "Wife: him and me alone, kids out of state", "Social: lives w/ husband …; him and me alone".)
        return whole && !ExceptionAfter(s, after) && !NotTheWholeSession(s, t, s.Count, ClauseEndAfter(s, after)) && !SpeaksOfHome(s, t) && !FamilyOrHomeOnLine(s, t);
    }

    // A field of the patient's home or family before t on its line ("Social: …", "Wife: him and me alone", "Lives: …") — not "husband
    // waited in car" after it.
    private static bool FamilyOrHomeOnLine(NoteScratch s, int t)
    {
        for (var k = s.LineStartOf(t); k < t; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0 && s.Token(k) is "wife" or "husband" or "spouse" or "family" or "lives" or "social" or "daughter" or "son" or "caregiver" or "home" or "living" or "situation")
                return true;
        return false;
    }

    // The token at t opens the value of a field of who attended ("Attendance:", "Present:", "Who:", "In room:").
    private static bool AttendanceFieldBefore(NoteScratch s, int t) =>
        t > 0 && (s.Flags[t - 1] & TokenFlags.Label) != 0 && s.Line[t - 1] == s.Line[t]
        && s.Token(t - 1) is "attendance" or "present" or "who" or "attended" or "staffing" or "delivery" or "supervision" or "room" or "persons" or "people";

    // "hands-on with her alone the entire 97112", "Attendance: with him alone for the whole session": with the patient alone for the
    // whole of the service — said by the writer, with a verb of attending or under a field of who attended, nobody else's doing
    // (an aide, a student) nor denied in the words before.
    private static bool WithThePatientAloneTheWholeService(NoteScratch s, int t)
    {
        // ("worked with him by himself for the whole neuro block", "with her on her own the entire 97112": the same in other words.)
        var alone = s.Token(t) is "alone" ? t
            : s.Token(t) is "by" && t + 1 < s.Count && s.Token(t + 1) is "himself" or "herself" ? t + 1
            : s.Token(t) is "on" && t + 2 < s.Count && s.Token(t + 1) is "his" or "her" && s.Token(t + 2) is "own" ? t + 2 : -1;
        if (alone < 0 || t < 2 || alone + 1 >= s.Count || s.Token(t - 1) is not ("her" or "him") || s.Token(t - 2) is not ("with" or "w/")
            || s.Clause[t - 2] != s.Clause[t] || s.Clause[alone + 1] != s.Clause[t]) return false;
        var k = alone + 1;
        var whole = ForTheWhole(s, k) || ForTheService(s, k) || ForAllOfIt(s, k) || s.Token(k) is "throughout";
        if (!whole && s.Token(k) is "the" && k + 2 < s.Count && s.Token(k + 1) is "entire" or "whole" && s.Clause[k + 2] == s.Clause[t])
            whole = (s.Flags[k + 2] & TokenFlags.CodeLike) != 0 || s.Token(k + 2) is "session" or "visit" or "block" or "time" or "nmr" or "treatment" or "hour" or "appointment";
        if (!whole) return false;
        var said = false;
        for (var b = t - 3; b >= Math.Max(0, t - 8) && s.Sentence[b] == s.Sentence[t]; b--)
        {
            if (s.Token(b) is "aide" or "tech" or "student" or "not" or "no" or "while" or "never" or "didn't" or "wasn't") return false;
            said |= s.Token(b) is "i" or "we" or "hands" or "hands-on" || IsAttendingVerb(s.Token(b)) || AttendanceFieldBefore(s, b + 1);
        }
        return said && !SpeaksOfHome(s, t);
    }

    /// <summary>
    /// "the PT did not leave the bay or take another pt", "never stepped away or picked up a second pt": another patient after a verb
    /// joined by "or" to a denied one, in one clause — denied too.
    /// </summary>
    internal static bool DeniedAcrossOr(NoteScratch s, int start)
    {
        // (The verb before the term, or opening it: "or picked up another pt".)
        // ("picked up another pt", "took on a second pt": a particle between.)
        var verb = start >= 1 && s.Token(start - 1) is "up" or "on" ? start - 2 : start - 1;
        var or = verb >= 1 && IsTakingVerb(s.Token(verb)) ? verb - 1 : start >= 1 && IsTakingVerb(s.Token(start)) ? start - 1 : -1;
        if (or < 1 || s.Token(or) is not ("or" or "nor") || s.Clause[or] != s.Clause[start]) return false;
        for (var k = or - 1; k >= Math.Max(0, or - 9) && s.Clause[k] == s.Clause[start]; k--)
            if (s.Token(k) is "not" or "never" or "didn't" or "didnt" or "t") return true;
        return false;
    }

    private static bool IsTakingVerb(ReadOnlySpan<char> w) =>
        w is "take" or "took" or "see" or "saw" or "treat" or "treated" or "start" or "started" or "add" or "added" or "pick" or "picked"
            or "grab" or "grabbed" or "have" or "had" or "work" or "bring" or "brought";

    // "Therapist : patient    ☒ 1 : 1    ☐ 1 : 2    ☐ group": a ratio field's ticked option written with spaces round its colon
    // ("1 : 1" reaches the reader as "1" and "1"), the field naming the therapist or the patient before the box.
    private static bool TicksASpacedOneToOne(NoteScratch s, int t)
    {
        if (s.Token(t) is not "☒" || t + 2 >= s.Count || s.Token(t + 1) is not "1" || (s.Flags[t + 1] & TokenFlags.Label) == 0 || s.Token(t + 2) is not "1"
            || s.Cell[t + 2] != s.Cell[t + 1] || s.Line[t + 2] != s.Line[t] || (t + 3 < s.Count && s.Line[t + 3] == s.Line[t] && s.Cell[t + 3] == s.Cell[t + 2])) return false;
        for (var k = Math.Max(s.LineStartOf(t), t - 6); k < t; k++)
            if (s.Token(k) is "therapist" or "patient" or "pt" or "ratio" or "staff" or "client" or "staffing") return true;
        return false;
    }

    // "I was hands-on with her, alone in the treatment room, for every minute": the writer with the patient, then alone in the room
    // (not "pt alone in the gym while I charted": the writer with the patient first, in the sentence, nobody else named).
    private static bool WithThePatientAloneInTheRoom(NoteScratch s, int t)
    {
        if (s.Token(t) is not "alone" || t + 2 >= s.Count || s.Token(t + 1) is not ("in" or "at")) return false;
        var room = false;
        for (var k = t + 2; k < Math.Min(s.Count, t + 5) && s.Sentence[k] == s.Sentence[t]; k++) room |= IsRoomOrSlot(s.Token(k));
        if (!room) return false;
        bool with = false, writer = false;
        for (var k = t - 1; k >= Math.Max(0, t - 8) && s.Sentence[k] == s.Sentence[t]; k--)
        {
            if (s.Token(k) is "aide" or "tech" or "student" or "not" or "no" or "while") return false;
            with |= s.Token(k) is "with" or "w/" && k + 1 < t && s.Token(k + 1) is "her" or "him" or "pt" or "patient" or "the" or "this";
            writer |= s.Token(k) is "i" or "we";
        }
        return with && writer;
    }

    // A session's place or time (IsSessionPlaceWord), or the room these writers name ("the lab", "the turf", "the mat").
    private static bool IsRoomOrSlot(ReadOnlySpan<char> w) =>
        IsSessionPlaceWord(w) || w is "lab" or "floor" or "mat" or "turf" or "court" or "pool" or "nmr" or "visit" or "place";

    // The patient as a name or a word for them — not a number, a family member, a possessive ("the patient's mom"), a pronoun's
    // possessive before a noun.
    private static bool IsThePatientNamed(NoteScratch s, int k) =>
        k < s.Count && (s.Flags[k] & (TokenFlags.Number | TokenFlags.NumberWord | TokenFlags.CodeLike)) == 0 && !IsFamilyWord(s.Token(k))
        && !s.Token(k).EndsWith("'s") && !s.Token(k).EndsWith("’s") && s.Token(k) is not ("a" or "an" or "the" or "my" or "his" or "their" or "staff" or "aide" or "aides" or "students" or "student" or "tech");

    /// <summary>
    /// "Patients treated by this PT during the 97112 block: 1 (this patient)", "Pts on the floor during NMR: 1": a field counting
    /// the patients the clinician had during the session, answered one.
    /// </summary>
    internal static bool CountsOnePatient(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            if (s.Token(t) is not ("patients" or "pts" or "clients") || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            var during = false;
            for (var k = t; k < Math.Min(s.Count - 1, t + 10) && s.Line[k] == s.Line[t]; k++)
            {
                during |= s.Token(k) is "treated" or "seen" or "during" or "in" or "on";
                if ((s.Flags[k] & TokenFlags.Label) == 0) continue;
                var value = k + 1;
                if (!during || s.Line[value] != s.Line[t] || s.Token(value) is not "1" || (s.Flags[value] & TokenFlags.Unticked) != 0) break;
                // The one alone, or named as this patient: "1", "1 (this patient)", "1 — this pt" (not "1 of 3 in the group").
                var after = value + 1;
                if (after >= s.Count || s.Line[after] != s.Line[t] || s.Token(after) is "this" or "the" || (s.Flags[after] & TokenFlags.AfterParen) != 0 && s.Token(after) is "this" or "pt" or "patient")
                    return !PartOfTheSessionOrAsked(s, value);
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// One-on-one match m names a person or the patient's own staffing, not how the session was delivered: "The individual was seen
    /// in the therapy room", "the individual's sister" (the word a day programme uses for the person it serves); "with his 1:1
    /// staff", "her 1:1 aide" (the ratio of a group home's or a school's staff).
    /// </summary>
    internal static bool NamesAPersonNotTheSession(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var next = end < s.Count && s.Clause[end] == s.Clause[start] ? s.Token(end) : "";
        if (s.MatchLength[m] == 1 && s.Token(start) is "individual" && start > 0 && s.Clause[start - 1] == s.Clause[start]
            && s.Token(start - 1) is "the" or "this" or "that" or "each" or "every")
            return next is "" or "was" or "is" or "has" or "had" or "s" or "arrived" or "came" or "reports" or "reported" or "states" or "stated" or "lives"
                or "who" or "did" or "does" or "will" or "uses" or "used" or "walked" or "presents" or "presented" or "tolerated" or "participated";
        return s.Token(start) is "1:1" && next is "staff" or "staffer" or "aide" or "sitter" or "dsp" or "para" or "paraprofessional" or "worker" or "support";
    }

    // A first name as these writers give it: a capitalised word the vocabulary does not know, not a clinician's, the family's
    // or a calendar word ("Ana", "Devin", "Earl"; not "Today", "Monday", "Mom", "Therapist").
    private static bool IsBareName(NoteScratch s, int k) =>
        k < s.Count && (s.Flags[k] & TokenFlags.TitleCase) != 0 && (s.Flags[k] & (TokenFlags.Number | TokenFlags.AllCaps | TokenFlags.Unticked | TokenFlags.Label)) == 0 && s.MatchAt[k] < 0
        && s.Token(k).Length >= 3 && PersonOf(s.Token(k)) == Person.None && !IsFamilyWord(s.Token(k)) && !IsRoomOrSlot(s.Token(k))
        && s.Token(k) is not ("just" or "only" or "it" or "the" or "this" or "that" or "and" or "today" or "tonight" or "nobody" or "everyone" or "someone"
            or "his" or "her" or "their" or "our" or "my" or "then" or "after" or "before" or "both" or "all" or "each" or "staff" or "aide" or "aides" or "tech"
            or "student" or "students" or "doctor" or "nurse" or "surgeon" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday");

    internal static bool IsFamilyWord(ReadOnlySpan<char> w) =>
        w is "mom" or "dad" or "mother" or "father" or "wife" or "husband" or "son" or "daughter" or "spouse" or "caregiver" or "family" or "parent" or "parents"
            or "sister" or "brother" or "grandma" or "grandpa" or "grandson" or "granddaughter" or "aunt" or "uncle" or "nanny" or "sitter" or "pca";

    // "home", "house", "lives" in the statement's clause: the patient's home life, not the session.
    private static bool HomeInClause(NoteScratch s, int t)
    {
        for (var k = s.SentenceStartOf(t); k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Clause[k] == s.Clause[t] && s.Token(k) is "home" or "house" or "apartment" or "lives" or "living") return true;
        return false;
    }

    // A speech therapist in the pair: SLP time is not the PT's or OT's service.
    private static bool SpeechTherapistIn(NoteScratch s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if (s.Token(k) is "slp" or "speech") return true;
        return false;
    }

    // Minutes after the statement in its sentence ("for 5 min of the 23") — not the session's own ("the whole 24 min").
    private static bool MinutesAfterInSentence(NoteScratch s, int from)
    {
        // (Not the whole session's minutes after it was said to be the whole: "… for the whole neuromuscular re-education (97112), 22 minutes".)
        var whole = false;
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[Math.Max(0, from - 1)]; k++)
        {
            whole |= (s.Token(k) is "whole" or "entire" && k > from && s.Token(k - 1) is "the") || (s.Token(k) is "all" && k + 1 < s.Count && s.Token(k + 1) is "of");
            // (Nor the code's own minutes in brackets after it: "… for all of the 97112 (20 min)".)
            if ((s.IsMinuteNumber(k) || (k + 1 < s.Count && (s.Flags[k] & TokenFlags.Integer) != 0 && s.StartsOrIn(k + 1, PhraseKind.MinuteUnit)))
                && !(k > 0 && s.Token(k - 1) is "whole" or "entire" or "full" or "all") && !(whole && s.Clause[k] != s.Clause[from])
                && !(whole && (s.Flags[k] & TokenFlags.AfterParen) != 0 && k > 0 && (s.Flags[k - 1] & TokenFlags.CodeLike) != 0)) return true;
        }
        return false;
    }

    private static bool PatientNamedAfter(NoteScratch s, int from)
    {
        for (var k = from; k + 1 < s.Count && s.Sentence[k] == s.Sentence[Math.Max(0, from - 1)]; k++)
            if (s.Token(k) is "this" or "the" && s.Token(k + 1) is "pt" or "patient" or "client") return true;
        return false;
    }

    // "in the balance room", "in the vestibular room", "in the small gym": a room of a few words.
    private static bool InTheRoom(NoteScratch s, int k)
    {
        if (s.Token(k) is not ("in" or "on" or "at")) return false;
        for (var p = k + 1; p < Math.Min(s.Count, k + 5) && s.Clause[p] == s.Clause[k]; p++)
            if (s.Token(p) is "gym" or "room" or "clinic" or "bay" or "lab" or "pool" or "studio") return true;
        return false;
    }

    // A title and a name ("Mr. K", "Mrs. L") in t's sentence outside [from, to): someone else named there.
    private static bool NamesAnotherPerson(NoteScratch s, int t, int from, int to = -1)
    {
        if (to < 0) to = t;
        var first = s.SentenceStartOf(t);
        // (A title's full stop ends a sentence: look one sentence back, and on to the next, too.)
        if (first > 0) first = s.SentenceStartOf(first - 1);
        for (var k = first; k + 1 < s.Count && s.Sentence[k] <= s.Sentence[t] + 2; k++)
            if ((k < from || k >= to) && s.Token(k) is "mr" or "mrs" or "ms" or "miss" && char.IsLetter(s.Token(k + 1)[0]) && !(k + 1 >= from && k + 1 < to)) return true;
        return false;
    }

    // "…anyone but her, other than a quick check on …", "… but him, and Mrs. L": the exception taken back after it.
    private static bool OtherThanAfter(NoteScratch s, int from)
    {
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[Math.Max(0, from - 1)]; k++)
            if (s.Token(k) is "other" or "and" or "plus") return true;
        return false;
    }

    // "the whole time", "the entire session".
    private static bool TheWholeTime(NoteScratch s, int k) =>
        k + 2 < s.Count && s.Token(k) is "the" or "de" && s.Token(k + 1) is "whole" or "entire" && s.Token(k + 2) is "time" or "session" or "visit" or "block" or "hour";

    // "for the session", "for the whole block", "for the hour" (not "for the car transfer", "for the stair training").
    private static bool ForTheWhole(NoteScratch s, int k)
    {
        // (k may be the note's end: the readings that call this look right after what they read.)
        if (k + 1 >= s.Count || s.Token(k) is not "for") return false;
        var w = k + 1;
        if (s.Token(w) is "the" or "this" && w + 1 < s.Count) w++;
        if (s.Token(w) is "whole" or "entire" or "full" && w + 1 < s.Count) w++;
        // ("for the billed block", "for the timed session", "for the whole neuro block")
        if (s.Token(w) is "billed" or "timed" or "neuro" or "nmr" or "balance" && w + 1 < s.Count) w++;
        return s.Token(w) is "session" or "visit" or "block" or "hour" or "slot" or "appointment" or "appt" or "tx" or "treatment";
    }

    // "Only Doña Juana and me in the gym for the 97112", "only Don Arturo and me for the whole neuro re-ed", "Only Earl and me in the
    // room for the whole 97112", "Just Ken and me — he comes on his own": opening its clause, "only" or "just", the patient by
    // name, "and me", then the whole service (where, then for how long) — and nobody else said to be there, nor anyone else
    // named by title in the note.
    internal static bool OnlyTheNamedAndMe(NoteScratch s)
    {
        // The note's titled names, looked for once (two that differ are enough to know someone else is named); the signer's
        // name, looked for once when a statement needs it.
        int firstTitled = -2, otherTitled = -1, signer = -2;
        for (var t = 0; t + 4 < s.Count; t++)
        {
            // ("It was just her and me in the back room for the whole of the balance work": "it was" may open the clause, and then
            // the patient may be a pronoun — where the whole service is said after it.)
            var itWas = t >= 2 && s.Token(t - 1) is "was" && s.Token(t - 2) is "it" && s.Clause[t - 2] == s.Clause[t] && OpensClause(s, t - 2);
            // ("Staff in the water: just him and me": a field's value of who was there, the patient a pronoun.)
            var fieldValue = t >= 1 && s.Token(t) is "just" or "only" && (s.Flags[t - 1] & TokenFlags.Label) != 0 && s.Line[t - 1] == s.Line[t]
                && s.Token(t - 1) is "staff" or "water" or "who" or "attendance" or "present" or "room" or "staffing" or "ratio";
            // ("Delivery: Tessa and Mr. Kowalski only for the billed block": the two names open the clause, "only" after them.)
            var trailingOnly = false;
            if (s.Token(t) is not ("only" or "just") || !(OpensClause(s, t) || itWas))
            {
                // ("Him and me only." — a sentence of its own.)
                var pronounSentence = s.Token(t) is "him" or "her" && s.Token(t + 2) is "me" && t + 3 < s.Count && s.Token(t + 3) is "only"
                    && t == s.SentenceStartOf(t) && (t + 4 >= s.Count || s.Sentence[t + 4] != s.Sentence[t]);
                if (!OpensClause(s, t) || !(IsBareName(s, t) || pronounSentence) || s.Token(t + 1) is not "and") continue;
                trailingOnly = true;
            }
            var name = trailingOnly ? t : t + 1;
            var pronoun = (itWas || trailingOnly || fieldValue) && s.Token(name) is "him" or "her";
            if (!pronoun && !trailingOnly)
            {
                if (IsTitledName(s, name + 1)) name++;
                else if (!IsBareName(s, name)) continue;
            }
            // ("Don Arturo": a first name after its title; "Earl": a first name alone.)
            if (!pronoun && name + 1 < s.Count && s.Token(name + 1) is not "and" && IsBareName(s, name + 1) && s.Clause[name + 1] == s.Clause[t]) name++;
            var and = name + 1;
            if (and + 1 >= s.Count || s.Token(and) is not "and") continue;
            // ("Just Jesse and Vern in the gym for the whole block" in a note signed "J. Kusek, PT", "Just Jana and Mrs. Kempf for the
            // NMR" under "Jana Kruse, PT, DPT": the writer by first name, and the patient — one of the two names the signer's.)
            var second = and + 2 < s.Count && IsTitledName(s, and + 2) ? and + 2 : and + 1;
            var signerNamed = false;
            if (!pronoun && s.Token(and + 1) is not ("me" or "i" or "myself") && (IsBareName(s, second) || second > and + 1) && s.Clause[and + 1] == s.Clause[t])
            {
                if (signer == -2) signer = SignerOf(s);
                signerNamed = signer >= 0 && NamesTheSigner(s, name, signer) != NamesTheSigner(s, second, signer);
            }
            // ("Just Peg and Amos for the whole balance block": two first names, the writer's by a name the signature does not
            // spell, then the whole service said in so many words — two people in the session, one of them its clinician.)
            // ("just Colleen and Mr. Saufley for the whole 97112": the writer's first name, then the patient by title.)
            var twoForTheWhole = !signerNamed && !pronoun && !trailingOnly && s.Token(t) is "just" or "only" && IsBareName(s, name)
                // (The title's full stop ends the tokenizer's clause: the title, not the name after it, is in the statement's clause.)
                // (A titled patient only with the whole of it in so many words: "for the whole 97112" — not "Just Jana and Mrs. Kempf for the
                // NMR", two names neither known to be the writer's.)
                && ((IsBareName(s, second) && second == and + 1)
                    || (second == and + 2 && IsTitledName(s, second) && second + 3 < s.Count && s.Token(second + 3) is "whole" or "entire"))
                && s.Clause[and + 1] == s.Clause[t] && (ForTheWhole(s, second + 1) || ForTheService(s, second + 1) || ForAllOfIt(s, second + 1))
                // (Not two patients taking turns: "…; I alternated perturbations between them", "taking turns on the foam".)
                && !TurnsTaken(s, t);
            if (s.Token(and + 1) is not ("me" or "i" or "myself") && !signerNamed && !twoForTheWhole) continue;
            var after = signerNamed || twoForTheWhole ? second + 1 : and + 2;
            if (trailingOnly)
            {
                if (after >= s.Count || s.Token(after) is not "only" || s.Line[after] != s.Line[t]) continue;
                after++;
            }
            // The patient: the name that is not the signer's.
            var patient = twoForTheWhole ? second : signerNamed && NamesTheSigner(s, name, signer) ? second : name;
            // "in the room", "in the gym": where, then for how long.
            if (after + 2 < s.Count && s.Token(after) is "in" or "at" && s.Token(after + 1) is "the" or "our" or "my" && IsSessionPlaceWord(s.Token(after + 2))) after += 3;
            // ("just Isabella and me on the mat; Mom held the phone", "… in the pool.": the mat or the pool the session was on, ending
            // its sentence — not "…, her twin on the swing with me between turns".)
            else if (after + 2 < s.Count && s.Token(after) is "on" or "in" && s.Token(after + 1) is "the" && s.Token(after + 2) is "mat" or "mats" or "pool" && s.Clause[after + 2] == s.Clause[after]
                && (after + 3 >= s.Count || s.Sentence[after + 3] != s.Sentence[after])) after += 3;
            // ("in the back room", "in the quiet room", "in the vestibular room")
            else if (after + 3 < s.Count && s.Token(after) is "in" or "at" && s.Token(after + 1) is "the" or "our" or "my" && s.Token(after + 2) is "back" or "quiet" or "small" or "side" or "private" or "treatment"
                    or "vestibular" or "balance" or "neuro" or "exam" or "therapy"
                && s.Clause[after + 3] == s.Clause[after] && IsSessionPlaceWord(s.Token(after + 3))) after += 4;

            // ("For the balance part, it was just him and me in the room": the 97112's part named before it, all of that part.)
            // (Or a spaced dash, a remark after it: "Just Marisol and Kaden in the vestibular room — mom in the lobby".)
            // (Only where the remark is someone of the family outside the room: "— mom in the lobby", "— his wife stayed in the truck".)
            var remark = after + 1 < s.Count && (s.Flags[after] & TokenFlags.AfterDash) != 0 && s.Line[after] == s.Line[t] && !pronoun
                && FamilyOutsideTheRoom(s, after) && !SomeoneJoined(s);
            var ends = EndsClause(s, after) || remark;
            // ("Just Juniper and Mr. Yazzie in the room the whole session": the whole of it without "for".)
            if (!(ForTheService(s, after) || ForAllOfIt(s, after) || ForTheBalancePart(s, after) || (TheWholeTime(s, after) && !pronoun) || (ends && (!pronoun || trailingOnly || fieldValue || FrontedServicePart(s, t - 2)))) || SentenceSaysOtherwise(s, t, reasonsExplain: true) || ExceptionAfter(s, after) || NotTheWholeSession(s, t, s.Count, remark ? after : ClauseEndAfter(s, after))
                || OthersInNote(s) || PatientNamedAfter(s, after)) continue;
            // ("Just Mrs. Ferrante and me for all of it, her husband on the bike doing his own program": after "just", someone
            // else in the rest of the sentence may be another patient — read only where nobody else is.)
            if (s.Token(t) is "just" && SomeoneElseLaterInSentence(s, after)) continue;
            // Someone else by title and name anywhere in the note ("Last 8 min also supervised Mrs. Ito"): not one-on-one.
            if (firstTitled == -2) (firstTitled, otherTitled) = TwoTitledNames(s);
            if ((firstTitled >= 0 && !s.Token(firstTitled).SequenceEqual(s.Token(patient))) || (otherTitled >= 0 && !s.Token(otherTitled).SequenceEqual(s.Token(patient)))) continue;
            return true;
        }
        return false;
    }

    /// <summary>How many of a note's last lines are looked at for its signature.</summary>
    private const int SignatureLines = 4;

    // The signer's first name or initial: the note's signature among its last lines ("J. Kusek, PT", "Jesse Kusek, PT"), else a
    // therapist's name and credential opening a cell anywhere ("97112 NMR | Tessa Lindahl PT | 24 min", "Who: [X] PT …   Jana
    // Kruse, PT, DPT"); -1 for none.
    private static int SignerOf(NoteScratch s)
    {
        var lastLine = s.Line[s.Count - 1];
        var start = s.Count - 1;
        while (start > 0 && s.Line[start - 1] >= lastLine - SignatureLines + 1) start--;
        for (var k = start; k + 2 < s.Count; k++)
            if (k == s.LineStartOf(k) && NameAndCredential(s, k)) return k;
        // (Not on the note's first line, a letterhead's: "Valley Sports PT — Spearfish".)
        for (var k = s.LineEndOf(0); k + 2 < s.Count; k++)
            if (s.Cell[k] != s.Cell[k - 1] && (s.Flags[k] & TokenFlags.TitleCase) != 0 && s.Token(k).Length >= 3 && NameAndCredential(s, k)) return k;
        return -1;
    }

    // A first name or initial, a capitalised surname, then a therapist's credential on that line.
    private static bool NameAndCredential(NoteScratch s, int k) =>
        (s.Flags[k + 1] & TokenFlags.TitleCase) != 0 && s.Line[k + 2] == s.Line[k] && char.IsAsciiLetter(s.Token(k)[0]) && s.Token(k) is not ("dr" or "mr" or "mrs" or "ms")
        && (IsCredential(s.Token(k + 2))
            // ("M. Etsitty-Crane PT DPT", "Ana Ruiz Soto, PT": a hyphenated or double surname reaches the reader as two words.)
            || (k + 3 < s.Count && (s.Flags[k + 2] & TokenFlags.TitleCase) != 0 && s.Line[k + 3] == s.Line[k] && IsCredential(s.Token(k + 3))));

    private static bool IsCredential(ReadOnlySpan<char> w) => w is "pt" or "pta" or "dpt" or "ot" or "otr" or "ota" or "cota" or "mpt" or "otr/l";

    // The name at n is the signature's first name at given, or begins with its initial.
    private static bool NamesTheSigner(NoteScratch s, int n, int given) =>
        s.Token(given).Length == 1 ? s.Token(n)[0] == s.Token(given)[0] : s.Token(n).SequenceEqual(s.Token(given));

    // "mom in the lobby", "his wife stayed in the truck", "dad waited outside": someone of the family, outside the session's room.
    private static bool FamilyOutsideTheRoom(NoteScratch s, int k) => FamilyOutsideTheRoomEnd(s, k) >= 0;

    // The last token of such a remark, or -1.
    private static int FamilyOutsideTheRoomEnd(NoteScratch s, int k)
    {
        if (k + 1 < s.Count && s.Token(k) is "his" or "her" or "the") k++;
        if (k + 1 >= s.Count || !IsFamilyWord(s.Token(k))) return -1;
        k++;
        // ("his husband drove and waited in the lobby": a few words of what they did, then where.)
        for (var verbs = 0; verbs < 4 && k < s.Count && s.Token(k) is "stayed" or "waited" or "waiting" or "sat" or "was" or "stays" or "drove" or "and" or "parked"; verbs++) k++;
        return OutsideTheRoomEnd(s, k);
    }

    // "in the lobby", "out in the car", "in the waiting room", "outside": where someone waited, not in the session's room (the place's
    // last token, or -1).
    private static int OutsideTheRoomEnd(NoteScratch s, int k)
    {
        if (k < s.Count && s.Token(k) is "outside") return k;
        if (k < s.Count && s.Token(k) is "out") k++;
        if (k + 2 >= s.Count || s.Token(k) is not ("in" or "at") || s.Token(k + 1) is not ("the" or "de")) return -1;
        return s.Token(k + 2) is "lobby" or "car" or "truck" or "waiting" or "parking" or "cafeteria" or "hallway" or "hall" ? k + 2 : -1;
    }

    private static bool TreatedLaterInSentence(NoteScratch s, int from)
    {
        for (var k = from; k < Math.Min(s.Count, from + 12) && s.Sentence[k] == s.Sentence[from - 1]; k++)
            if (s.Token(k) is "own" or "exercises" or "exercise" or "program" or "programme" or "pta" or "aide" or "tech" or "treated" or "doing"
                || (s.Token(k) is "patient" or "pt" && !(k >= 2 && s.Token(k - 2) is "not" or "isn't"))) return true;
        return false;
    }

    private static bool SomeoneElseLaterInSentence(NoteScratch s, int from)
    {
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[Math.Max(0, from - 1)]; k++)
        {
            // ("…, his wife watched from the bench": a family member who looked on treats nobody and is treated by nobody.)
            if (s.Token(k) is "husband" or "wife" or "spouse" or "partner" or "son" or "daughter" or "mother" or "father" or "mom" or "dad" or "sister" or "brother"
                && k + 1 < s.Count && s.Token(k + 1) is "watched" or "watching" or "waited" or "waiting" or "observed" or "looked" or "listening" or "listened"
                    // ("— his daughter stood by the mat table and is not a patient here"; not "… stood at the bars doing her own knee
                    // exercises with the PTA", "… sat on the bike as a patient of the PTA".)
                    or "stood" or "sat" && !TreatedLaterInSentence(s, k + 2)) { k++; continue; }
            // ("— mom in the lobby", "his husband drove and waited in the lobby": someone of the family outside the room.)
            if (FamilyOutsideTheRoomEnd(s, k) is var outside and >= 0) { k = outside; continue; }
            if (s.Token(k) is "husband" or "wife" or "spouse" or "partner" or "son" or "daughter" or "mother" or "father" or "mom" or "dad" or "friend"
                or "sister" or "brother" or "neighbor" or "neighbour" or "aide" or "student" or "treating" or "program" or "programme" || IsOthers(s, k)) return true;
        }
        return false;
    }

    // The first name written after a title in the note ("Mrs. Ito", not an initial), and the first after it that differs; -1 for none.
    private static (int First, int Other) TwoTitledNames(NoteScratch s)
    {
        var first = -1;
        for (var k = 1; k < s.Count; k++)
        {
            if (!IsTitledName(s, k) || s.Token(k).Length < 2) continue;
            if (first < 0) first = k;
            else if (!s.Token(k).SequenceEqual(s.Token(first))) return (first, k);
        }
        return (first, -1);
    }

    // "Alone with me for the 97112", "Nobody else with me for the 97112 — just Mrs. Olafson": opening its clause, the patient
    // alone with the writer (or nobody else with the writer), for the whole service or with nothing more in the clause.
    internal static bool AloneWithMe(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            if (!OpensClause(s, t)) continue;
            var with = s.Token(t) is "alone" ? t + 1
                : s.Token(t) is "nobody" or "noone" && s.Token(t + 1) is "else" ? t + 2
                : s.Token(t) is "no" && t + 2 < s.Count && s.Token(t + 1) is "one" && s.Token(t + 2) is "else" ? t + 3 : -1;
            if (with < 0 || with + 1 >= s.Count || s.Token(with) is not ("with" or "w") || s.Token(with + 1) is not "me" || s.Clause[with + 1] != s.Clause[t]) continue;
            var after = with + 2;
            // ("— just Mrs. Olafson" after it names the patient, not someone else there.)
            var end = ClauseEndAfter(s, after);
            var namesThePatient = end + 1 < s.Count && s.Token(end) is "just" or "only" && (IsTitledName(s, end + 2) || IsBareName(s, end + 1));
            if (!(ForTheService(s, after) || ForAllOfIt(s, after) || EndsClause(s, after)) || SentenceSaysOtherwise(s, t) || (namesThePatient ? ExceptionInClause(s, after) : ExceptionAfter(s, after))
                || NotTheWholeSession(s, t, s.Count, end) || SpeaksOfHome(s, t)) continue;
            return true;
        }
        return false;
    }

    // "for the 97112", "for the NMR": the code's service, all of it (not "for the 97110 part").
    // ("for the whole 97112", "for the entire NMR": all of it.)
    private static bool ForTheService(NoteScratch s, int k)
    {
        if (k + 2 >= s.Count || s.Token(k) is not "for" || s.Token(k + 1) is not "the") return false;
        var w = k + 2;
        if (s.Token(w) is "whole" or "entire" && w + 1 < s.Count) w++;
        return s.Clause[w] == s.Clause[k] && ((s.Flags[w] & TokenFlags.CodeLike) != 0 || s.Token(w) is "nmr" or "neuro" or "neuromuscular")
            && !(w + 1 < s.Count && s.Clause[w + 1] == s.Clause[k] && s.Token(w + 1) is "part" or "portion" or "half");
    }

    // "for the balance part", "for the NMR portion" (and what else after it: "… and the exercises"): all of the one-on-one code's part.
    private static bool ForTheBalancePart(NoteScratch s, int k) =>
        k + 3 < s.Count && s.Token(k) is "for" && s.Token(k + 1) is "the" && s.Token(k + 2) is "balance" or "nmr" or "97112" or "neuro"
        && s.Token(k + 3) is "part" or "portion" && s.Clause[k + 3] == s.Clause[k];

    // "For the balance part, it was …", "For the NMR portion, it was …": a clause of its own before the "it" at i, naming the
    // one-on-one code's service (its number or its words, not another code's) and the part of the visit it was.
    private static bool FrontedServicePart(NoteScratch s, int i)
    {
        var part = i - 1;
        if (part < 3 || s.Clause[part] == s.Clause[i] || s.Token(part) is not ("part" or "portion" or "block" or "section")) return false;
        var named = false;
        var k = part - 1;
        for (; k >= Math.Max(0, part - 3) && s.Clause[k] == s.Clause[part] && s.Token(k) is not "the"; k--)
            named |= s.Token(k) is "97112" or "balance" or "nmr" or "neuro" or "neuromuscular";
        return named && k >= 1 && s.Token(k) is "the" && s.Token(k - 1) is "for" && s.Clause[k - 1] == s.Clause[part] && OpensClause(s, k - 1);
    }

    // Nothing more in the clause at k (its end, a spaced dash or the note's end).
    private static bool EndsClause(NoteScratch s, int k) => k >= s.Count || s.Clause[k] != s.Clause[k - 1] || (s.Flags[k] & TokenFlags.AfterDash) != 0;

    // "I treated only Ray for the whole block", "I saw only Mrs. Pike for all of the 97112": the writer attending the patient, by
    // name, and nobody else, for the whole of the service.
    internal static bool TreatedOnlyTheNamed(NoteScratch s)
    {
        for (var t = 1; t + 3 < s.Count; t++)
        {
            if (s.Token(t) is not "only" || !IsAttendingVerb(s.Token(t - 1)) || t < 2 || s.Token(t - 2) is not ("i" or "we") || s.Clause[t - 2] != s.Clause[t]) continue;
            // ("I worked only with Leo the whole time": "with" after "only" where the verb takes it.)
            var name = s.Token(t + 1) is "with" && s.Token(t - 1) is "worked" or "working" ? t + 2 : t + 1;
            if (name + 1 < s.Count && IsTitledName(s, name + 1)) name++;
            else if (!IsBareName(s, name)) continue;
            var after = name + 1;
            if (!(ForAllOfIt(s, after) || TheWholeTime(s, after) || (after < s.Count && s.Token(after) is "today" && EndsClause(s, after + 1)))
                || SentenceSaysOtherwise(s, t) || ExceptionAfter(s, after) || NotTheWholeSession(s, t, s.Count, ClauseEndAfter(s, after))) continue;
            return true;
        }
        return false;
    }

    // "for all of it", "for all of the 97112", "for the whole NMR", "for the entire session": the whole service, named or not.
    // ("during the 97112", "during the neuro re-ed": the service named, all of it.)
    private static bool ForAllOfIt(NoteScratch s, int k)
    {
        if (ForTheWhole(s, k)) return true;
        if (k + 1 < s.Count && s.Token(k) is "during")
        {
            var d = s.Token(k + 1) is "the" or "his" or "her" && k + 2 < s.Count ? k + 2 : k + 1;
            return s.Clause[d] == s.Clause[k] && ((s.Flags[d] & TokenFlags.CodeLike) != 0 || s.Token(d) is "nmr" or "re" or "neuro" or "neuromuscular" or "balance");
        }
        if (k + 2 >= s.Count || s.Token(k) is not "for" || s.Clause[k + 2] != s.Clause[k]) return false;
        var w = k + 1;
        if (s.Token(w) is "all" && s.Token(w + 1) is "of") w += 2;
        else if (s.Token(w) is "the" && s.Token(w + 1) is "whole" or "entire" or "full") w += 2;
        else return false;
        if (w < s.Count && s.Token(w) is "it") return true;
        // ("for the whole of the balance work")
        if (w + 1 < s.Count && s.Token(w) is "of" && s.Token(w + 1) is "the" or "this" or "her" or "his") w++;
        if (w < s.Count && s.Token(w) is "the" or "this" or "her" or "his") w++;
        return w < s.Count && s.Clause[w] == s.Clause[k] && ((s.Flags[w] & TokenFlags.CodeLike) != 0 || IsSessionPlaceWord(s.Token(w))
            || s.Token(w) is "nmr" or "visit" or "re" or "neuro" or "neuromuscular" or "balance" or "gait" or "exercise" or "ex" or "te" or "ta" or "mt");
    }

    // The sentence says what should or must be, not what was: "Needs one PT assigned to one pt", "per facility policy".
    private static bool SaysWhatShouldBe(NoteScratch s, int t)
    {
        for (var k = s.SentenceStartOf(t); k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "needs" or "need" or "needed" or "requires" or "required" or "require" or "recommend" or "recommended" or "recommends" or "should"
                or "would" or "ideal" or "ideally" or "policy" or "staffing" or "request" or "requested" or "requests" or "must" or "prefer") return true;
        return false;
    }

    // "He was the only one …", "Pt was the only one …", "Mrs. Ruiz was the only one …": the patient, opening the sentence, is
    // the one (not "On Monday he was …", "The aide was …", "the one who needed max A").
    private static bool PatientIsSubject(NoteScratch s, int only)
    {
        var first = s.SentenceStartOf(only);
        var w = only - 1;
        if (w >= 0 && s.Token(w) is "the") w--;
        if (w < 0 || s.Token(w) is not ("was" or "is")) return false;
        var subject = w - 1;
        if (subject < first) return false;
        var ok = s.Token(subject) is "he" or "she" or "pt" or "patient" or "client" || ((s.Flags[subject] & TokenFlags.TitleCase) != 0 && subject == first + 1 && s.Token(first) is "mr" or "mrs" or "ms" or "miss");
        if (!ok || (subject != first && !(subject == first + 1 && s.Token(first) is "mr" or "mrs" or "ms" or "miss" or "the"))) return false;
        for (var k = only; k < s.Count && s.Sentence[k] == s.Sentence[only]; k++)
            if (s.Token(k) is "who" or "that" or "which") return false;
        return true;
    }

    /// <summary>
    /// "97112 — 15 min, solo appt (not in class): gaze stabilisation …": the session said to be no class, in a remark in
    /// parentheses, where nothing else in the note speaks of other patients, a class or a group, another time, home or school.
    /// </summary>
    internal static bool SaysNotInClass(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            if (s.Token(t) is not "not" || s.Token(t + 1) is not "in") continue;
            var c = t + 2;
            if (s.Token(c) is "a" or "the" && c + 1 < s.Count) c++;
            if (s.Token(c) is not "class" || s.Clause[c] != s.Clause[t] || (c + 1 < s.Count && s.Clause[c + 1] == s.Clause[c] && (s.Flags[c] & (TokenFlags.Label | TokenFlags.ClosesParen)) == 0)) continue;
            // (A remark in parentheses: "Pt not in class." alone says only that, not who else was attended.)
            var opens = (s.Flags[t] & TokenFlags.AfterParen) != 0;
            if (!opens || OthersInNote(s, notInClass: true) || SpeaksOfHome(s, t) || NotTheWholeSession(s, t, s.Count) || PartOfTheSessionOrAsked(s, t)) continue;
            var school = false;
            for (var k = s.SentenceStartOf(t); k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
                school |= s.Token(k) is "school" or "cancelled" or "canceled" or "teacher" or "grandson" or "granddaughter" or "wife" or "husband";
            if (!school) return true;
        }
        return false;
    }

    private static bool OtherPatientSoon(NoteScratch s, int k)
    {
        for (var p = k + 1; p < Math.Min(s.Count, k + 4) && s.Sentence[p] == s.Sentence[k]; p++)
            if (s.Token(p) is "pt" or "patient" or "client" or "resident") return true;
        return false;
    }

    // Other patients, a class, a group or a circuit anywhere in the note: the plainer readings of who was in the room are not
    // read beside them ("… were the only ones in the gym at 0700. Cardiac rehab group came in at 0710"). Found once a note;
    // notInClass: but for the "class" of "not in (a|the) class" (SaysNotInClass asks about the rest).
    private static bool OthersInNote(NoteScratch s, bool notInClass = false)
    {
        if (!notInClass && s.OthersStamp == s.Stamp) return s.OthersValue;
        if (notInClass && s.OthersNotInClassStamp == s.Stamp) return s.OthersNotInClassValue;
        var value = FindOthersInNote(s, notInClass);
        if (notInClass) (s.OthersNotInClassStamp, s.OthersNotInClassValue) = (s.Stamp, value);
        else (s.OthersStamp, s.OthersValue) = (s.Stamp, value);
        return value;
    }

    private static bool FindOthersInNote(NoteScratch s, bool notInClass)
    {
        for (var k = 0; k < s.Count; k++)
        {
            if (notInClass && s.Token(k) is "class" && k >= 2 && (s.Token(k - 1) is "in" || (s.Token(k - 1) is "a" or "the" && s.Token(k - 2) is "in"))) continue;
            // (An option left unticked names nobody: "Attendance: [ ] one-on-one  [ ] concurrent  [ ] group".)
            if ((s.Flags[k] & TokenFlags.Unticked) == 0 && NamesOthersAt(s, k) && !OthersNotInThisSession(s, k)) return true;
        }
        return false;
    }

    private static bool NamesOthersAt(NoteScratch s, int k)
    {
        // ("no others on deck" says the opposite.)
        if (IsOthers(s, k) && !(k > 0 && s.Token(k - 1) is "no")) return true;
        if (s.Token(k) is "pts" or "patients" or "class" or "group" or "groups" or "residents" or "clients"
            or "circuit" or "concurrent" or "concurrently" && !IsPracticeName(s, k)) return true;
        // "semi-private" (not "semi-tandem").
        if (s.Token(k) is "semi" && k + 1 < s.Count && s.Token(k + 1) is "private" or "priv" or "individual") return true;
        // One other: "1 other pt on the bike", "a 2nd patient" ("2nd" reaches the reader as "2" and "nd"), "my next pt",
        // "another client", "other than", "I also had a pt on the bike".
        return (s.Token(k) is "other" or "second" or "next" or "another" or "additional" or "also" || (s.Token(k) is "nd" or "rd" && k > 0 && (s.Flags[k - 1] & TokenFlags.Integer) != 0))
            && (k + 1 < s.Count && s.Token(k + 1) is "than" || OtherPatientSoon(s, k));
    }

    /// <summary>
    /// Other patients, a class or a group named at token k that were not in this session: a class at another time ("before
    /// class", "after group"), charted elsewhere ("the class note"), on another weekday ("the group RGM is Fridays", "group
    /// on Tuesdays"), or a booking that did not happen ("booked semi-private with Mr. T; he cancelled").
    /// </summary>
    internal static bool OthersNotInThisSession(NoteScratch s, int k)
    {
        if (WeekdayAfter(s, k) > 0 || AttendsOnAnotherDay(s, k)) return true;
        if (k > 0 && s.Token(k - 1) is "before" or "after" && s.Token(k) is "class" or "group") return true;
        // ("before the morning class came in": a class's time of day between.)
        if (k > 2 && s.Token(k) is "class" or "group" && s.Token(k - 1) is "morning" or "afternoon" or "evening" or "noon" or "aqua" or "water"
            && (s.Token(k - 2) is "before" or "after" || (s.Token(k - 2) is "the" && s.Token(k - 3) is "before" or "after"))) return true;
        if (s.Token(k) is "class" or "group" && LedBySomeoneElse(s, k)) return true;
        // "since the class moved to evenings", "the group was switched to Thursdays": the class now meets at another time.
        if (s.Token(k) is "class" or "group")
        {
            var verb = k + 1 < s.Count && s.Token(k + 1) is "was" or "has" or "had" or "got" ? k + 2 : k + 1;
            if (verb < s.Count && s.Clause[verb] == s.Clause[k] && s.Token(verb) is "moved" or "switched" or "changed") return true;
        }
        if (k + 1 < s.Count && s.Line[k + 1] == s.Line[k] && s.Token(k) is "class" or "group" && s.Token(k + 1) is "note" or "notes" or "record" or "flowsheet") return true;
        // The booking cancelled, in its sentence ("semi-private slot but partner no show", "Semi-private (other pt no show)", "group
        // cancelled today"), or on its line after a booking ("Slot was booked semi-private with Mr. Tavares; he cancelled") — not
        // "cancelled plans for stairs", "cancelled half-way", "no-show policy", "(1 cancelled)", nor when the other came after all.
        var booked = false;
        for (var b = Math.Max(0, k - 4); b < Math.Min(s.Count, k + 3) && !booked; b++)
            booked = s.Line[b] == s.Line[k] && s.Token(b) is "booked" or "scheduled" or "sched" or "slot" or "planned";
        for (var p = k + 1; p < Math.Min(s.Count, k + (booked ? 12 : 7)) && s.Line[p] == s.Line[k] && (booked || s.Sentence[p] == s.Sentence[k]); p++)
        {
            var w = s.Token(p);
            // ("Group: 4 pts (1 cancelled)", "(one cancelled 2nd half)": the rest were there.)
            if ((s.Flags[p] & TokenFlags.Number) != 0 || w is "one" or "two" or "three" or "four" or "some" or "several") break;
            var last = w is "cancelled" or "canceled" or "cx" or "cxl" or "cxld" or "noshow" ? p
                : w is "no" && p + 1 < s.Count && s.Token(p + 1) is "show" or "showed" ? p + 1
                // ("… was planned but spouse did not attend", "didn't show".)
                : w is "attend" or "come" or "show" && p > 0 && s.Token(p - 1) is "not" or "didn't" or "didnt" or "never" ? p : -1;
            if (last < 0) continue;
            if (last + 1 < s.Count && s.Clause[last + 1] == s.Clause[last] && s.Token(last + 1) is "plans" or "plan" or "policy" or "fee" or "half" or "halfway"
                or "midway" or "partway" or "part" or "after" or "last" or "yesterday" or "previously" or "earlier" or "before" or "once" or "twice") return false;
            // ("no show for first 10 min then arrived", "he came late and joined": the other patient came after all.)
            for (var q = last + 1; q < Math.Min(s.Count, last + 12) && s.Line[q] == s.Line[k]; q++)
                if (s.Token(q) is "came" or "arrived" or "joined" or "showed" or "both") return false;
            return true;
        }
        return false;
    }

    // "the Y's Silver Waves class in lanes 1–3 with their own instructor", "the class was not mine": a class someone else leads,
    // beside the session and not attended by its writer.
    private static bool LedBySomeoneElse(NoteScratch s, int k)
    {
        for (var p = Math.Max(0, k - 3); p + 1 < Math.Min(s.Count, k + 10) && s.Line[p] == s.Line[k]; p++)
            if ((s.Token(p) is "own" && s.Token(p + 1) is "instructor" or "instructors" or "leader" or "teacher" or "coach" && p > 0 && s.Token(p - 1) is "their" or "its")
                || (p > k && s.Token(p) is "not" && s.Token(p + 1) is "mine" && s.Sentence[p] == s.Sentence[k])) return true;
        return false;
    }

    // "She also comes to the Thursday group class", "attends Friday class": the patient's class on its own day.
    private static bool AttendsOnAnotherDay(NoteScratch s, int k)
    {
        if (s.Token(k) is not ("class" or "group")) return false;
        var day = k - 1;
        if (day >= 0 && s.Token(day) is "group" or "exercise" or "balance") day--;
        if (day < 0 || s.Token(day) is not ("monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "mondays" or "tuesdays"
            or "wednesdays" or "thursdays" or "fridays" or "saturdays" or "sundays")) return false;
        for (var b = day - 1; b >= Math.Max(0, day - 4) && s.Sentence[b] == s.Sentence[k]; b--)
            if (s.Token(b) is "attends" or "comes" or "goes" or "also" or "attend") return true;
        return false;
    }

    // A plural weekday soon after token k on its line ("group on Tuesdays", "the group RGM is Fridays"): its index, or -1.
    private static int WeekdayAfter(NoteScratch s, int k)
    {
        for (var p = k + 1; p < Math.Min(s.Count, k + 6) && s.Line[p] == s.Line[k]; p++)
            if (s.Token(p) is "mondays" or "tuesdays" or "wednesdays" or "thursdays" or "fridays" or "saturdays" or "sundays")
            {
                // ("… on Wednesdays; today is Wednesday": today is that day.)
                for (var q = p + 1; q < Math.Min(s.Count, p + 6) && s.Line[q] == s.Line[p]; q++)
                    if (s.Token(q) is "today") return -1;
                return p;
            }
        return -1;
    }

    // "MISSISSIPPI BEND PHYSICIANS GROUP — Physical Therapy", "Lakeside Medical Group": a practice's name, not a session's group.
    private static bool IsPracticeName(NoteScratch s, int k) =>
        s.Token(k) is "group" && k > 0 && s.Token(k - 1) is "physicians" or "physician" or "medical" or "health" or "healthcare" or "orthopedic"
            or "orthopedics" or "orthopaedic" or "orthopaedics" or "specialty" or "specialists" or "surgical" or "practice" or "care" or "clinic"
            or "clinics" or "partners" or "associates" or "spine" or "sports" or "neurology" or "pediatric" or "multispecialty";

    // Token k is the code's minutes or name, a number or a label, before which a statement of the session's attendance opens
    // ("97112 · 23 min · pt + PT alone", "Attendance: PT with pt, no one else").
    private static bool IsSessionLead(NoteScratch s, int k) =>
        k >= 0 && ((s.Flags[k] & (TokenFlags.Label | TokenFlags.Number)) != 0 || s.StartsOrIn(k, PhraseKind.MinuteUnit) || s.StartsOrIn(k, PhraseKind.CodeName));

    // The sentence speaks of another time, place or part of the session, or a later "only" narrows it ("for HEP instruction
    // only"): not the whole session's attendance.
    private static bool NotTheWholeSession(NoteScratch s, int e, int end, int stop = int.MaxValue)
    {
        var from = s.SentenceStartOf(e);
        for (var k = from; k < Math.Min(s.Count, stop) && s.Sentence[k] == s.Sentence[e]; k++)
        {
            // ("~75% of the session".)
            if ((s.Flags[k] & TokenFlags.Percent) != 0) return true;
            // ("until it was done", "till the end": to the end of it, not a part of it.)
            if (UntilTheEnd(s, k) is int endsAt) { k = endsAt; continue; }
            // ("in the therapy room after lunch": when the whole session was, not a part of it.)
            if (s.Token(k) is "after" or "before" && k + 1 < s.Count && s.Token(k + 1) is "lunch" or "breakfast" or "dinner" or "supper" or "school" or "work" or "church") { k++; continue; }
            // ("(the group RGM is Fridays)": when another session is, not a part of this one.)
            if (s.Token(k) is "class" or "group" && WeekdayAfter(s, k) is var day and > 0) { k = day; continue; }
            // ("in tall kneeling and half kneeling": a position, not half of the session.)
            if (s.Token(k) is "half" && k + 1 < s.Count && s.Token(k + 1) is "kneel" or "kneeling" or "kneel-to-stand" or "squat" or "squats" or "lunge") { k++; continue; }
            if (s.Token(k) is "earlier" or "prior" or "previously" or "before" or "after" or "afterwards" or "later" or "yesterday" or "tomorrow" or "winter" or "summer"
                or "weekly" or "wk" or "wks" or "week" or "weeks" or "ended" or "separately" or "preference" or "prefers" or "prefer" or "consult"
                or "half" or "initially" or "until" or "till" or "plan" or "next" or "usually" or "normally"
                // (someone else attended besides: "except", "aside from cueing Mrs. L", "while also watching", "though I kept an eye on")
                or "except" or "besides" or "aside" or "apart" or "while" or "though" or "although" or "also" or "sharing" or "shared" or "rest"
                // (a place or moment that is not the service: "in the elevator", "at the time of the fall")
                or "elevator" or "car" or "waiting" or "stairwell" or "bathroom" or "restroom" or "lobby" or "parking" or "fall" or "alarm" or "closing"
                or "transport" or "stay" or "admission" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
                or "mondays" or "tuesdays" or "wednesdays" or "thursdays" or "fridays" or "saturdays" or "sundays"
                or "morning" or "afternoon" or "evening" or "when" or "bp" or "vitals" or "station" or "van" or "stairs" or "lounge" or "conference"
                // (other staff, family business: "(no student)", "discussing d/c needs", "about his father's DME")
                or "student" or "aide" or "tech" or "volunteer" or "discussing" or "discussed" or "met" or "meeting" or "dme" or "jr"
                // (most of it: "most of the session", "the bulk of", "nearly all of tx", "approx 18 of the 23 min")
                or "most" or "majority" or "bulk" or "nearly" or "almost" or "mostly" or "approx" or "approximately" or "exception"
                // (a part of the session by name: "for the warm-up")
                or "warm" or "warmup") return true;
            if (k >= end && s.Token(k) is "only") return true;
        }
        return false;
    }

    // "the group class in between is not billed", "Joint class 4-5 pm (not billed)": a group's time the note keeps out of the
    // billed service — said in the group's own sentence, a few words on — is no part of the one-on-one code's minutes.
    internal static bool SaidNotBilled(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        // (A group or a class only: "warm-up on bike supervised by aide, not billed" is someone else attending the patient.)
        var group = false;
        for (var k = s.MatchStart[m]; k < end && !group; k++) group = s.Token(k) is "group" or "class" or "classes";
        if (!group) return false;
        for (var k = end; k < Math.Min(s.Count, end + 8) && s.Sentence[k] == s.Sentence[s.MatchStart[m]]; k++)
        {
            if (s.Token(k) is "unbilled" or "nonbillable" or "non-billable") return true;
            if (s.Token(k) is "billed" or "charged" or "billable" && k > 0 && s.Token(k - 1) is "not" or "never" or "isn't" or "wasn't" or "no") return true;
        }
        return false;
    }

    // "no other patient treated while I was with Don Efraín", "nobody else seen while I was with her": the time with the patient,
    // after a denial of anyone else in its sentence — not "the aide walked him while I was with Mrs. K" (another patient).
    internal static bool WhileWithThisPatientAlone(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        if (s.Token(start) is not "while" || s.Token(end - 1) is not "with" || end >= s.Count || s.Sentence[end] != s.Sentence[start]) return false;
        var who = s.Token(end);
        if (!(who is "him" or "her" or "them" || ((s.Flags[end] & TokenFlags.TitleCase) != 0 && !IsPatientWord(who) && PersonOf(who) == Person.None)
            || (who is "this" or "the" && end + 1 < s.Count && s.Token(end + 1) is "patient" or "pt" or "client" or "guest"))) return false;
        for (var k = start - 1; k >= Math.Max(0, start - 8) && s.Sentence[k] == s.Sentence[start]; k--)
            if ((s.Token(k) is "no" && k + 1 < s.Count && s.Token(k + 1) is "other" or "one") || s.Token(k) is "nobody" or "noone") return true;
        return false;
    }

    // "the joint class was run by another PT and this pt was not part of it": "PT" in capitals (after a word that is not) running
    // something this patient was said not to be in is another therapist, not another patient ("Another PT on the adjacent mat
    // doing HEP", "the circuit run by another PT for the last 8 min" are read as before).
    internal static bool AnotherTherapistInCapitals(NoteScratch s, int m)
    {
        var first = s.MatchStart[m];
        var last = first + s.MatchLength[m] - 1;
        if (s.MatchLength[m] != 2 || s.Token(first) is not ("another" or "second") || s.Token(last) is not "pt"
            || (s.Flags[last] & TokenFlags.AllCaps) == 0 || (s.Flags[first] & TokenFlags.AllCaps) != 0) return false;
        // "rated blind by a second PT", "scored from video by another PT": the therapist who rated a measure.
        var by = first >= 1 && s.Token(first - 1) is "by" ? first - 1 : first >= 2 && s.Token(first - 1) is "a" && s.Token(first - 2) is "by" ? first - 2 : -1;
        for (var k = by - 1; by > 0 && k >= Math.Max(0, by - 3) && s.Clause[k] == s.Clause[by]; k--)
            if (s.Token(k) is "rated" or "scored" or "graded" or "reviewed" or "measured" or "assessed" or "checked" or "timed" or "video") return true;
        if (!(first >= 2 && s.Token(first - 1) is "by" && s.Token(first - 2) is "run" or "led" or "taught" or "staffed")) return false;
        // (And the sentence says this patient was not in it: "… run by another PT and this pt was not part of it".)
        for (var k = s.SentenceStartOf(first); k < s.Count && s.Sentence[k] == s.Sentence[first]; k++)
            if (s.Token(k) is "not" && k + 1 < s.Count && s.Token(k + 1) is "part" or "in" or "included" or "attending") return true;
        return false;
    }

    // The end of a word that nobody else was there starting at e ("only", "alone", "exclusively", "by herself", "no one else",
    // "the only two"), or -1.
    private static int ExclusiveMarkerEnd(NoteScratch s, int e)
    {
        var w = s.Token(e);
        if (w is "alone" or "exclusively" or "solely" or "throughout") return e + 1;
        if (w is "only") return s.Token(e - 1) is "the" ? -1 : e + 1;
        if (e + 1 >= s.Count) return -1;
        if (w is "by" && s.Token(e + 1) is "herself" or "himself" or "hisself" or "themselves" or "ourselves" or "myself") return e + 2;
        if (w is "nobody" or "noone" && s.Token(e + 1) is "else") return e + 2;
        if (e + 2 >= s.Count) return -1;
        if (w is "no" && s.Token(e + 1) is "one" && s.Token(e + 2) is "else") return e + 3;
        if (w is "the" && s.Token(e + 1) is "only" && s.Token(e + 2) is "two" or "ones") return e + 3;
        return -1;
    }

    // A code or a code's name earlier on t's line ("97112 — 21 min, me and her only"). (Read from the tokens and the code-name
    // phrases: the minutes reader, which records mentions, reads the note after the terms.)
    private static bool CodeEarlierOnLine(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= 0 && s.Line[k] == s.Line[t]; k--)
            if (s.StartsOrIn(k, PhraseKind.CodeName) || (s.Token(k) is { Length: 5 } w && w[0] == '9' && w[1] == '7' && int.TryParse(w, out _))) return true;
        return false;
    }

    // "Bedside, curtain drawn, roommate out at activities — res. and PT only": after a spaced dash, the resident and the
    // therapist only, ending the line (the abbreviation's full stop between; not "w/ 2 other res. and PT only", "dtr, SW, res.
    // and PT only", "Res and PT only in the elevator").
    internal static bool ResidentAndTherapistAfterDash(NoteScratch s)
    {
        for (var t = 0; t + 3 < s.Count; t++)
            if (s.Token(t) is "res" && (s.Flags[t] & TokenFlags.AfterDash) != 0 && s.Token(t + 1) is "and" && s.Token(t + 2) is "pt" or "ot" && s.Token(t + 3) is "only"
                && s.LineEndOf(t) == t + 4 && s.Line[t + 3] == s.Line[t]) return true;
        return false;
    }

    // "Px was handled by writer alone for the whole NMR", "Pt treated by therapist alone", "Px handled solely by
    // writer": the patient attended by a clinician alone, in the passive.
    internal static bool TreatedByStaffAlone(NoteScratch s)
    {
        for (var t = 0; t + 3 < s.Count; t++)
        {
            if (PersonOf(s.Token(t)) is not (Person.Patient or Person.Either)) continue;
            var k = t + 1;
            if (s.Token(k) is "was" or "is" or "being" or "been") k++;
            if (k >= s.Count || s.Token(k) is not ("handled" or "treated" or "seen" or "attended" or "managed")) continue;
            k++;
            var solely = k < s.Count && s.Token(k) is "solely" or "only" or "exclusively";
            if (solely) k++;
            if (k + 1 >= s.Count || s.Token(k) is not "by") continue;
            k++;
            if (s.Token(k) is "the" or "this" or "one") k++;
            // A clinician, not a discipline ("seen by OT only today as PT cancelled" says who, not how many).
            if (k >= s.Count || PersonOf(s.Token(k)) is not Person.Staff || s.Clause[k] != s.Clause[t]) continue;
            var after = k + 1;
            var alone = solely || (after < s.Count && s.Clause[after] == s.Clause[k] && s.Token(after) is "alone" or "solely" or "exclusively");
            if (!alone) continue;
            if (!solely) after++;
            if (!SentenceSaysOtherwise(s, t) && SessionFollows(s, after, s.Clause[k]) && !PartOfTheSessionOrAsked(s, t)) return true;
        }
        return false;
    }

    // "wiped the walls w/ vinegar and water 1:1": a mixture's ratio of two things, not people — a "1:1" right after
    // "A and B" where neither is a person or the session.
    internal static bool MixtureRatio(NoteScratch s, int m)
    {
        var t = s.MatchStart[m];
        if (s.MatchLength[m] != 1 || t < 3 || s.Token(t) is not "1:1" || s.Token(t - 2) is not ("and" or "to") || s.Clause[t - 3] != s.Clause[t]) return false;
        // A substance, or a word of mixing in the sentence ("Balance and gait 1:1", "NMR and gait 1:1" are the session).
        return IsThing(s.Token(t - 1)) && IsThing(s.Token(t - 3))
            && (IsSubstance(s.Token(t - 1)) || IsSubstance(s.Token(t - 3)) || SentenceMixes(s, t));

        static bool IsSubstance(ReadOnlySpan<char> w) =>
            w is "water" or "vinegar" or "bleach" or "alcohol" or "soap" or "sugar" or "flour" or "salt" or "oil" or "juice" or "milk" or "honey" or "sand" or "cement" or "lotion";

        static bool IsThing(ReadOnlySpan<char> w)
        {
            // (Nouns: "required and received 1:1 attendance" are verbs.)
            if (w.Length < 3 || PersonOf(w) != Person.None || IsPatientWord(w) || w.EndsWith("ed") || w.EndsWith("ing") || w.EndsWith("s")) return false;
            foreach (var c in w) if (!char.IsLetter(c)) return false;
            return w is not ("therapist" or "therapists" or "staff" or "session" or "treatment" or "contact" or "minutes" or "ratio" or "supervision" or "assist" or "assistance");
        }
    }

    // "the whole balance part", "the entire NMR portion": all of the part that is the one-on-one service, not a part of it.
    private static bool TheWholeBalancePart(NoteScratch s, int part)
    {
        for (var k = part - 1; k >= Math.Max(0, part - 4) && s.Clause[k] == s.Clause[part]; k--)
        {
            if (s.Token(k) is "whole" or "entire") return k < part - 1;
            if (s.Token(k) is not ("balance" or "nmr" or "neuro" or "neuromuscular" or "re" or "ed" or "reed" or "re-ed" or "97112")) return false;
        }
        return false;
    }

    // "treated by writer alone for the first 10 min", "for the eval portion", "seen by therapist alone?": part of it, or asked.
    private static bool PartOfTheSessionOrAsked(NoteScratch s, int t)
    {
        var first = s.SentenceStartOf(t);
        for (var k = first; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
        {
            // ("from the first tilt to the last", "from the first rep to the last one": all of it.)
            if (FromTheFirstToTheLast(s, k) is var last and > 0) { k = last; continue; }
            if (s.Token(k) is "part" or "portion" && TheWholeBalancePart(s, k)) continue;
            if ((s.Flags[k] & TokenFlags.Question) != 0 || s.Token(k) is "first" or "last" or "portion" or "part" or "eval" or "evaluation") return true;
        }
        return false;
    }

    // "from the first … to the last": where "last" is (within six words), or -1.
    private static int FromTheFirstToTheLast(NoteScratch s, int k)
    {
        if (s.Token(k) is not "first" || k < 2 || s.Token(k - 1) is not "the" || s.Token(k - 2) is not "from") return -1;
        for (var p = k + 1; p + 2 < Math.Min(s.Count, k + 8) && s.Sentence[p] == s.Sentence[k]; p++)
            if (s.Token(p) is "to" && s.Token(p + 1) is "the" && s.Token(p + 2) is "last") return p + 2;
        return -1;
    }

    private static bool SentenceMixes(NoteScratch s, int t)
    {
        var first = s.SentenceStartOf(t);
        for (var k = first; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "mix" or "mixed" or "mixture" or "dilute" or "diluted" or "solution") return true;
        return false;
    }

    // "Nobody in the room but her and me": "but" after "nobody" or "no one" in its clause is "only".
    private static bool NobodyBefore(NoteScratch s, int but)
    {
        for (var k = but - 1; k >= Math.Max(0, but - 6) && s.Clause[k] == s.Clause[but]; k--)
            if (s.Token(k) is "nobody" or "noone" or "no-one" || (s.Token(k) is "one" && k > 0 && s.Token(k - 1) is "no")) return true;
        return false;
    }

    // After "PT and pt only": the clause ends, or says where or for how long ("in the lab", "for the whole
    // block", "throughout") — not what for ("for transfers") or what was said ("discussed HEP").
    private static bool SessionFollows(NoteScratch s, int k, int clause)
    {
        if (k >= s.Count || s.Clause[k] != clause) return true;
        if (s.Token(k) is "in" or "at" or "during" or "throughout" or "the" or "this" or "today" or "entire" or "whole") return true;
        // "PT with this child only (horse handler + 1 side-walker)": a remark in parentheses naming only helpers.
        if ((s.Flags[k] & TokenFlags.AfterParen) != 0) return OnlyHelpersInParentheses(s, k);
        // "PT + member only on the floor", "on the mat": where, as "in the gym" is.
        // ("on the balance floor": a word of which floor between.)
        if (s.Token(k) is "on" && k + 2 < s.Count && s.Token(k + 1) is "the"
            && (s.Token(k + 2) is "floor" or "mat" or "mats" or "schedule" || (k + 3 < s.Count && s.Clause[k + 3] == clause && s.Token(k + 3) is "floor" or "mat" or "mats"))) return true;
        // "Physio with this pt only — no one else on the treadmill bay": a remark that nobody else was there.
        // ("no other disciplines today" says nothing of other patients.)
        if (s.Token(k) is "nobody" || (s.Token(k) is "no" && k + 1 < s.Count && (s.Token(k + 1) is "one"
            || (s.Token(k + 1) is "other" && k + 2 < s.Count && IsPatientWord(s.Token(k + 2)))))) return true;
        // "all session", not "all but the last 10 min".
        if (s.Token(k) is "all" && k + 1 < s.Count && s.Token(k + 1) is "session" or "visit" or "time" or "block") return true;
        return s.Token(k) is "for" && k + 1 < s.Count && (s.Token(k + 1) is "the" or "whole" or "entire" or "full" or "all" or "session" or "visit" or "block" or "both" or "each" || EveryMinute(s, k + 1));
    }

    // "every minute (of …)": the whole session, not "every other set".
    private static bool EveryMinute(NoteScratch s, int k) => k + 1 < s.Count && s.Token(k) is "every" && s.Token(k + 1) is "minute" or "min" or "second";

    // The parenthesized remark from k names no other patient, group or exception ("(except the last 5 min)", "(2 pts)").
    private static bool OnlyHelpersInParentheses(NoteScratch s, int k)
    {
        for (var p = k; p < Math.Min(s.Count, k + 8) && s.Sentence[p] == s.Sentence[k]; p++)
        {
            var w = s.Token(p);
            if (IsPatientWord(w) || w is "group" or "other" or "another" or "except" or "but" or "until" or "then" or "shared" or "concurrent" or "min" or "minutes" or "2" or "two" or "3" or "three"
                or "first" or "half" or "last" or "remainder" or "rest" or "class" or "part" or "portion" or "initial" or "final" or "joined" or "circuit" or "while")
                return false;
            if ((s.Flags[p] & TokenFlags.ClosesParen) != 0) return true;
        }
        return false;
    }

    // A denial in plain words a few words before the statement in its clause ("no", "not", "never",
    // "didn't", "without", "non-"): not "declined", "unable", "deferred" or "held", which say a group or
    // the aide was planned or refused, not that the session was one-on-one.
    internal static bool HasPlainDenialBefore(NoteScratch s, int m, int reach = PlainDenialReach)
    {
        var start = s.MatchStart[m];
        if (SentenceSpeaksOfPlans(s, start)) return false;
        for (var k = start - 1; k >= Math.Max(0, start - reach) && s.Clause[k] == s.Clause[start]; k--)
        {
            // "One-on-one: No — PTA supervising 2 pts": the "no" before a spaced dash answers the field, it denies nothing after the dash.
            if ((s.Flags[k + 1] & TokenFlags.AfterDash) != 0) return false;
            if (s.Token(k) is "no" or "not" or "never" or "without" or "w/o" or "non" or "nor" or "neither" or "didn't" or "didnt" or "wasn't" or "wasnt"
                or "weren't" or "isn't" or "nobody" or "none"
                // "didn't" where the tokenizer splits at the apostrophe
                or "didn" or "wasn" or "weren" or "isn" or "don" or "doesn") return true;
        }
        return false;
    }

    private const int PlainDenialReach = 4;
    // Outside a negation's scope a denial reaches a little further: "not splitting time with another pt".
    internal const int WideDenialReach = 6;

    // The denial is about the session's mode, not home or the patient ("never left alone at home", "not
    // interested in group class at the senior center", "no concurrent complaints"): a bare "concurrent"
    // needs a session's word after it, and "left alone" is no mode.
    internal static bool DeniesASessionMode(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        if (s.Token(end - 1) is "alone") return false;
        if (s.MatchLength[m] == 1 && s.Token(start) is "concurrent" or "concurrently"
            && !(end < s.Count && s.Clause[end] == s.Clause[start] && s.Token(end) is "tx" or "treatment" or "therapy" or "session" or "pts" or "patients" or "pt" or "patient" or "services" or "today" or "this" or "during")
            && !PatientsBefore(s, start))
            return false;
        var from = s.SentenceStartOf(start);
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[start]; k++)
            if (s.Token(k) is "home" or "house" or "night" or "interested" or "center" or "centre" or "complaint" or "complaints" or "community") return false;
        return true;
    }

    // Between the denial and a way of not being one-on-one past a negation's scope, only words of treating,
    // scheduling or the others ("not splitting time with another pt", "No other patients (group or
    // concurrent)") — not what the patient did ("did not get distracted with another pt in the gym", "No LOB
    // with another pt walking past", "not anxious with 2 pts in session").
    internal static bool OnlySessionWordsAfterDenial(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        for (var k = start - 1; k >= Math.Max(0, start - WideDenialReach) && s.Clause[k] == s.Clause[start]; k--)
        {
            var w = s.Token(k);
            if (w is "no" or "not" or "never" or "without" or "w/o" or "non" or "nor" or "neither" or "nobody" or "none" or "didn't" or "didnt"
                or "didn" or "wasn't" or "wasnt" or "wasn" or "weren't" or "weren" or "isn't" or "isn") return true;
            if (w is not ("other" or "any" or "patients" or "pts" or "clients" or "residents" or "or" or "and" or "group" or "scheduled" or "booked"
                or "seen" or "treated" or "split" or "splitting" or "dividing" or "divide" or "sharing" or "share" or "time" or "my" or "his" or "her"
                or "with" or "of" or "us" or "had" or "have" or "was" or "were" or "being" or "pick" or "up" or "a" or "the")) return false;
        }
        return false;
    }

    // "No other patients scheduled concurrently": the others are patients, so "concurrently" is the session's mode.
    private static bool PatientsBefore(NoteScratch s, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - WideDenialReach) && s.Clause[k] == s.Clause[start]; k--)
            if (s.Token(k) is "patients" or "pts" or "clients" or "residents") return true;
        return false;
    }

    // "No second pt available for group today, so plan group next week": what the schedule allowed or
    // will allow, not how the session went.
    private static bool SentenceSpeaksOfPlans(NoteScratch s, int t)
    {
        var from = s.SentenceStartOf(t);
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "available" or "availability" or "plan" or "planned" or "planning" or "next" or "will" or "goal" or "goals" or "until") return true;
        return false;
    }

    // "One child, one therapist", "1 clinician / 1 client", "one patient and one PT", "1 resident to 1
    // therapist": one-on-one written as the people in the room, in any words for them — a patient on one
    // side and a clinician on the other ("pt" may be either; "1 OT, 1 PT" is a co-treatment, not this).
    internal static bool HasOnePersonEach(NoteScratch s)
    {
        for (var t = 0; t + 3 < s.Count; t++)
        {
            if (s.Token(t) is not ("one" or "1")) continue;
            // "[1 = one therapist : one client | 2 = …]": a legend's meaning of a code, not what this session was.
            if (t > 0 && IsLegendDigit(s, t - 1)) continue;
            // "I=Individual (1 EE / 1 therapist)   G=Group": what the legend's code means, in brackets after its word.
            if (InLegendDefinition(s, t)) continue;
            // ("[ ] Individual (1 clinician : 1 member)": an option left unticked.)
            if ((s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            var first = PersonOf(s.Token(t + 1));
            if (first == Person.None) continue;
            var k = t + 2;
            // ("one PT assigned to one pt for the block", "1 OT dedicated to 1 client" — for the whole of it, not "for transfers
            // only", "for the eval", "for the first half", a plan.)
            var assigned = s.Token(k) is "assigned" or "dedicated" && k + 1 < s.Count && s.Token(k + 1) is "to";
            if (assigned) k++;
            if (s.Token(k) is "and" or "to" or "with" or "for") k++;
            if (k + 1 >= s.Count || s.Token(k) is not ("one" or "1") || s.Sentence[k + 1] != s.Sentence[t]) continue;
            var second = PersonOf(s.Token(k + 1));
            // "1 pt for 1 OT session today" is a session of the OT's, not a count of people.
            if (s.Token(t + 2) is "for" && k + 2 < s.Count && s.Token(k + 2) is "session" or "visit" or "eval" or "evaluation" or "appointment" or "appt") continue;
            // "1 PT for 1 pt", "1 OT : 1 pt": a "pt" told apart by case — in capitals the therapist, in lower case the
            // patient — where the pair does not read as one each without it ("1 therapist to 1 PT" does).
            if (!IsOnePersonEach(first, second)) (first, second) = (PersonByCase(s, t + 1), PersonByCase(s, k + 1));
            var after = k + 2;
            if (after < s.Count && s.Clause[after] == s.Clause[k + 1] && s.Token(after) is not ("for" or "throughout" or "the" or "all" or "entire" or "whole" or "session" or "today" or "only")) continue;
            if (assigned && ((after < s.Count && s.Clause[after] == s.Clause[k + 1] && s.Token(after) is not "throughout" && !ForTheWhole(s, after))
                || PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count) || OthersInNote(s) || SaysWhatShouldBe(s, t))) continue;
            if (SentenceSaysOtherwise(s, t)) continue;
            // ("1 therapist, 1 patient, no others on deck at first": the "no others" said for a part.)
            if (SentenceSaysNoOthers(s, t) && (PartOfTheSessionOrAsked(s, t) || NotTheWholeSession(s, t, s.Count) || SaysWhatShouldBe(s, t) || ExceptionAfter(s, t + 1))) continue;
            if (IsOnePersonEach(first, second)) return true;
        }
        return NamesThePairThenOneToOne(s);
    }

    // "OT : client = 1 : 1 for the whole session", "therapist:patient 1:1": the pair named, then its ratio.
    private static bool NamesThePairThenOneToOne(NoteScratch s)
    {
        for (var t = 0; t + 2 < s.Count; t++)
        {
            if (!IsOnePersonEach(PersonOf(s.Token(t)), PersonOf(s.Token(t + 1))) || (s.Flags[t] & TokenFlags.Unticked) != 0) continue;
            var k = t + 2;
            int last;
            if (s.Token(k) is "1:1") last = k;
            else if (s.Token(k) is "1" && k + 1 < s.Count && s.Token(k + 1) is "1") last = k + 1;
            else continue;
            if (s.Sentence[last] != s.Sentence[t] || s.Line[last] != s.Line[t]) continue;
            // Then the clause ends or says the session ("for the whole session"): not "for transfers only".
            if (!SessionFollows(s, last + 1, s.Clause[last])) continue;
            if (!SentenceSaysOtherwise(s, t)) return true;
        }
        return false;
    }

    // Token t is inside a legend's definition: a code of the legend a few words before it on its line.
    private static bool InLegendDefinition(NoteScratch s, int t)
    {
        for (var p = 0; p < s.LegendCount; p++)
            if (s.LegendDigit[p] < t && t - s.LegendDigit[p] <= 4 && s.Line[s.LegendDigit[p]] == s.Line[t]) return true;
        return false;
    }

    private static bool IsLegendDigit(NoteScratch s, int t)
    {
        for (var p = 0; p < s.LegendCount; p++)
            if (s.LegendDigit[p] == t) return true;
        return false;
    }

    private static bool IsOnePersonEach(Person first, Person second) =>
        (first, second) is (Person.Patient, Person.Staff or Person.Discipline or Person.Either) or (Person.Staff or Person.Discipline or Person.Either, Person.Patient)
            or (Person.Staff, Person.Either) or (Person.Either, Person.Staff);

    // "1 PT for 1 pt": written in capitals "PT" is the therapist, in lower case the patient; either, as before, when
    // the case says nothing ("1 pt 1 pt", "1 Pt").
    private static Person PersonByCase(NoteScratch s, int t)
    {
        var person = PersonOf(s.Token(t));
        if (person != Person.Either) return person;
        return (s.Flags[t] & TokenFlags.AllCaps) != 0 ? Person.Discipline : (s.Flags[t] & TokenFlags.TitleCase) == 0 ? Person.Patient : Person.Either;
    }

    // Tokens of a clause's start: nothing before in the clause, or a number, a minute unit or a label ("NMR 97112 22min — only this patient …").
    private static bool OpensClause(NoteScratch s, int t)
    {
        var prev = t - 1;
        // ("Door closed — just the PT and the dancer": a spaced dash opens it as a comma would.)
        return prev < 0 || s.Clause[prev] != s.Clause[t] || (s.Flags[t] & TokenFlags.AfterDash) != 0
            || (s.Flags[prev] & (TokenFlags.Number | TokenFlags.Label)) != 0 || s.StartsOrIn(prev, PhraseKind.MinuteUnit);
    }

    // "1 patient to 1 therapist ratio not possible today", "Goal: 1 child to 1 therapist during group".
    private static bool IsPronoun(ReadOnlySpan<char> w) => w is "him" or "her" or "me";

    // (A family member named after the statement is an aside about who came along — "him and me only, his daughter out in the
    // truck", "PT w/ pt only (her daughter filmed it)" — family in the room does not make a group; named before it, the
    // statement is theirs or about home: "Per wife, it's just him and me". "The PTA was over at the nursing home" is a place.)
    // (purposeIsNotHome: "You had me to yourself the whole session - Linda took video for home" — after a statement that plain,
    // "for home" is what the video was for, not where the session was nor what was reported.)
    private static bool SpeaksOfHome(NoteScratch s, int t, bool purposeIsNotHome = false)
    {
        var from = s.SentenceStartOf(t);
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if ((s.Token(k) is "home" && !(k > 0 && (s.Token(k - 1) is "nursing" || (purposeIsNotHome && s.Token(k - 1) is "for")))) || s.Token(k) is "house" or "per" or "reports" or "reported" or "states" or "evenings" or "night" or "apartment" or "appointments"
                || (s.Token(k) is "wife" or "husband" or "daughter" or "son" or "spouse" or "caregiver" or "family" or "mom" or "dad" && (k < t || FamilyTreatedToo(s, k)))) return true;
        return false;
    }

    // The family member named after the statement is a patient too, or exercising: "his wife, my 3 o'clock pt, on the bike",
    // "his wife on the NuStep doing her own PT program with me".
    private static bool FamilyTreatedToo(NoteScratch s, int k)
    {
        for (var p = k + 1; p < Math.Min(s.Count, k + 15) && s.Sentence[p] == s.Sentence[k]; p++)
            if (s.Token(p) is "pt" or "patient" or "client" or "program" or "programme" or "exercise" or "exercises" or "bike" or "nustep" or "treadmill" or "own" or "doing" or "treated" or "my"
                or "also" or "treating" or "sees" or "seeing" or "rehab" or "working" or "stepper" or "laps" or "stretching" or "sets" or "mat") return true;
        return false;
    }

    // "in the gym", "the whole session", "during NMR": the sentence says it was the session.
    private static bool NamesTheSession(NoteScratch s, int t)
    {
        var from = s.SentenceStartOf(t);
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "gym" or "clinic" or "session" or "tx" or "treatment" or "nmr" or "visit" or "block" or "slot" or "pool" or "lab" or "bay" || (s.Token(k) is "ed" && k > 0 && s.Token(k - 1) is "re")
                || (s.Token(k) is "room" && k > 0 && s.Token(k - 1) is "treatment" or "tx" or "mat" or "therapy" or "pt" or "exam")
                // ("just him and me at the parallel bars the whole time")
                || (s.Token(k) is "bars" && k > 0 && s.Token(k - 1) is "parallel")
                // ("the whole 97112": the code's service named.)
                || (IsCptCode(s, k) && k > 0 && s.Token(k - 1) is "the" or "whole" or "entire")) return true;
        return false;
    }

    // "97112": a five-digit procedure code written out (the minutes reader's mentions are not read yet when attendance is).
    private static bool IsCptCode(NoteScratch s, int k) =>
        (s.Flags[k] & (TokenFlags.CodeLike | TokenFlags.Integer)) == (TokenFlags.CodeLike | TokenFlags.Integer) && s.Length[k] == 5;

    private static bool IsOthers(NoteScratch s, int k) => s.Token(k) is "others";

    // "… only for the warm-up", "… for the stretching": after the pair in its clause, "for" something that is not the whole session.
    private static bool ForSomethingElse(NoteScratch s, int from)
    {
        // (Not past a remark in brackets: "PT w/ pt only (her daughter filmed it for the groom)".)
        for (var k = from; k < Math.Min(s.Count, from + 8) && s.Clause[k] == s.Clause[from - 1] && (s.Flags[k] & TokenFlags.AfterParen) == 0; k++)
        {
            if (s.Token(k) is not "for" || ForTheWhole(s, k) || (k + 2 < s.Count && s.Token(k + 1) is "the" && s.Token(k + 2) is "whole" or "entire")
                || (k + 1 < s.Count && s.Token(k + 1) is "all") || EveryMinute(s, k + 1)) continue;
            // ("for the 97112", "for NMR", "for the neuro re-ed": the code's service, all of it.)
            var w = k + 1 < s.Count && s.Token(k + 1) is "the" or "his" or "her" or "their" ? k + 2 : k + 1;
            if (w < s.Count && ((s.Flags[w] & TokenFlags.CodeLike) != 0 || s.Token(w) is "nmr" or "neuro" or "neuromuscular" or "re" or "ther" or "therex" or "te" or "ta"
                or "gait" or "manual" or "balance" or "timed" or "billed" or "both" or "full" or "whole" or "entire")) continue;
            return true;
        }
        return false;
    }

    private static bool ExceptionInClause(NoteScratch s, int from)
    {
        for (var k = from; k < Math.Min(s.Count, from + 12) && s.Clause[k] == s.Clause[from - 1]; k++)
            if (s.Token(k) is "except" or "excluding" or "but") return true;
        return false;
    }

    // After the statement, in its sentence, an exception or someone else: "bar 5 min with Mr. Ito", "in theory, but Mr. Lin
    // needed stand-by", "with Mr. Ito on the bike alongside", "no others except a walk-in", "then I picked up Mr. Ito".
    private static bool ExceptionAfter(NoteScratch s, int from)
    {
        if (from >= s.Count) return false;
        var sentence = s.Sentence[Math.Max(0, from - 1)];
        for (var k = from; k < Math.Min(s.Count, from + 40) && s.Sentence[k] == sentence; k++)
        {
            if (UntilTheEnd(s, k) is int endsAt) { k = endsAt; continue; }
            if (s.Token(k) is "then" or "but" or "except" or "excluding" or "bar" or "save" or "besides" or "alongside" or "until" or "till" or "til"
                or "mostly" or "partially" or "intermittently" or "briefly" or "theory" or "ideally" or "also" or "joined" or "shared" or "sharing"
                or "together" or "simultaneously" or "pts" or "patients" or "walk" or "need" or "needed") return true;
            if (s.Token(k) is "mr" or "mrs" or "ms" or "miss" && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.TitleCase) != 0) return true;
        }
        return false;
    }

    // "until it was done", "till the end", "until we finished": to the end of the service — the last token of those words, or null.
    private static int? UntilTheEnd(NoteScratch s, int k)
    {
        if (s.Token(k) is not ("until" or "till" or "til") || k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[k]) return null;
        bool At(int p, string word) => p < s.Count && s.Clause[p] == s.Clause[k] && s.Token(p).SequenceEqual(word);
        bool Done(int p) => p < s.Count && s.Clause[p] == s.Clause[k] && s.Token(p) is "done" or "over" or "finished" or "complete" or "completed" or "ended";
        if (Done(k + 1)) return k + 1;
        if (At(k + 1, "the") && At(k + 2, "end")) return k + 2;
        if ((At(k + 1, "it") || At(k + 1, "we") || At(k + 1, "tx") || At(k + 1, "treatment")) && Done(k + 2)) return k + 2;
        if ((At(k + 1, "it") || At(k + 1, "we") || At(k + 1, "tx")) && (At(k + 2, "was") || At(k + 2, "were")) && Done(k + 3)) return k + 3;
        return null;
    }

    // The first token after k outside k's clause, or after a spaced dash (or the note's end).
    private static int ClauseEndAfter(NoteScratch s, int k)
    {
        var e = k + 1;
        while (e < s.Count && s.Clause[e] == s.Clause[k] && (s.Flags[e] & TokenFlags.AfterDash) == 0) e++;
        return e;
    }

    private static bool SentenceSaysNoOthers(NoteScratch s, int t)
    {
        for (var k = s.SentenceStartOf(t) + 1; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
            if (IsOthers(s, k) && s.Token(k - 1) is "no") return true;
        return false;
    }

    // (reasonsExplain: a reason given after t — "since the class moved to evenings", "because the group was cancelled" — explains
    // why the patient was alone; it does not put anyone else in the session.)
    private static bool SentenceSaysOtherwise(NoteScratch s, int t, bool reasonsExplain = false)
    {
        var from = s.SentenceStartOf(t);
        for (var k = from; k < s.Count && s.Sentence[k] == s.Sentence[t]; k++)
        {
            if (reasonsExplain && k > t && s.Token(k) is "since" or "because") break;
            // ("— the class was not mine": another's class, not the writer's.)
            if (s.Token(k) is "not" && k + 1 < s.Count && s.Token(k + 1) is "mine" && k > 2 && s.Token(k - 2) is "class" or "group" or "patients" or "pts") continue;
            if (s.Token(k) is "not" or "unable" or "couldn't" or "could" or "can't" or "cannot" or "possible" or "feasible" or "maintain" or "goal" or "goals" or "ratio" or "wasn't" or "isn't"
                or "arrived" or "joined" || (IsOthers(s, k) && !(k > 0 && s.Token(k - 1) is "no"))) return true;
        }
        return false;
    }

    private enum Person { None, Patient, Staff, Discipline, Either }

    private static Person PersonOf(ReadOnlySpan<char> word) => word switch
    {
        "patient" or "client" or "child" or "kid" or "resident" or "athlete" or "veteran" or "vet" or "claimant" or "elder" or "member" or "him" or "her" or "participant" or "rider" or "skier" or "runner" or "golfer" or "dancer" or "musician" or "ppt" or "soldier" or "sm" or "px" or "ee" or "employee" => Person.Patient,
        "therapist" or "clinician" or "provider" or "physio" or "physiotherapist" or "trainer" or "me" or "writer" or "therapists" or "clinicians" => Person.Staff,
        "ot" or "pta" or "ota" or "cota" or "otr" or "dpt" or "slp" => Person.Discipline,
        "pt" => Person.Either,
        _ => Person.None,
    };

    // A name after a title: "Mrs. Thibodeaux", "Mr. O." (an initial; a title's one letter is no word of the note's).
    private static bool IsTitledName(NoteScratch s, int k) =>
        k > 0 && k < s.Count && ((s.Token(k - 1) is "mr" or "mrs" or "ms" or "miss" or "sr" or "sra"
                && ((s.Flags[k] & TokenFlags.TitleCase) != 0 || (s.Token(k).Length == 1 && char.IsAsciiLetter(s.Token(k)[0]) && (s.Flags[k] & TokenFlags.Unticked) == 0)))
            // ("Don Efraín", "Doña Juana": a Spanish title before a written-out name only — "don't" is no "Don T.".)
            || (s.Token(k - 1) is "srta" or "don" or "doña" or "dona" or "señor" or "señora" && (s.Flags[k] & TokenFlags.TitleCase) != 0 && s.Token(k).Length > 1));

    // Initials ("J.R."), a capitalised first name and an initial ("Maria S."), or a title and a capitalised name ("Mr. Lopez").
    private static bool NamesAPerson(NoteScratch s, int t)
    {
        static bool Initial(NoteScratch s, int k) => s.Token(k).Length == 1 && char.IsAsciiLetter(s.Token(k)[0]) && s.Token(k) is not ("y" or "n" or "x");
        if (Initial(s, t) && Initial(s, t + 1)) return true;
        if ((s.Flags[t] & TokenFlags.TitleCase) != 0 && Initial(s, t + 1)) return true;
        return s.Token(t) is "mr" or "mrs" or "ms" or "miss" && (s.Flags[t + 1] & TokenFlags.TitleCase) != 0;
    }
}
