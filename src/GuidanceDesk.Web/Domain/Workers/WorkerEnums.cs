namespace GuidanceDesk.Web.Domain;

public enum HouseholdType
{
    Unknown = 0,
    Urban = 1,  // 城镇户籍
    Rural = 2,  // 农村户籍
}

public enum EmploymentStatus
{
    Unknown = 0,
    Unemployed = 1,  // 失业/未就业
    Employed = 2,    // 在职
    Student = 3,     // 在校/应届
    Flexible = 4,    // 灵活就业
}

/// <summary>特定群体 (5.1e, 7.1.8, 7.1.11). A worker may belong to several.</summary>
[Flags]
public enum SpecialGroups
{
    None = 0,
    CollegeGraduate = 1,            // 高校毕业生
    EmploymentAssistanceTarget = 2, // 就业援助对象
    RuralMigrantWorker = 4,         // 农村转移劳动力
    Veteran = 8,                    // 退役军人
    Disabled = 16,                  // 残疾人
    LongTermUnemployed = 32,        // 长期失业人员
    PovertyAlleviated = 64,         // 脱贫人口
    YouthNotInEmployment = 128,     // 失业青年
}

/// <summary>就业援助对象 categories (GB/T 33531 and Chongqing practice).</summary>
public enum AssistanceCategory
{
    ZeroEmploymentFamily = 1,   // 零就业家庭成员
    MinimumLivingAllowance = 2, // 城乡低保家庭成员
    LongTermUnemployed = 3,     // 登记失业一年以上
    Disabled = 4,               // 残疾人
    OlderWorker = 5,            // 大龄失业人员（"4050"）
    SingleParent = 6,           // 抚养未成年子女的单亲家庭成员
    PovertyAlleviatedFamily = 7,// 脱贫家庭劳动力
    LandLostFarmer = 8,         // 失地农民
    Other = 9,
}
