namespace ClaimAudit.Core.Model;

/// <summary>
/// One problem found on a visit: what is wrong, how to fix it, and the dollars at stake.
/// <see cref="Row"/> names the input row (a claim line of its own) when the finding judges
/// one row rather than the code's merged line. The rules build findings with
/// <see cref="Rules.RuleDescriptor.Finding"/>, so <see cref="RuleId"/> and
/// <see cref="Severity"/> are their rule's descriptor's, and the text is the rule's message and
/// fix templates filled with the finding's <see cref="Args"/>.
/// </summary>
/// <remarks>
/// A rule's finding keeps its templates and args and renders <see cref="Message"/> and
/// <see cref="Fix"/> only when they are read (then keeps them): the summary and the compact report
/// (schema 2) never read them, and the audit makes millions of findings. Two findings are equal
/// when they say the same thing: same rule, severity, code, row, amount, text and args.
/// </remarks>
public sealed record Finding
{
    // Null once the text is known: for a literal finding, or after the first read.
    private readonly string? _messageTemplate;
    private readonly string? _fixTemplate;
    private string? _message;
    private string? _fix;

    /// <summary>A finding with literal text (no templates; <see cref="Args"/> empty).</summary>
    public Finding(string ruleId, Severity severity, string? code, string message, string fix, decimal amount, int? row = null)
    {
        RuleId = ruleId;
        Severity = severity;
        Code = code;
        _message = message;
        _fix = fix;
        Amount = amount;
        Row = row;
    }

    private Finding(string ruleId, Severity severity, string? code, decimal amount, int? row,
        string messageTemplate, string fixTemplate, IReadOnlyList<FindingArg> args)
    {
        RuleId = ruleId;
        Severity = severity;
        Code = code;
        Amount = amount;
        Row = row;
        _messageTemplate = messageTemplate;
        _fixTemplate = fixTemplate;
        Args = args;
    }

    /// <summary>
    /// A finding whose text is <paramref name="messageTemplate"/> and <paramref name="fixTemplate"/>
    /// filled with <paramref name="args"/> by <see cref="FindingText.Render"/>. The args list is kept,
    /// not copied. A template that names a placeholder the args lack fails when the text is read.
    /// </summary>
    public static Finding Templated(string ruleId, Severity severity, string? code, decimal amount, int? row,
        string messageTemplate, string fixTemplate, IReadOnlyList<FindingArg> args) =>
        new(ruleId, severity, code, amount, row, messageTemplate, fixTemplate, args);

    /// <summary>A templated finding about <paramref name="line"/> (one object: the rules make many on the hot path).</summary>
    internal static Finding TemplatedOn(Rules.CodeLine line, string ruleId, Severity severity, decimal amount, int? row,
        string messageTemplate, string fixTemplate, IReadOnlyList<FindingArg> args) =>
        new(ruleId, severity, line.Code, amount, row, messageTemplate, fixTemplate, args) { Line = line };

    public string RuleId { get; init; }
    public Severity Severity { get; init; }
    /// <summary>
    /// The claim line the finding is about, when a rule said so (<see cref="Rules.RuleDescriptor.FindingOn"/>):
    /// a visit may bill one code on two lines (a PT's and an OT's), and a finding with no row must still
    /// be put on its own line's dollars and cells, not the first line of its code.
    /// </summary>
    internal Rules.CodeLine? Line { get; init; }
    public string? Code { get; init; }
    public decimal Amount { get; init; }
    public int? Row { get; init; }

    /// <summary>What is wrong, as a billing manager reads it.</summary>
    public string Message
    {
        get => _message ??= FindingText.Render(_messageTemplate!, Code, Args);
        init { _message = value; _messageTemplate = null; }
    }

    /// <summary>How to fix it.</summary>
    public string Fix
    {
        get => _fix ??= FindingText.Render(_fixTemplate!, Code, Args);
        init { _fix = value; _fixTemplate = null; }
    }

    /// <summary>
    /// The parameters of the message and fix (schema 2 of the report, PRODUCT.md section 8): the
    /// rule's templates with these filled in read exactly as <see cref="Message"/> and <see cref="Fix"/>.
    /// Empty for a finding built with literal text.
    /// </summary>
    public IReadOnlyList<FindingArg> Args { get; init; } = [];

    /// <summary>Whether the text is exactly these templates filled with <see cref="Args"/> (so a compact report may write the args alone).</summary>
    internal bool UsesTemplates(string messageTemplate, string fixTemplate) =>
        string.Equals(_messageTemplate, messageTemplate, StringComparison.Ordinal) && string.Equals(_fixTemplate, fixTemplate, StringComparison.Ordinal);

    public bool Equals(Finding? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || RuleId != other.RuleId || Severity != other.Severity || Code != other.Code
            || Amount != other.Amount || Row != other.Row || Args.Count != other.Args.Count)
            return false;
        for (var i = 0; i < Args.Count; i++)
            if (!Args[i].Equals(other.Args[i])) return false;
        return Message == other.Message && Fix == other.Fix;
    }

    // The text is left out so that hashing never renders it; equal findings still hash alike.
    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, Code, Amount, Row);
}

/// <summary>
/// One parameter of a finding's message: a name of the rule's templates and its value — a
/// string, an int or a decimal (see <see cref="FindingText.Render"/> for how each is written).
/// </summary>
public readonly record struct FindingArg(string Name, object Value);
