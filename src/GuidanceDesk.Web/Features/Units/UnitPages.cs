namespace GuidanceDesk.Web.Features.Units;

/// <summary>Helpers of the unit pages.</summary>
public static class UnitPages
{
    public static UnitForm FromView(UnitView v) => new()
    {
        Name = v.Name, DistrictCode = v.DistrictCode, Address = v.Address, Phone = v.Phone,
        QualificationNumber = v.Qualification?.Number, QualificationIssuer = v.Qualification?.Issuer,
        QualificationValidUntil = v.Qualification?.ValidUntil, Version = v.Version,
    };
}
