using Microsoft.AspNetCore.Identity;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// A sign-in account. Staff accounts carry their unit (null = city level, sees all units); portal accounts point to
/// the worker or employer they are.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public long? ServiceUnitId { get; set; }
    public long? StaffMemberId { get; set; }
    public long? WorkerId { get; set; }
    public long? EmployerId { get; set; }
    /// <summary>Demo accounts may skip the two-factor rule so that a first look needs no phone.</summary>
    public bool TwoFactorExempt { get; set; }
}
