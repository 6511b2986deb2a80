namespace GuidanceDesk.Web.Domain;

/// <summary>Education by stage: 中专/技校 is the same stage as 高中, so "one level short" means one stage short.</summary>
public static class EducationStages
{
    /// <summary>1 小学及以下 … 3 高中/中专 … 7 博士; 0 not known.</summary>
    public static int Of(Education e) => e switch
    {
        Education.PrimaryOrBelow => 1,
        Education.JuniorSecondary => 2,
        Education.SeniorSecondary or Education.SecondaryVocational => 3,
        Education.JuniorCollege => 4,
        Education.Bachelor => 5,
        Education.Master => 6,
        Education.Doctorate => 7,
        _ => 0,
    };
}

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
