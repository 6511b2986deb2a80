namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>Result of <see cref="ResidentIdNumber.Check"/>. Derived fields are only set when the number is valid.</summary>
public sealed record ResidentIdCheck(
    bool IsValid,
    string? Normalized,
    ResidentIdError? Error,
    DateOnly? BirthDate,
    Gender? Gender,
    string? RegionCode);

/// <summary>Why a resident ID number was rejected, in the order the checks run.</summary>
public enum ResidentIdError
{
    Empty,
    WrongLength,
    InvalidCharacters,
    InvalidBirthDate,
    BirthDateInFuture,
    ChecksumMismatch,
}
