namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>Keys for field-level protection of personal data (configuration section "PersonalData").</summary>
/// <remarks>
/// Both values are base64 of 32 random bytes (see <see cref="PersonalDataProtector.NewKey"/>). They are kept
/// separate so the lookup key can stay with the database while the encryption key is rotated independently.
/// Rotation: put the old key under <see cref="RetiredEncryptionKeys"/> with its version, set a new
/// <see cref="EncryptionKey"/> and a new <see cref="EncryptionKeyVersion"/>; new values use the new key at once, old
/// ones stay readable, and <c>PersonalDataRekeyJob</c> re-encrypts them in the background. When the admin page shows
/// nothing left on a retired version, that key can be removed.
/// </remarks>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    public string EncryptionKey { get; set; } = "";

    /// <summary>The prefix of every value protected with <see cref="EncryptionKey"/>: "v1", "v2" … (letters and digits).</summary>
    public string EncryptionKeyVersion { get; set; } = "v1";

    /// <summary>Earlier encryption keys by version, kept only to read values not yet re-encrypted.</summary>
    public Dictionary<string, string> RetiredEncryptionKeys { get; set; } = [];

    public string LookupKey { get; set; } = "";
}
