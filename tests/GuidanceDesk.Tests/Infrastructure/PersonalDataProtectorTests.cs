using System.Security.Cryptography;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "4.4d")]
public sealed class PersonalDataProtectorTests
{
    private static PersonalDataProtector Create(string? encryptionKey = null, string? lookupKey = null) =>
        new(Options.Create(new PersonalDataOptions
        {
            EncryptionKey = encryptionKey ?? PersonalDataProtector.NewKey(),
            LookupKey = lookupKey ?? PersonalDataProtector.NewKey(),
        }));

    [Theory]
    [InlineData("500103190001010001")]
    [InlineData("张三丰")]
    [InlineData("")]
    public void RoundTrips(string plaintext)
    {
        var protector = Create();
        var protectedValue = protector.Protect(plaintext);
        Assert.StartsWith("v1:", protectedValue, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext.Length > 0 ? plaintext : "\0", protectedValue, StringComparison.Ordinal);
        Assert.Equal(plaintext, protector.Unprotect(protectedValue));
    }

    [Fact]
    public void OutputIsNonceCiphertextTag()
    {
        var bytes = Convert.FromBase64String(Create().Protect("13812345678")["v1:".Length..]);
        Assert.Equal(12 + 11 + 16, bytes.Length);
    }

    [Fact]
    public void RandomNonceGivesDifferentCiphertextEachTime()
    {
        var protector = Create();
        var values = Enumerable.Range(0, 20).Select(_ => protector.Protect("13812345678")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(20, values.Count);
    }

    [Theory]
    [InlineData(3)] // nonce
    [InlineData(14)] // ciphertext
    [InlineData(-1)] // tag
    public void DetectsTampering(int byteIndex)
    {
        var protector = Create();
        var bytes = Convert.FromBase64String(protector.Protect("500103190001010001")["v1:".Length..]);
        bytes[byteIndex < 0 ? bytes.Length + byteIndex : byteIndex] ^= 0x01;
        var tampered = "v1:" + Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1:")]
    [InlineData("v1:not base64!")]
    [InlineData("v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("500103190001010001")]
    public void RejectsMalformedInputWithCryptographicException(string value) =>
        Assert.ThrowsAny<CryptographicException>(() => Create().Unprotect(value));

    [Fact]
    public void AnotherKeyCannotDecrypt()
    {
        var protectedValue = Create().Protect("13812345678");
        Assert.ThrowsAny<CryptographicException>(() => Create().Unprotect(protectedValue));
    }

    [Fact]
    public void LookupHashIsDeterministicLowerHexAndKeyDependent()
    {
        var lookupKey = PersonalDataProtector.NewKey();
        var first = Create(lookupKey: lookupKey);
        var second = Create(lookupKey: lookupKey); // different encryption key must not matter

        var hash = first.LookupHash("500103190001010001");
        Assert.Equal(hash, second.LookupHash("500103190001010001"));
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(hash, first.LookupHash("500103190001010002"));
        Assert.NotEqual(hash, Create().LookupHash("500103190001010001"));
    }

    [Fact]
    public void LookupHashMatchesHmacSha256()
    {
        var key = new byte[32];
        key[0] = 1;
        var protector = Create(lookupKey: Convert.ToBase64String(key));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, "abc"u8));
        Assert.Equal(expected, protector.LookupHash("abc"));
    }

    [Fact]
    public void NewKeyIs32RandomBytes()
    {
        var key = PersonalDataProtector.NewKey();
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.NotEqual(key, PersonalDataProtector.NewKey());
    }

    [Theory]
    [InlineData("", "EncryptionKey")]
    [InlineData("AAAA", "EncryptionKey")] // 3 bytes
    [InlineData("%%%", "EncryptionKey")] // not base64
    public void RejectsBadEncryptionKey(string key, string expectedInMessage)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(encryptionKey: key));
        Assert.Contains($"PersonalData:{expectedInMessage}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsMissingLookupKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Create(lookupKey: " "));
        Assert.Contains("PersonalData:LookupKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsSafeToUseConcurrently()
    {
        var protector = Create();
        var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            for (var j = 0; j < 200; j++)
            {
                var text = $"{i}-{j}";
                Assert.Equal(text, protector.Unprotect(protector.Protect(text)));
            }
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(tasks);
    }
}
