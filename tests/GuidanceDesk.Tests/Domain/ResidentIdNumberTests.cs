using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using Xunit;

namespace GuidanceDesk.Tests.Domain;

[Trait("Clause", "4.4")]
public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [MemberData(nameof(IdTestVectors.ResidentIdValid), MemberType = typeof(IdTestVectors))]
    public void ShippedValidVectorsAreAccepted(string value, string why)
    {
        // The check character of every shipped vector is right.
        Assert.Equal(value[17], ResidentIdNumber.ComputeCheckCharacter(value.AsSpan(0, 17)));

        var result = ResidentIdNumber.Check(value, Today);
        Assert.True(result.IsValid, why);
        Assert.Equal(value, result.Normalized);
        Assert.Null(result.Error);
    }

    [Theory]
    [MemberData(nameof(IdTestVectors.ResidentIdInvalid), MemberType = typeof(IdTestVectors))]
    public void ShippedInvalidVectorsAreRejected(string value, string why)
    {
        var result = ResidentIdNumber.Check(value, Today);
        Assert.False(result.IsValid, why);
        Assert.Null(result.Normalized);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData("110105194912310021", ResidentIdError.ChecksumMismatch)]
    [InlineData("500103190002300000", ResidentIdError.InvalidBirthDate)]
    [InlineData("11010519491231002", ResidentIdError.WrongLength)]
    [InlineData(null, ResidentIdError.Empty)]
    [InlineData("", ResidentIdError.Empty)]
    [InlineData("   ", ResidentIdError.Empty)]
    [InlineData("110105491231002", ResidentIdError.WrongLength)] // 15-digit first-generation number
    [InlineData("11010519491231002XX", ResidentIdError.WrongLength)]
    [InlineData("1101051949123100X2", ResidentIdError.InvalidCharacters)]
    [InlineData("11010519491231002Y", ResidentIdError.InvalidCharacters)]
    [InlineData("１１0105194912310021", ResidentIdError.InvalidCharacters)] // full-width digits
    [InlineData("500103199902290013", ResidentIdError.InvalidBirthDate)] // 1999 is not a leap year
    [InlineData("500103184912310012", ResidentIdError.InvalidBirthDate)] // before 1850-01-01
    [InlineData("500103199913010012", ResidentIdError.InvalidBirthDate)] // month 13
    [InlineData("500103209912310010", ResidentIdError.BirthDateInFuture)]
    [InlineData("500103202603160012", ResidentIdError.BirthDateInFuture)] // tomorrow
    public void RejectsWithSpecificError(string? value, ResidentIdError expected)
    {
        var result = ResidentIdNumber.Check(value, Today);
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
        Assert.Null(result.BirthDate);
        Assert.Null(result.Gender);
    }

    [Fact]
    public void ChecksOrderBirthDateBeforeChecksum()
    {
        // Bad date and bad check digit: the date is reported because it is what the user most likely mistyped.
        Assert.Equal(ResidentIdError.InvalidBirthDate, ResidentIdNumber.Check("500103190002300001", Today).Error);
    }

    [Fact]
    public void AcceptsLowerCaseXAndTrimsWhitespace()
    {
        var result = ResidentIdNumber.Check("  11010519491231002x ", Today);
        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Normalized);
    }

    [Fact]
    public void DerivesBirthDateGenderAndRegion()
    {
        var female = ResidentIdNumber.Check("11010519491231002X", Today);
        Assert.Equal(new DateOnly(1949, 12, 31), female.BirthDate);
        Assert.Equal(Gender.Female, female.Gender); // 17th digit 2
        Assert.Equal("110105", female.RegionCode);

        var yuzhong = ResidentIdNumber.Check("500103190001010001", Today);
        Assert.Equal(Gender.Female, yuzhong.Gender); // sequence 000: even
        Assert.Equal(Gender.Male, ResidentIdNumber.Check("500103190001010036", Today).Gender); // sequence 003
    }

    [Fact]
    public void AcceptsLeapDayInLeapYear()
    {
        var result = ResidentIdNumber.Check("500103200002290021", Today);
        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(2000, 2, 29), result.BirthDate);
        Assert.Equal(Gender.Female, result.Gender); // sequence 002: even 17th digit
    }

    [Fact]
    public void AcceptsBirthDateOnTodayAndOnFirstDayOf1900()
    {
        Assert.True(ResidentIdNumber.Check("500103190001010001", Today).IsValid);
        var bornToday = "50010320260315001";
        Assert.True(ResidentIdNumber.Check(bornToday + ResidentIdNumber.ComputeCheckCharacter(bornToday), Today).IsValid);
    }

    [Theory]
    [InlineData("51021219800101001X", Gender.Male)]
    [InlineData("510212198001010028", Gender.Female)]
    public void AcceptsAbolishedRegionCodes(string value, Gender gender)
    {
        // 510212 was a Sichuan code for a Chongqing district before 1997; it is not in today's division list.
        var result = ResidentIdNumber.Check(value, Today);
        Assert.True(result.IsValid);
        Assert.Equal("510212", result.RegionCode);
        Assert.Equal(gender, result.Gender);
    }

    [Fact]
    public void EveryErrorHasAChineseMessage()
    {
        foreach (var error in Enum.GetValues<ResidentIdError>())
        {
            var message = ResidentIdNumber.Describe(error);
            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.StartsWith("身份证号码", message.Replace("请输入", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Equal("身份证号码校验位不正确，请核对后重新输入", ResidentIdNumber.Describe(ResidentIdError.ChecksumMismatch));
        Assert.Equal("身份证号码应为18位", ResidentIdNumber.Describe(ResidentIdError.WrongLength));
    }
}
