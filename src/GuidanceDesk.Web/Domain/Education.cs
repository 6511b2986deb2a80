namespace GuidanceDesk.Web.Domain;

/// <summary>Highest completed education, in the categories Chinese employment registration uses.</summary>
public enum Education
{
    Unknown = 0,
    PrimaryOrBelow = 1,
    JuniorSecondary = 2,
    SeniorSecondary = 3,
    SecondaryVocational = 4,
    JuniorCollege = 5,
    Bachelor = 6,
    Master = 7,
    Doctorate = 8,
}
