namespace GuidanceDesk.Web.Domain;

/// <summary>Gender as recorded on the resident ID (GB 11643: odd 17th digit = male).</summary>
/// <remarks>Values match the GB/T 2261.1 codes (1 男, 2 女) so they can be stored and exported as-is.</remarks>
public enum Gender
{
    Male = 1,
    Female = 2,
}
