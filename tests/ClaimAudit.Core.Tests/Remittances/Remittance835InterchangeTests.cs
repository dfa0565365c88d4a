using ClaimAudit.Core.Remittances;
using Xunit;
using static ClaimAudit.Core.Tests.Remittances.Remit835Text;

namespace ClaimAudit.Core.Tests.Remittances;

/// <summary>What identifies an interchange and a payment across files (PRODUCT.md section 11: separators from each ISA; the same 835 twice counts once).</summary>
public sealed class Remittance835InterchangeTests
{
    private static RemittanceFile ReadText(string text) => Remittance835Reader.Read(Stream(text));

    private static IEnumerable<string> Payment(string trace, string amount, string visitId) =>
    [
        .. Header(amount, trace), "LX*1", .. Claim(visitId, "1", "100.00", amount, "0"),
        $"SVC*HC:97110:GP*100.00*{amount}", $"CAS*CO*45*{100m - decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture):0.00}",
    ];

    [Fact]
    public void Each_interchange_is_read_with_the_separators_its_own_ISA_declares()
    {
        // Two clearinghouses' interchanges in one file: the first with * : ~, the second with | > ! and no line breaks.
        var text = Render(Interchange("000000001", Set("0001", Payment("EFT1", "80.00", "V-1"))))
            + Render(Interchange("000000002", Set("0001", Payment("EFT2", "70.00", "V-2"))), element: '|', component: '>', terminator: '!', after: "");

        var file = ReadText(text);

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        Assert.Equal(["1512345678/EFT1", "1512345678/EFT2"], file.Advices.Select(a => a.Key));
        var second = Assert.Single(file.Advices[1].Claims);
        Assert.Equal(("V-2", 70.00m), (second.PatientControlNumber, second.Paid));
        Assert.Equal(["GP"], second.Lines.Single().Modifiers);
        Assert.All(file.Advices, a => Assert.Empty(a.Balancing));
    }

    [Fact]
    public void A_payment_with_no_trace_number_is_named_by_what_it_pays_so_a_redelivery_is_the_same_and_another_file_is_not()
    {
        // Control numbers restart in every file: ST 0001 of two different payments must not share a key.
        var march = ReadText(Render(Interchange("000000001", Set("0001", Payment("", "80.00", "V-1")))));
        var again = ReadText(Render(Interchange("000000007", Set("0005", Payment("", "80.00", "V-1")))));
        var april = ReadText(Render(Interchange("000000001", Set("0001", Payment("", "70.00", "V-2")))));

        var key = Assert.Single(march.Advices).Key;
        Assert.StartsWith("1512345678/NOTRN-20260415-80.00-", key);
        Assert.Equal(key, Assert.Single(again.Advices).Key);
        Assert.NotEqual(key, Assert.Single(april.Advices).Key);
        Assert.Contains("no TRN02", Assert.Single(march.SegmentErrors));
    }
}
