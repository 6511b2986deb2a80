using GuidanceDesk.Web.Domain.Identifiers;
using Xunit;

namespace GuidanceDesk.Tests.Domain;

[Trait("Clause", "4.4")]
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData(" 138 1234 5678 ", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("023-12345678", "02312345678")]
    [InlineData("02312345678", "02312345678")]
    [InlineData("(023)62345678", "02362345678")]
    [InlineData("（023）62345678", "02362345678")]
    [InlineData("010-82345678", "01082345678")]
    [InlineData("0812-3345678", "08123345678")]
    [InlineData("08123345678", "08123345678")]
    [InlineData("0755-23456789", "075523456789")]
    [InlineData("023-6234567", "0236234567")]
    [InlineData("+86 23 62345678", "02362345678")]
    public void AcceptsAndNormalizes(string value, string expected)
    {
        var result = PhoneNumber.Check(value);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Normalized);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901")] // 12x is not a mobile prefix
    [InlineData("1381234567")] // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("62345678")] // landline without area code
    [InlineData("023-123456")] // 6-digit local number
    [InlineData("023-123456789")] // 9-digit local number
    [InlineData("0023-62345678")]
    [InlineData("23-62345678")] // area code must start with 0
    [InlineData("138abc45678")]
    [InlineData("138.1234.5678")]
    [InlineData("+1 2025550123")]
    public void Rejects(string? value)
    {
        var result = PhoneNumber.Check(value);
        Assert.False(result.IsValid);
        Assert.Null(result.Normalized);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void ErrorMessagesAreChinese()
    {
        Assert.Equal("请输入联系电话", PhoneNumber.Check(" ").Error);
        Assert.Contains("手机号码", PhoneNumber.Check("12345").Error, StringComparison.Ordinal);
        Assert.Contains("数字", PhoneNumber.Check("abc").Error, StringComparison.Ordinal);
    }
}
