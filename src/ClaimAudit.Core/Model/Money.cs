namespace ClaimAudit.Core.Model;

public static class Money
{
    /// <summary>Dollars rounded to cents, half away from zero as a fee schedule rounds.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>US dollars as a biller writes them, whatever the machine's culture: $1,234.56, -$12.50.</summary>
    public static string Format(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
