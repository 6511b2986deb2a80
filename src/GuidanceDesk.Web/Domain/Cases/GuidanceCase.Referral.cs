namespace GuidanceDesk.Web.Domain;

public sealed partial class GuidanceCase
{
    /// <summary>
    /// The counselor a case referral (8.1) has been sent to, and their unit: they may read the case while the referral
    /// stands, independently of who else may (the sender may lose access, the receiver keeps it).
    /// </summary>
    public long? ReferralReceiverStaffId { get; private set; }
    public long? ReferralReceiverUnitId { get; private set; }

    /// <summary>8.1.3: the case's records go with the referral form to the receiving counselor.</summary>
    public void ShareWithReferralReceiver(long staffId, long unitId, DateTimeOffset now)
    {
        ReferralReceiverStaffId = staffId;
        ReferralReceiverUnitId = unitId;
        Touch(now);
    }

    /// <summary>A declined or stopped referral: the receiver no longer reads the case.</summary>
    public void EndReferralShare(DateTimeOffset now)
    {
        ReferralReceiverStaffId = null;
        ReferralReceiverUnitId = null;
        Touch(now);
    }
}
