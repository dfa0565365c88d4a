namespace ClaimAudit.Core.Model;

public static class Money
{
    /// <summary>Dollars rounded to cents, half away from zero as a fee schedule rounds.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
