namespace ClaimAudit.Core.Model;

public static class Money
{
    /// <summary>
    /// The most a payer profile may pay for one unit of a code (section 9): far above any fee
    /// schedule (Medicare pays tens of dollars a unit), low enough that no sum can overflow.
    /// </summary>
    public const decimal MaxRatePerUnit = 100_000m;

    /// <summary>
    /// The largest dollar amount a batch or a profile may state as a whole: a year-to-date therapy
    /// amount (section 2), a KX or review threshold (section 9). The KX threshold is a few thousand dollars.
    /// </summary>
    public const decimal MaxAmount = 1_000_000m;

    // Why the engine's sums cannot overflow (decimal's maximum is about 7.9e28): a line is at most
    // 99 billed units a row, or 40 computed (600 minutes), at no more than MaxRatePerUnit, so a row is
    // worth under 1e7 dollars. A batch of a billion rows, all of one patient and one KX group, sums
    // to under 1e16; the year-to-date amount adds at most MaxAmount, and each stored ledger entry is
    // such a visit's sum written by an earlier audit. Units are ints: 99 × 21 million rows of one
    // code in one visit would be needed to overflow one.

    /// <summary>Dollars rounded to cents, half away from zero as a fee schedule rounds.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>US dollars as a biller writes them, whatever the machine's culture: $1,234.56, -$12.50.</summary>
    public static string Format(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
