namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>
/// An administrative division (NBS statistical division code): province (2 digits), city (4), district or
/// county (6), township or street (9). <paramref name="ParentCode"/> is the next level up, null for provinces.
/// </summary>
public sealed record Division(string Code, string Name, string? ParentCode);
