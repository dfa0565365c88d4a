using System.Text.Json;
using ClaimAudit.Core.Remittances;
using ClaimAudit.Core.Tests.Ingest.X12;
using Xunit;
using static ClaimAudit.Core.Tests.Remittances.Remit835Text;

namespace ClaimAudit.Core.Tests.Remittances;

// 835 files written by hand from the 005010X221A1 segment layout (Remit835Text); each test asserts what
// a user of `claimaudit remit` would see: the amounts, codes and keys read, the balancing messages and the errors.
public sealed class Remittance835ReaderTests
{
    /// <summary>V-1001: two lines, each CO-45 contractual and PR-2 coinsurance; everything balances.</summary>
    private static IEnumerable<string> PaidClaimBody(string lineTwoCharge = "80.00") =>
    [
        .. Header("145.00", "EFT0001"),
        "LX*1",
        .. Claim("V-1001", "1", "200.00", "145.00", "15.00"),
        "SVC*HC:97112:GP*120.00*85.00**2", "DTM*472*20260302", "CAS*CO*45*25.00", "CAS*PR*2*10.00", "REF*6R*V-1001-2", "AMT*B6*95.00",
        $"SVC*HC:97110:GP*{lineTwoCharge}*60.00**1", "DTM*472*20260302", "CAS*CO*45*15.00", "CAS*PR*2*5.00", "REF*6R*V-1001-3", "AMT*B6*65.00",
    ];

    private static RemittanceFile ReadText(string text) => Remittance835Reader.Read(Stream(text));

    [Fact]
    public void Reads_a_balanced_payment_with_its_claim_and_lines()
    {
        var file = ReadText(Render(Interchange("000000001", Set("0001", PaidClaimBody()))));

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        var advice = Assert.Single(file.Advices);
        Assert.Equal("1512345678/EFT0001", advice.Key);
        Assert.Equal("0001", advice.SetControl);
        Assert.Equal("MEDICARE PART B", advice.PayerName);
        Assert.Equal("MCR01", advice.PayerIdentifier); // REF*2U when N1*PR has no N104
        Assert.Equal(145.00m, advice.PaymentAmount);
        Assert.Equal(new DateOnly(2026, 4, 15), advice.PaymentDate);
        Assert.Equal("EFT0001", advice.TraceNumber);
        Assert.Empty(advice.Balancing);
        Assert.Empty(advice.ProviderAdjustments);

        var claim = Assert.Single(advice.Claims);
        Assert.Equal("V-1001", claim.PatientControlNumber);
        Assert.Equal(1, claim.Status);
        Assert.Equal((200.00m, 145.00m, 15.00m), (claim.Charge, claim.Paid, claim.PatientResponsibility));
        Assert.Equal("PCN0001", claim.PayerClaimNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), claim.ServiceDate);
        Assert.Equal("ST 0001, segment 14", claim.Location);
        Assert.Empty(claim.Adjustments);

