namespace GuidanceDesk.Web.Domain;

/// <summary>公共就业服务资质 (4.1a): number, issuing authority and the last day it is valid.</summary>
public sealed record Qualification(string Number, string Issuer, DateOnly ValidUntil);

/// <summary>The management system 4.1b requires: one document of each kind must be in force.</summary>
public enum DocumentKind
{
    GuidanceServiceRules = 1,   // 职业指导服务制度
    TraineeRules = 2,           // 学员管理制度
    StaffRules = 3,             // 人员管理制度
    AdministrationRules = 4,    // 行政后勤管理制度
    FinanceRules = 5,           // 财务管理制度
    EmergencyPlan = 6,          // 应急预案
}

/// <summary>One management document (4.1b) with its version and effective date.</summary>
public sealed record ManagementDocument(int Number, DocumentKind Kind, string Title, string Version, DateOnly EffectiveOn);
