using GuidanceDesk.Web.Domain.Identifiers;
using Xunit;

namespace GuidanceDesk.Tests.Domain;

[Trait("Clause", "4.4d")]
public sealed class MaskTests
{
    [Theory]
    [InlineData("500103190001010001", "5001**********0001")]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("123456789", "1234*6789")]
    [InlineData("12345678", "********")] // too short: showing 4+4 would reveal everything
    [InlineData("123", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MasksIdNumber(string? value, string expected) => Assert.Equal(expected, Mask.IdNumber(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("023-12345678", "023******78")]
    [InlineData("0812-3345678", "0812*****78")]
    [InlineData("010-82345678", "010******78")]
    [InlineData("12345", "*****")] // unparseable: nothing shown
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MasksPhone(string? value, string expected) => Assert.Equal(expected, Mask.Phone(value));

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData(" 李四 ", "李*")]
    [InlineData("买买提·艾力", "买*****")]
    [InlineData("𠀀明", "𠀀*")] // surrogate pair kept whole
    [InlineData("王𠀀", "王*")] // one star per character, not per UTF-16 unit
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MasksName(string? value, string expected) => Assert.Equal(expected, Mask.Name(value));

    [Fact]
    public void CreditCodeIsPublicAndNotMasked()
    {
        Assert.Equal("91500103MA0000007E", Mask.CreditCode("91500103MA0000007E"));
        Assert.Equal("", Mask.CreditCode(null));
    }
}
