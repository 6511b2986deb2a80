namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>Keys for field-level protection of personal data (configuration section "PersonalData").</summary>
/// <remarks>
/// Both values are base64 of 32 random bytes (see <see cref="PersonalDataProtector.NewKey"/>). They are kept
/// separate so the lookup key can stay with the database while the encryption key is rotated independently.
/// </remarks>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    public string EncryptionKey { get; set; } = "";

    public string LookupKey { get; set; } = "";
}
