using System.Security.Cryptography;
using System.Text;

namespace ClaimAudit.Storage;

/// <summary>
/// The one way text is hashed here: SHA-256 of its UTF-8 bytes as 64 lower-case hex characters.
/// Stored keys, batch ids and ETags are built from it, so changing it orphans what is stored.
/// </summary>
public static class Sha256Hex
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
