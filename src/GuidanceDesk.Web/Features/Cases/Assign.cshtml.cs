using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>7.1.3 / 4.6.1: the proposed counselors with the reason for each, and the assignment (override by a manager).</summary>
public sealed class AssignModel(CaseQueries queries, AssignmentHandler handler, CounselorMatcher matcher, CurrentUser user,
    IStringLocalizer<SharedResource> l) : CaseFormPage<AssignRequest>(queries, l)
{
    public IReadOnlyList<CounselorProposal> Proposals { get; private set; } = [];

    public bool MayOverride => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    protected override string Done => "已指派职业指导人员";

    protected override Task SaveAsync(long id, CancellationToken ct) => handler.AssignAsync(id, Input, ct);

    protected override async Task LoadExtrasAsync(CaseView c, CancellationToken ct) => Proposals = await matcher.ProposeAsync(c.WorkerId, ct);
}
