namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>Result of <see cref="UnifiedSocialCreditCode.Check"/>.</summary>
/// <param name="OrganizationCodeWarning">
/// The embedded GB 11714 organisation code (characters 9–17) fails its own check. Codes issued by some
/// registries do not satisfy it, so this is only worth a "please double-check" hint, never a rejection.
/// </param>
public sealed record UsccCheck(bool IsValid, string? Normalized, UsccError? Error, bool OrganizationCodeWarning);

/// <summary>Why a unified social credit code was rejected, in the order the checks run.</summary>
public enum UsccError
{
    Empty,
    WrongLength,
    InvalidCharacters,
    ChecksumMismatch,
}
