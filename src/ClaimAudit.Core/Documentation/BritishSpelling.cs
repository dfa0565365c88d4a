namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The British spelling of a vocabulary phrase's words, so that the shipped (American) vocabulary
/// also reads notes written in British or Australian English: "-ization/-ize/-izing" as "-isation/
/// -ise/-ising", "-yze" as "-yse", and the usual word pairs (program/programme, edema/oedema,
/// maneuver/manoeuvre, meter/metre, …). Only the vocabulary's phrases are respelled, never the note.
/// </summary>
internal static class BritishSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["program"] = "programme", ["programs"] = "programmes",
        ["center"] = "centre", ["centers"] = "centres", ["centered"] = "centred",
        ["meter"] = "metre", ["meters"] = "metres",
        ["maneuver"] = "manoeuvre", ["maneuvers"] = "manoeuvres",
        ["fiber"] = "fibre", ["fibers"] = "fibres",
        ["behavior"] = "behaviour", ["behaviors"] = "behaviours", ["behavioral"] = "behavioural",
        ["color"] = "colour", ["colors"] = "colours", ["gray"] = "grey",
        ["edema"] = "oedema", ["edematous"] = "oedematous",
        ["pediatric"] = "paediatric", ["pediatrics"] = "paediatrics",
        ["orthopedic"] = "orthopaedic", ["orthopedics"] = "orthopaedics",
        ["anesthesia"] = "anaesthesia", ["paresthesia"] = "paraesthesia", ["paresthesias"] = "paraesthesias",
        ["hypoesthesia"] = "hypoaesthesia", ["hyperesthesia"] = "hyperaesthesia",
        ["hemiplegia"] = "haemiplegia", ["hemiplegic"] = "haemiplegic",
        ["tumor"] = "tumour", ["labor"] = "labour", ["favor"] = "favour",
    };

    /// <summary>The phrase's tokens respelled, or null when no word has a British spelling.</summary>
    public static string[]? Of(string[] tokens)
    {
        string[]? respelled = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var british = Word(tokens[i]);
            if (ReferenceEquals(british, tokens[i])) continue;
            respelled ??= (string[])tokens.Clone();
            respelled[i] = british;
        }
        return respelled;
    }

    /// <summary>One lower-case word's British spelling, or the same instance when it has none.</summary>
    public static string Word(string word)
    {
        if (Words.TryGetValue(word, out var british) && british != word) return british;
        // "stabilization", "mobilize", "normalizing", "desensitized"; "analyze", "paralyzed".
        var z = word.IndexOf('z', StringComparison.Ordinal);
        if (z < 2 || z + 1 >= word.Length || word.Length < 6) return word;
        if ((word[z - 1] is 'i' or 'y') && word[z + 1] is 'e' or 'a' or 'i')
            return string.Concat(word.AsSpan(0, z), "s", word.AsSpan(z + 1));
        return word;
    }
}
