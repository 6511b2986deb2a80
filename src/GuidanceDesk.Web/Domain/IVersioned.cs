namespace GuidanceDesk.Web.Domain;

/// <summary>
/// An editable aggregate with an optimistic-concurrency version. The data layer bumps <see cref="Version"/>
/// on every save, the API exposes it as the ETag, and a write carrying an older version gets 409.
/// </summary>
public interface IVersioned
{
    int Version { get; }

    void BumpVersion();
}

/// <summary>Every record belongs to a service unit .</summary>
public interface IUnitOwned
{
    long ServiceUnitId { get; }
}