        Assert.Equal(2, claim.Lines.Count);
        var first = claim.Lines[0];
        Assert.Equal("97112", first.Code);
        Assert.Equal(["GP"], first.Modifiers);
        Assert.Equal((120.00m, 85.00m, 2m), (first.Charge, first.Paid, first.Units));
        Assert.Equal(new DateOnly(2026, 3, 2), first.DateOfService);
        Assert.Equal("V-1001-2", first.LineControl);
        Assert.Equal(95.00m, first.Allowed);
        Assert.Equal([new Adjustment("CO", "45", 25.00m), new Adjustment("PR", "2", 10.00m)], first.Adjustments);
        Assert.Equal("ST 0001, segment 17", first.Location);
        Assert.Null(first.OriginalCode);
        Assert.Equal("V-1001-3", claim.Lines[1].LineControl);
    }

    [Fact]
    public void Other_separators_with_CRLF_read_the_same_and_SVC06_SVC07_MOA_LQ_are_kept()
    {
        IEnumerable<string> body =
        [
            .. Header("92.00", "CHK5001", payer: "AETNA PPO", trnPayer: "1066033492", payerRef: null, n104: "60054"),
            "LX*1",
            .. Claim("V-2001", "1", "150.00", "92.00", "20.00", date: "20260305"),
            "MOA***MA130",
            // Paid as 97110 for 1 unit; billed as 97530 GP for 2.
            "SVC*HC:97110:GP*80.00*42.00**1*HC:97530:GP*2", "DTM*150*20260305", "DTM*151*20260305",
            "CAS*CO*151*30.00", "CAS*PR*2*8.00", "REF*6R*V-2001-4", "LQ*HE*N640",
            // SVC05 absent: one unit. Two triples in one CAS.
            "SVC*HC:97140:GP:59*70.00*50.00", "DTM*472*20260305", "CAS*CO*45*8.00*1*253*0.00", "CAS*PR*2*12.00", "REF*6R*V-2001-5",
        ];
        var text = Render(Interchange("000000007", Set("1001", body)), element: '|', component: '>', repetition: '!', terminator: '^', after: "\r\n");
        Assert.Contains("SVC|HC>97110>GP|80.00", text);

        var file = ReadText(text);

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        var advice = Assert.Single(file.Advices);
        Assert.Equal("1066033492/CHK5001", advice.Key);
        Assert.Equal("AETNA PPO", advice.PayerName);
        Assert.Equal("60054", advice.PayerIdentifier);
        Assert.Empty(advice.Balancing);
        var claim = Assert.Single(advice.Claims);
        Assert.Equal(["MA130"], claim.Remarks);
        var changed = claim.Lines[0];
        Assert.Equal(("97110", 1m), (changed.Code, changed.Units));
        Assert.Equal(("97530", 2m), (changed.OriginalCode, changed.OriginalUnits));
        Assert.Equal(["GP"], changed.OriginalModifiers!);
        Assert.Equal(("97530", 2m), (changed.SubmittedCode, changed.SubmittedUnits));
        Assert.Equal(new DateOnly(2026, 3, 5), changed.DateOfService);
        Assert.Equal(["N640"], changed.Remarks);
        Assert.Equal("CO-151", changed.Adjustments[0].Code);
        var second = claim.Lines[1];
        Assert.Equal(["GP", "59"], second.Modifiers);
        Assert.Equal(1m, second.Units);
        Assert.Equal([new Adjustment("CO", "45", 8.00m, 1m), new Adjustment("CO", "253", 0.00m), new Adjustment("PR", "2", 12.00m)], second.Adjustments);
    }

    [Fact]
    public void Several_ST_and_ISA_in_one_file_each_give_an_advice_and_a_split_claim_stays_in_both()
    {
        IEnumerable<string> first =
        [
            .. Header("60.00", "EFT1001"), "LX*1", .. Claim("V-3001", "1", "100.00", "60.00", "10.00"),
            "SVC*HC:97110:GP*100.00*60.00**2", "CAS*CO*45*30.00", "CAS*PR*2*10.00",
        ];
        IEnumerable<string> second =
        [
            .. Header("30.00", "EFT1002"), "LX*1", .. Claim("V-3002", "1", "50.00", "30.00", "0"),
            "SVC*HC:97140:GP*50.00*30.00", "CAS*CO*45*20.00",
        ];
        IEnumerable<string> later =
        [
            .. Header("25.00", "EFT2001", date: "20260422"), "LX*1", .. Claim("V-3001", "1", "40.00", "25.00", "5.00"),
            "SVC*HC:97112:GP*40.00*25.00", "CAS*CO*45*10.00", "CAS*PR*2*5.00",
        ];
        var text = Render([.. Interchange("000000001", Set("0001", first), Set("0002", second)), .. Interchange("000000002", Set("0001", later))]);

        var file = ReadText(text);

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        Assert.Equal(["1512345678/EFT1001", "1512345678/EFT1002", "1512345678/EFT2001"], file.Advices.Select(a => a.Key));
        Assert.Equal(["0001", "0002", "0001"], file.Advices.Select(a => a.SetControl));
        Assert.All(file.Advices, a => Assert.Empty(a.Balancing));
        // The split claim: V-3001 is paid in two payments, each with its own amounts.
        var parts = file.Advices.SelectMany(a => a.Claims).Where(c => c.PatientControlNumber == "V-3001").ToList();
        Assert.Equal([(100.00m, 60.00m), (40.00m, 25.00m)], parts.Select(c => (c.Charge, c.Paid)));
        Assert.Equal(new DateOnly(2026, 4, 22), file.Advices[2].PaymentDate);
    }

    [Fact]
    public void A_reversal_with_negated_amounts_then_the_corrected_claim_nets_to_the_difference()
    {
        IEnumerable<string> body =
        [
            .. Header("15.00", "EFT3001"), "LX*1",
            .. Claim("V-1001", "22", "-200.00", "-145.00", "-15.00"),
            "SVC*HC:97112:GP*-120.00*-85.00**2", "CAS*CO*45*-25.00", "CAS*PR*2*-10.00", "REF*6R*V-1001-2",
            "SVC*HC:97110:GP*-80.00*-60.00**1", "CAS*CO*45*-15.00", "CAS*PR*2*-5.00", "REF*6R*V-1001-3",
            .. Claim("V-1001", "1", "200.00", "160.00", "15.00", payerClaim: "PCN0002"),
            "SVC*HC:97112:GP*120.00*100.00**2", "CAS*CO*45*10.00", "CAS*PR*2*10.00", "REF*6R*V-1001-2",
            "SVC*HC:97110:GP*80.00*60.00**1", "CAS*CO*45*15.00", "CAS*PR*2*5.00", "REF*6R*V-1001-3",
        ];

        var file = ReadText(Render(Interchange("000000001", Set("0001", body))));

        Assert.Null(file.FileError);
        var advice = Assert.Single(file.Advices);
        Assert.Empty(advice.Balancing);
        Assert.Equal(2, advice.Claims.Count);
        var reversal = advice.Claims[0];
        Assert.True(reversal.IsReversal);
        Assert.Equal((-200.00m, -145.00m), (reversal.Charge, reversal.Paid));
        Assert.Equal(-85.00m, reversal.Lines[0].Paid);
        Assert.Equal(new Adjustment("CO", "45", -25.00m), reversal.Lines[0].Adjustments[0]);
        Assert.False(advice.Claims[1].IsReversal);
        Assert.Equal(15.00m, advice.Claims.Sum(c => c.Paid));
        Assert.Equal(15.00m, advice.Claims.SelectMany(c => c.Lines).Where(l => l.LineControl == "V-1001-2").Sum(l => l.Paid));
    }

    [Fact]
    public void A_file_that_does_not_balance_is_read_and_says_where_and_by_how_much()
    {
        IEnumerable<string> body =
        [
            .. Header("100.00", "EFT4001"), "LX*1",
            .. Claim("V-5001", "1", "200.00", "150.00", "0"),
            "SVC*HC:97110:GP*120.00*90.00**2", "CAS*CO*45*20.00", "REF*6R*V-5001-2",
            "SVC*HC:97140:GP*80.00*60.00", "CAS*CO*45*20.00", "REF*6R*V-5001-3",
        ];

        var file = ReadText(Render(Interchange("000000001", Set("0001", body))));

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        var advice = Assert.Single(file.Advices);
        Assert.Equal(2, advice.Claims[0].Lines.Count);
        Assert.Equal(
        [
            new BalanceIssue("ST 0001, segment 17", "claim V-5001, line 1 (97110, REF*6R V-5001-2): charge 120.00 ≠ paid 90.00 + adjustments 20.00 (off by 10.00)", 10.00m),
            new BalanceIssue("ST 0001, segment 14", "claim V-5001: charge 200.00 ≠ paid 150.00 + adjustments 40.00 (off by 10.00)", 10.00m),
            new BalanceIssue("ST 0001, segment 2", "payment EFT4001: BPR02 100.00 ≠ claims paid 150.00 − provider adjustments 0.00 (off by -50.00)", -50.00m),
        ], advice.Balancing);
    }

    [Fact]
    public void A_claim_adjustment_off_by_a_cent_is_reported_exactly()
    {
        IEnumerable<string> body =
        [
            .. Header("59.99", "EFT4002"), "LX*1",
            .. Claim("V-5002", "1", "100.00", "59.99", "0"), "CAS*OA*23*40.00",
        ];

        var advice = Assert.Single(ReadText(Render(Interchange("000000001", Set("0001", body)))).Advices);

        var issue = Assert.Single(advice.Balancing);
        Assert.Equal("claim V-5002: charge 100.00 ≠ paid 59.99 + adjustments 40.00 (off by 0.01)", issue.Message);
        Assert.Equal([new Adjustment("OA", "23", 40.00m)], advice.Claims[0].Adjustments);
    }

    [Fact]
    public void Provider_adjustments_in_pairs_and_six_CAS_triples_are_read_and_balance()
    {
        IEnumerable<string> body =
        [
            .. Header("130.00", "EFT6001"), "LX*1",
            .. Claim("V-6001", "1", "100.00", "80.00", "0"), "SVC*HC:97110:GP*100.00*80.00", "CAS*CO*45*20.00",
            .. Claim("V-6002", "1", "81.00", "60.00", "0"), "SVC*HC:97112:GP*81.00*60.00",
            "CAS*CO*45*1.00**253*2.00**97*3.00**151*4.00**4*5.00**50*6.00",
            "PLB*1000000003*20261231*L6:INT01*-5.00*WO:OVP0001*15.00",
        ];

        var advice = Assert.Single(ReadText(Render(Interchange("000000001", Set("0001", body)))).Advices);

        Assert.Empty(advice.Balancing);
        Assert.Equal([new ProviderAdjustment("L6", "INT01", -5.00m), new ProviderAdjustment("WO", "OVP0001", 15.00m)], advice.ProviderAdjustments);
        Assert.Equal(["CO-45", "CO-253", "CO-97", "CO-151", "CO-4", "CO-50"], advice.Claims[1].Lines[0].Adjustments.Select(a => a.Code));
        Assert.Equal(21.00m, advice.Claims[1].Lines[0].Adjustments.Sum(a => a.Amount));
    }

    [Fact]
    public void A_bad_amount_skips_its_line_says_where_and_the_rest_is_read()
    {
        var body = PaidClaimBody(lineTwoCharge: "8O.00");

        var file = ReadText(Render(Interchange("000000001", Set("0001", body))));

        Assert.Null(file.FileError);
        Assert.Equal(["ST 0001, segment 23: SVC02 '8O.00' is not an amount; the line is skipped and its claim is not balanced"], file.SegmentErrors);
        var advice = Assert.Single(file.Advices);
        var claim = Assert.Single(advice.Claims);
        var line = Assert.Single(claim.Lines);
        Assert.Equal("V-1001-2", line.LineControl);
        // The claim cannot balance without its line: it is not reported as off; the payment still balances.
        Assert.Empty(advice.Balancing);
    }

    [Fact]
    public void A_bad_claim_amount_skips_the_claim_and_its_lines_and_a_bad_CAS_leaves_its_claim_unbalanced()
    {
        IEnumerable<string> body =
        [
            .. Header("145.00", "EFT0009"), "LX*1",
            .. Claim("V-7001", "1", "1,200.00", "0", "0"), "SVC*HC:97110:GP*1200.00*0", "CAS*CO*50*1200.00", "REF*6R*V-7001-2",
            .. Claim("V-7002", "1", "100.00", "80.00", "0"), "SVC*HC:97110:GP*100.00*80.00", "CAS*CO*45*2O.00",
            .. Claim("V-7003", "1", "90.00", "65.00", "0"), "SVC*HC:97112:GP*90.00*65.00", "CAS*XY*45*25.00",
        ];

        var file = ReadText(Render(Interchange("000000001", Set("0001", body))));

        Assert.Null(file.FileError);
        Assert.Equal(
        [
            "ST 0001, segment 14: CLP03 '1,200.00' is not an amount; the claim is skipped and the payment is not balanced",
            "ST 0001, segment 24: CAS03 '2O.00' is not an amount; the adjustment is left out and its claim is not balanced",
            "ST 0001, segment 29: CAS01 'XY' is not an adjustment group (CO, PR, OA, PI or CR); the adjustment is left out and its claim is not balanced",
        ], file.SegmentErrors);
        var advice = Assert.Single(file.Advices);
        Assert.Equal(["V-7002", "V-7003"], advice.Claims.Select(c => c.PatientControlNumber));
        Assert.All(advice.Claims, c => Assert.Empty(c.Lines[0].Adjustments));
        // Nothing is reported as off: what is off is the unreadable segments, listed above.
        Assert.Empty(advice.Balancing);
    }

    [Fact]
    public void A_truncated_file_is_a_file_error_with_no_advices()
    {
        var text = Render(Interchange("000000001", Set("0001", PaidClaimBody())));
        var cut = text[..text.IndexOf("CAS*PR*2*5.00", StringComparison.Ordinal)];

        var file = ReadText(cut);

        Assert.Empty(file.Advices);
        Assert.Equal("the file ends inside transaction set ST 0001 (after its segment 25, with no SE): it is truncated", file.FileError);
    }

    [Fact]
    public void A_wrong_SE_count_is_a_file_error_with_no_advices()
    {
        var text = Render(Interchange("000000001", Set("0001", PaidClaimBody(), seCount: 99)));

        var file = ReadText(text);

        Assert.Empty(file.Advices);
        Assert.NotNull(file.FileError);
        Assert.StartsWith("ST 0001, segment 29: SE01 says the transaction set has 99 segments, but ST 0001 … SE has 29", file.FileError);
        Assert.EndsWith("nothing of the file is read", file.FileError);
    }

    [Fact]
    public void A_damaged_second_set_throws_away_the_good_first_one_too()
    {
        var text = Render(Interchange("000000001", Set("0001", PaidClaimBody()), Set("0002", PaidClaimBody(), seCount: 5)));

        var file = ReadText(text);

        Assert.Empty(file.Advices);
        Assert.Contains("ST 0002", file.FileError);
    }

    [Fact]
    public void An_ST_without_its_SE_is_a_file_error()
    {
        var segments = Interchange("000000001", Set("0001", PaidClaimBody()), Set("0002", PaidClaimBody())).Where(s => s != "SE*29*0001");

        var file = ReadText(Render(segments));

        Assert.Empty(file.Advices);
        Assert.StartsWith("transaction set ST 0001 has no SE: ST 0002 begins at segment", file.FileError);
    }

    [Fact]
    public void An_837_given_as_an_835_is_refused()
    {
        var text = X12Text.Interchange([.. X12Text.Billing, .. X12Text.Subscriber(2, "M1"), "CLM*V-1*80***11:B:1*Y*A*Y*Y", .. X12Text.Line(1, "97110", 2)]);

        var file = ReadText(text);

        Assert.Empty(file.Advices);
        Assert.Equal("this is an 837 claim file, not an 835 remittance (transaction set ST 0001 is an 837)", file.FileError);
    }

    [Fact]
    public void A_file_that_is_not_X12_is_refused()
    {
        var file = ReadText("visit_id,paid\nV-1001,145.00\n");

        Assert.Empty(file.Advices);
        Assert.StartsWith("the file does not start with an ISA segment, so it is not an X12 interchange", file.FileError);
        Assert.Contains("an 835 remittance starts with ISA", file.FileError);
    }

    [Fact]
    public void An_interchange_with_no_transaction_set_is_refused()
    {
        var file = ReadText(Render(Interchange("000000001")));

        Assert.Empty(file.Advices);
        Assert.Equal("the file holds no transaction set (ST … SE), so there is no remittance in it", file.FileError);
    }

    [Fact]
    public void The_payer_id_of_the_key_falls_back_to_N104_then_the_payer_name()
    {
        IEnumerable<string> Body(string trnPayer, string? n104) =>
            [.. Header("0.00", "T1", payer: "Acme Health", trnPayer: trnPayer, payerRef: null, n104: n104)];

        var file = ReadText(Render(Interchange("000000001", Set("0001", Body("", "ACME01")), Set("0002", Body("", null)))));

        Assert.Equal(["ACME01/T1", "ACME HEALTH/T1"], file.Advices.Select(a => a.Key));
    }

    [Fact]
    public void Nothing_read_or_reported_carries_the_patient_name()
    {
        var text = Render(Interchange("000000001", Set("0001", PaidClaimBody("8O.00")), Set("0002", PaidClaimBody("90.00"))));

        var file = ReadText(text);

        Assert.Contains("DOE", text);
        var everything = JsonSerializer.Serialize(file);
        Assert.DoesNotContain("DOE", everything);
        Assert.DoesNotContain("PAT", everything.Replace("PATIENT", ""));
    }
}
