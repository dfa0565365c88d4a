namespace ClaimAudit.Core.Model;

/// <summary>
/// The shape of a billed code (PRODUCT.md section 2: a 5-character CPT/HCPCS code). The one
/// definition the readers, the unit calculator and payer-profile validation share, so a code the
/// batch readers reject is not accepted anywhere else.
/// </summary>
internal static class ProcedureCode
{
    /// <summary>
    /// CPT (5 digits, or 4 digits and a letter for category II/III: 0001F, 0275T) or HCPCS level II
    /// (a letter and 4 digits: G0283). Either case; the caller trims.
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code)
    {
        if (code.Length != 5) return false;
        if (char.IsAsciiDigit(code[0]))
            return char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3]) && char.IsAsciiLetterOrDigit(code[4]);
        return char.IsAsciiLetter(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);
    }
}
