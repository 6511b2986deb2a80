using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>4.1: a unit shows a warning for an expired (or soon expiring) qualification and each missing document kind.</summary>
public sealed class ServiceUnitTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static ServiceUnit Complete(DateOnly validUntil)
    {
        var unit = new ServiceUnit("渝中区中心", "500103", DateTimeOffset.UnixEpoch);
        unit.SetQualification(new Qualification("渝人社服〔2024〕1号", "重庆市人社局", validUntil));
        foreach (var kind in Enum.GetValues<DocumentKind>())
            unit.AddDocument(kind, kind.ToString(), "1.0", Today.AddMonths(-1));
        return unit;
    }

    [Fact, Trait("Clause", "4.1a")]
    public void A_valid_qualification_and_all_documents_give_no_warning() =>
        Assert.Empty(Complete(Today.AddYears(1)).Warnings(Today));

    [Fact, Trait("Clause", "4.1a")]
    public void Expired_and_expiring_qualifications_are_flagged()
    {
        Assert.Equal(UnitWarningKind.QualificationExpired, Assert.Single(Complete(Today.AddDays(-1)).Warnings(Today)).Kind);
        Assert.Equal(UnitWarningKind.QualificationExpiringSoon, Assert.Single(Complete(Today.AddDays(30)).Warnings(Today)).Kind);
        Assert.Empty(Complete(Today.AddDays(60)).Warnings(Today));
    }

    [Fact, Trait("Clause", "4.1b")]
    public void A_missing_or_not_yet_effective_document_kind_is_flagged()
    {
        var unit = Complete(Today.AddYears(1));
        var emergency = unit.Documents.Single(d => d.Kind == DocumentKind.EmergencyPlan);
        unit.RemoveDocument(emergency.Number);
        unit.AddDocument(DocumentKind.EmergencyPlan, "新预案", "2.0", Today.AddDays(10));
        var warning = Assert.Single(unit.Warnings(Today));
        Assert.Equal(DocumentKind.EmergencyPlan, warning.DocumentKind);
        Assert.Empty(unit.Warnings(Today.AddDays(10)));
    }
}
