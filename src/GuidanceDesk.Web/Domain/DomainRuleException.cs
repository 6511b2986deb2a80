namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A rule of the standard or of the domain refused the operation (HTTP 422). <see cref="Field"/> names the input
/// the user should change, when there is one; <see cref="Message"/> is shown to the user (Chinese).
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message, string? field = null) : base(message) => Field = field;

    public DomainRuleException() { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }

    public string? Field { get; }
}
