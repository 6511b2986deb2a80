namespace GuidanceDesk.Web.Domain;

public sealed partial class AssessmentPlan
{
    /// <summary>
    /// The guidance project (4.6.1a) this assessment is done under, if any. The plan is the unit of work that is linked:
    /// it is what the counselor and worker agree, and its completed assessments count as services of the project.
    /// </summary>
    public long? GuidanceProjectId { get; private set; }

    public void JoinProject(GuidanceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureAcceptsLinks();
        if (project.ServiceUnitId != ServiceUnitId)
            throw new DomainRuleException("只能关联本单位的测评方案", "planId");
        if (Status == AssessmentPlanStatus.Cancelled)
            throw new DomainRuleException("已取消的测评方案不能关联", "planId");
        if (GuidanceProjectId == project.Id)
            return;
        if (GuidanceProjectId is not null)
            throw new DomainRuleException("该测评方案已属于另一个指导项目，请先从原项目移出", "planId");
        GuidanceProjectId = project.Id;
    }

    public void LeaveProject(GuidanceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.EnsureAcceptsLinks();
        if (GuidanceProjectId != project.Id)
            throw new DomainRuleException("该测评方案不属于这个指导项目", "planId");
        GuidanceProjectId = null;
    }
}
