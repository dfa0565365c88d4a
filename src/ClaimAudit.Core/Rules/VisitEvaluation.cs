using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Rules;

/// <summary>A visit ready for the rules: its lines merged per code with units computed under the payer's method.</summary>
internal sealed class VisitEvaluation
{
    public required Visit Visit { get; init; }
    public required PayerProfile Profile { get; init; }
    public required BatchFacts Batch { get; init; }
    /// <summary>The visit's lines in input order. An array, not an interface, so the rules' loops over it allocate nothing.</summary>
    public required CodeLine[] Lines { get; init; }

    public CodeLine? Line(string code)
    {
        foreach (var l in Lines)
            if (l.Code == code) return l;
        return null;
    }
}

/// <summary>
/// All input lines of one code in a visit, added together. Computed units follow the payer's unit
/// method; untimed codes are one unit per visit whatever their minutes.
/// </summary>
internal sealed class CodeLine
{
    public required string Code { get; init; }
    /// <summary>A timed code whose units were computed from its time; false for untimed codes and for <see cref="TimeUnchecked"/> lines.</summary>
    public bool Timed { get; init; }
    /// <summary>Some input row of the line carried no minutes (an 837P's line with no minutes joined): its minutes are not known.</summary>
    public bool MinutesUnknown { get; init; }
    /// <summary>
    /// A timed code whose units were not checked against time, because its minutes (or, under the
    /// 8-minute rule, another timed line's of the discipline that day) are unknown: its computed
    /// units are its billed ones and no rule compares its minutes.
    /// </summary>
    public bool TimeUnchecked { get; init; }
    public int Minutes { get; init; }
    public int CountedMinutes { get; init; }
    /// <summary>Sum of billed units, or null when no line of the code said what it bills.</summary>
    public int? BilledUnits { get; init; }
    public int ComputedUnits { get; init; }
    /// <summary>
    /// False for a code whose units are not computed from time: a supply billed by quantity, or a
    /// code the profile does not know (CODE_UNKNOWN). Its computed units are then its billed ones.
    /// </summary>
    public bool UnitsJudged { get; init; } = true;
    /// <summary>The timed minutes and units the computed units came from: the visit's, or the day's when visits were pooled.</summary>
    public UnitBasis Basis { get; init; }
    public required IReadOnlyList<string> BilledModifiers { get; init; }
    /// <summary>The role of the furnishing clinician (the first line's). PTA/OTA when the whole line was an assistant's.</summary>
    public ProviderRole Role { get; init; }
    /// <summary>Minutes furnished by an assistant: all minutes of a PTA/OTA line plus assistant_minutes of shared lines.</summary>
    public int AssistantMinutes { get; init; }
    /// <summary>The role of the assistant involved (PTA or OTA), or null when none was.</summary>
    public ProviderRole? AssistantRole { get; init; }
    /// <summary>False when any line of the code was not attested one-on-one (blank counts as not attested).</summary>
    public bool OneOnOneAttested { get; init; }
    /// <summary>Dollars per unit for this line: the profile rate, times the assistant rate when an assistant furnished over 10 % of it.</summary>
    public decimal UnitRate { get; init; }
    public required IReadOnlyList<ServiceLine> Sources { get; init; }
    /// <summary>Each source row as the claim line it is, with the units it bills (section 3: modifier rules judge each row).</summary>
    public required IReadOnlyList<ClaimRow> Claims { get; init; }

    public decimal Value => Money.Cents(ComputedUnits * UnitRate);
    public decimal BilledValue => Money.Cents((BilledUnits ?? ComputedUnits) * UnitRate);
    public bool HasModifier(string modifier) => RuleSupport.Holds(BilledModifiers, modifier);

    /// <summary>Medicare's 10 % rule: an assistant furnished this line "in part".</summary>
    public bool AssistantFurnished => AssistantRole is not null && Minutes > 0 && AssistantMinutes * 10 > Minutes;
}

/// <summary>
/// The timed minutes behind a line's computed units: the visit's (per discipline), or, when the
/// 8-minute rule pooled several visits of the patient on one date, the day's.
/// </summary>
internal readonly record struct UnitBasis(int TimedMinutes, int Units, int Visits);

/// <summary>
/// One input row of a code line, as the separate claim line it becomes: its units are the billed
/// units when the row says, else (for the first row that does not say) what the time supports
/// beyond the other rows' units. Modifier rules judge each claim row with units.
/// </summary>
internal sealed class ClaimRow
{
    public required ServiceLine Source { get; init; }
    public int Units { get; init; }
    /// <summary>Dollars per unit: the profile rate, times the assistant rate when an assistant furnished over 10 % of the row.</summary>
    public decimal UnitRate { get; init; }
    /// <summary>Dollars per unit at the full rate, whoever furnished the row.</summary>
    public decimal FullRate { get; init; }

    public int Row => Source.Row;
    public decimal Value => Money.Cents(Units * UnitRate);
    public bool HasModifier(string modifier) => RuleSupport.Holds(Source.BilledModifiers, modifier);

    /// <summary>The assistant who took part in the row (PTA/OTA), or null when none did.</summary>
    public ProviderRole? AssistantRole => AssistantOf(Source);

    /// <summary>Medicare's 10 % rule: an assistant furnished the row in whole or "in part".</summary>
    public bool AssistantFurnished => IsAssistantFurnished(Source);

    /// <summary>No assistant took part in the row at all: it is neither an assistant's row nor shared with one.</summary>
    public bool NoAssistant => AssistantOf(Source) is null;

    public static ProviderRole? AssistantOf(ServiceLine row) => row.Role.IsAssistant() ? row.Role
        : row.AssistantMinutes > 0 ? row.Role switch { ProviderRole.PT => ProviderRole.PTA, ProviderRole.OT => ProviderRole.OTA, _ => null }
        : null;

    public static bool IsAssistantFurnished(ServiceLine row) =>
        row.Role.IsAssistant() || (AssistantOf(row) is not null && row.Minutes > 0 && row.AssistantMinutes * 10 > row.Minutes);
}
