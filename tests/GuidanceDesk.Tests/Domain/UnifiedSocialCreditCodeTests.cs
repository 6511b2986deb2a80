using GuidanceDesk.Web.Domain.Identifiers;
using Xunit;

namespace GuidanceDesk.Tests.Domain;

[Trait("Clause", "4.4")]
public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [MemberData(nameof(IdTestVectors.UsccValid), MemberType = typeof(IdTestVectors))]
    public void ShippedValidVectorsAreAccepted(string value, string why)
    {
        var result = UnifiedSocialCreditCode.Check(value);
        Assert.True(result.IsValid, why);
        Assert.Equal(value, result.Normalized);
        Assert.False(result.OrganizationCodeWarning, why);
    }

    [Theory]
    [MemberData(nameof(IdTestVectors.UsccInvalid), MemberType = typeof(IdTestVectors))]
    public void ShippedInvalidVectorsAreRejected(string value, string why)
    {
        var result = UnifiedSocialCreditCode.Check(value);
        Assert.False(result.IsValid, why);
        Assert.Null(result.Normalized);
    }

    [Theory]
    [InlineData(null, UsccError.Empty)]
    [InlineData(" ", UsccError.Empty)]
    [InlineData("9150010MA0000000", UsccError.WrongLength)]
    [InlineData("91500103MA0000007E1", UsccError.WrongLength)]
    [InlineData("91500103MA00000000", UsccError.ChecksumMismatch)]
    [InlineData("91500103MA0000007F", UsccError.ChecksumMismatch)]
    [InlineData("91500103MA0000000I", UsccError.InvalidCharacters)]
    [InlineData("91500103MA000000O7", UsccError.InvalidCharacters)]
    [InlineData("91500103MA000000S7", UsccError.InvalidCharacters)]
    [InlineData("91500103MA000000V7", UsccError.InvalidCharacters)]
    [InlineData("91500103MA000000Z7", UsccError.InvalidCharacters)]
    [InlineData("915001O3MA0000007E", UsccError.InvalidCharacters)] // letter in the region code
    [InlineData("91500103MA000000-7", UsccError.InvalidCharacters)]
    public void RejectsWithSpecificError(string? value, UsccError expected)
    {
        var result = UnifiedSocialCreditCode.Check(value);
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData("A1500103MA0000007D")] // registering authority A (other authorities)
    [InlineData("N2500000MA0000007D")] // registering authority N (other)
    [InlineData("Y1500103MA0000007Q")]
    public void AcceptsLetterInFirstPosition(string value) =>
        Assert.True(UnifiedSocialCreditCode.Check(value).IsValid);

    [Fact]
    public void AcceptsLowerCaseAndSurroundingWhitespace()
    {
        var result = UnifiedSocialCreditCode.Check(" 91500103ma0000007e\t");
        Assert.True(result.IsValid);
        Assert.Equal("91500103MA0000007E", result.Normalized);
    }

    [Fact]
    public void InnerOrganizationCodeMismatchIsOnlyAWarning()
    {
        // Organisation code MA0000008 should end in 7 per GB 11714, yet the outer GB 32100 check is right.
        var result = UnifiedSocialCreditCode.Check("91500103MA0000008H");
        Assert.True(result.IsValid);
        Assert.True(result.OrganizationCodeWarning);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("MA000000", '7')]
    [InlineData("MA000001", '5')]
    [InlineData("D2143569", 'X')] // worked example in GB 11714-1997 (D2143569-X)
    public void ComputesOrganizationCheckCharacter(string body, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(body));

    [Fact]
    public void EveryErrorHasAChineseMessage()
    {
        foreach (var error in Enum.GetValues<UsccError>())
        {
            Assert.Contains("统一社会信用代码", UnifiedSocialCreditCode.Describe(error), StringComparison.Ordinal);
        }
    }
}
