namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>The roles of the architecture; names are stable identifiers stored in the database.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Head = "Head";
    public const string Manager = "Manager";
    public const string Counselor = "Counselor";
    public const string Custodian = "Custodian";
    public const string Evaluator = "Evaluator";
    public const string Worker = "Worker";
    public const string Employer = "Employer";

    public static readonly IReadOnlyList<string> All = [Admin, Head, Manager, Counselor, Custodian, Evaluator, Worker, Employer];

    /// <summary>Roles that must use two-factor sign-in unless configured otherwise.</summary>
    public static readonly IReadOnlyList<string> TwoFactorRequired = [Admin, Head];
}

/// <summary>Named authorization policies, applied per page folder and per API group.</summary>
public static class Policies
{
    /// <summary>Staff who may read and register clients (workers, employers) of their unit.</summary>
    public const string ClientRecords = "ClientRecords";
    /// <summary>May see full (unmasked) identifiers on request; every reveal is audited.</summary>
    public const string RevealIdentifiers = "RevealIdentifiers";
    public const string ManageUnits = "ManageUnits";
    public const string ReadUnits = "ReadUnits";
    public const string ManageStaff = "ManageStaff";
    public const string ReadStaff = "ReadStaff";
    public const string AuditLog = "AuditLog";
    public const string Portal = "Portal";
    /// <summary>Vacancies: guidance staff and employers (an employer only their own).</summary>
    public const string Vacancies = "Vacancies";
    /// <summary>Appointments and cases: staff who read clients, and workers for their own (scoped in the handlers).</summary>
    public const string Guidance = "Guidance";
    /// <summary>Staff who do guidance work: record, plan, follow up (Head, Manager, Counselor).</summary>
    public const string CaseWork = "CaseWork";
    /// <summary>May assign guidance work to someone who does not meet 4.6.1, with a reason.</summary>
    public const string AssignmentOverride = "AssignmentOverride";
    /// <summary>Market figures and wage guidance (aggregates, no personal data): every staff role.</summary>
    public const string MarketRead = "MarketRead";
    /// <summary>Imports wage-guidance tables and rebuilds market snapshots (Manager, Head, Admin).</summary>
    public const string MarketManage = "MarketManage";
    /// <summary>Adds and retires assessment instrument versions (Admin, Head, Manager).</summary>
    public const string InstrumentManage = "InstrumentManage";
    /// <summary>Reads the registry of outside agencies (guidance staff and the admin who keeps it).</summary>
    public const string AgencyRead = "AgencyRead";
    /// <summary>Keeps the registry of outside agencies (Admin, Head, Manager).</summary>
    public const string AgencyManage = "AgencyManage";
    /// <summary>Sees the unit's archive completeness and items due for disposal (Custodian, Head, Manager); the custodian alone disposes.</summary>
    public const string ArchiveKeep = "ArchiveKeep";
    /// <summary>Loads a new year's holiday notice into the working-day calendar (Admin).</summary>
    public const string CalendarManage = "CalendarManage";
    /// <summary>Sets a unit's on-duty list for risk alerts (Head, Manager).</summary>
    public const string RiskRoster = "RiskRoster";
    /// <summary>Reads the registry of training providers and courses (guidance staff and the admin who keeps it).</summary>
    public const string TrainingRead = "TrainingRead";
    /// <summary>Keeps the registry of training providers and courses (Admin, Head, Manager).</summary>
    public const string TrainingManage = "TrainingManage";
    /// <summary>Reads the unit's guidance projects and links one's own cases (Admin, Head, Manager, Counselor).</summary>
    public const string ProjectRead = "ProjectRead";
    /// <summary>Designs, starts, evaluates guidance projects (4.6.1a: Manager; also Head and Admin).</summary>
    public const string ProjectDesign = "ProjectDesign";
    /// <summary>Reads the policy library and handbooks, drafts included (every staff role and the evaluator).</summary>
    public const string PolicyRead = "PolicyRead";
    /// <summary>Keeps the policy library and handbooks (Admin, Head, Manager).</summary>
    public const string PolicyManage = "PolicyManage";
    /// <summary>Reads the conformance report, self-evaluations, statistics and quarterly summaries of the unit (Head, Manager).</summary>
    public const string QualityReview = "QualityReview";
    /// <summary>Convenes and signs the self-inspection, grants evaluators access, publishes summaries (Head).</summary>
    public const string QualityConvene = "QualityConvene";
    /// <summary>Third-party evaluations (9.2.3): the evaluator's de-identified view under its grants; the unit's head and managers read the findings.</summary>
    public const string EvaluationRead = "EvaluationRead";
    /// <summary>Reads satisfaction aggregates (9.2.1): every staff role and the evaluator, scoped in SurveyAccess (a counselor only their own, from 5 responses).</summary>
    public const string SurveyRead = "SurveyRead";
    /// <summary>Types in paper satisfaction forms of the unit (Custodian, Manager, Head).</summary>
    public const string SurveyEntry = "SurveyEntry";
    /// <summary>Complaints (9.1.1): managers and the head of the unit, city-level staff all; a counselor those assigned to them.</summary>
    public const string Complaints = "Complaints";
    /// <summary>Reads internal audits and corrective actions (9.1.2–9.1.3): guidance staff, and the evaluator read-only.</summary>
    public const string QualityRead = "QualityRead";
    /// <summary>Plans audits, raises, verifies and closes corrective actions (Head, Manager).</summary>
    public const string QualityManage = "QualityManage";
    /// <summary>Edits the public service information (9.1.1): the admin, and a head for their unit.</summary>
    public const string DisclosureManage = "DisclosureManage";
    /// <summary>Handles workers' requests to correct or delete their personal information (4.6.2b): the unit's head and managers.</summary>
    public const string PrivacyRequests = "PrivacyRequests";
    /// <summary>Sees the backup runs and takes a backup now (4.4c): the admin only.</summary>
    public const string BackupManage = "BackupManage";
}
