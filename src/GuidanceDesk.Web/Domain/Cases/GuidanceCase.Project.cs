namespace GuidanceDesk.Web.Domain;

public sealed partial class GuidanceCase
{
    /// <summary>The guidance project (4.6.1a) the case is served under, if any; a case belongs to at most one.</summary>
    public long? GuidanceProjectId { get; private set; }

    /// <summary>Links the case to a running project of its own unit. Linking it again to the same project changes nothing.</summary>
    public void JoinProject(GuidanceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureAcceptsLinks();
        if (project.ServiceUnitId != ServiceUnitId)
            throw new DomainRuleException("只能关联本单位的个案", "caseId");
        if (GuidanceProjectId == project.Id)
            return;
        if (GuidanceProjectId is not null)
            throw new DomainRuleException("该个案已属于另一个指导项目，请先从原项目移出", "caseId");
        GuidanceProjectId = project.Id;
    }

    public void LeaveProject(GuidanceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureAcceptsLinks();
        if (GuidanceProjectId != project.Id)
            throw new DomainRuleException("该个案不属于这个指导项目", "caseId");
        GuidanceProjectId = null;
    }
}
