using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Rules;

/// <summary>A visit ready for the rules: its lines merged per code with units computed under the payer's method.</summary>
public sealed class VisitEvaluation
{
    public required Visit Visit { get; init; }
    public required PayerProfile Profile { get; init; }
    public required BatchFacts Batch { get; init; }
    public required IReadOnlyList<CodeLine> Lines { get; init; }

    public CodeLine? Line(string code) => Lines.FirstOrDefault(l => l.Code == code);
}

/// <summary>
/// All input lines of one code in a visit, added together. Computed units follow the payer's unit
/// method; untimed codes are one unit per visit whatever their minutes.
/// </summary>
public sealed class CodeLine
{
    public required string Code { get; init; }
    public bool Timed { get; init; }
    public int Minutes { get; init; }
    public int CountedMinutes { get; init; }
    /// <summary>Sum of billed units, or null when no line of the code said what it bills.</summary>
    public int? BilledUnits { get; init; }
    public int ComputedUnits { get; init; }
    public required IReadOnlyList<string> BilledModifiers { get; init; }
    /// <summary>Modifiers the rules found the payer requires; filled while rules run.</summary>
    public SortedSet<string> RequiredModifiers { get; } = new(StringComparer.Ordinal);
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

    public decimal Value => Money.Cents(ComputedUnits * UnitRate);
    public decimal BilledValue => Money.Cents((BilledUnits ?? ComputedUnits) * UnitRate);
    public bool HasModifier(string modifier) => BilledModifiers.Contains(modifier, StringComparer.OrdinalIgnoreCase);

    /// <summary>Medicare's 10 % rule: an assistant furnished this line "in part".</summary>
    public bool AssistantFurnished => AssistantRole is not null && Minutes > 0 && AssistantMinutes * 10 > Minutes;
}
