using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Functions.Tests;

public static class TestProfiles
{
    /// <summary>A clinic's own payer: 8-minute rule, illustrative rates.</summary>
    public static readonly PayerProfile Acme = new()
    {
        PayerId = "acme",
        Name = "Acme Health (test)",
        UnitMethod = UnitMethod.Cms,
        Rates = new Dictionary<string, decimal> { ["97112"] = 40m, ["97110"] = 30m },
    };
}

public static class TestBatches
{
    /// <summary>Two visits of one patient for the clinic-defined payer "acme".</summary>
    public const string AcmeCsv = """
        visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes,note
        V-1,P/77#,2026-03-02,acme,97112,24,2,GP,I69.351,"NMR 24 min one-on-one, PNF D2"
        V-1,P/77#,2026-03-02,acme,97110,23,1,GP,I69.351,"TherEx 23 min"
        V-2,P/77#,2026-03-09,acme,97110,30,2,GP,I69.351,"TherEx 30 min"
        """;

    public static IReadOnlyList<Visit> AcmeVisits()
    {
        var visit = new Visit { VisitId = "V-1", PatientId = "P/77#", PayerId = "acme", DateOfService = new DateOnly(2026, 3, 2) };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 23 });
        return [visit];
    }
}
