using System.Security.Cryptography;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>Key versions: what a rotation relies on (4.4d).</summary>
[Trait("Clause", "4.4d")]
public sealed class PersonalDataKeyVersionTests
{
    private static readonly string OldKey = PersonalDataProtector.NewKey();
    private static readonly string NewKey = PersonalDataProtector.NewKey();
    private static readonly string LookupKey = PersonalDataProtector.NewKey();

    private static PersonalDataProtector Create(string key, string version, Dictionary<string, string>? retired = null) =>
        new(Options.Create(new PersonalDataOptions { EncryptionKey = key, EncryptionKeyVersion = version, RetiredEncryptionKeys = retired ?? [], LookupKey = LookupKey }));

    [Fact]
    public void A_rotated_protector_reads_old_values_writes_new_ones_and_rekeys()
    {
        var old = Create(OldKey, "v1");
        var stored = old.Protect("500103199001011234");
        var rotated = Create(NewKey, "v2", new() { ["v1"] = OldKey });

        Assert.Equal("500103199001011234", rotated.Unprotect(stored));
        Assert.True(rotated.NeedsRekey(stored));
        var again = rotated.Rekey(stored);
        Assert.StartsWith("v2:", again, StringComparison.Ordinal);
        Assert.False(rotated.NeedsRekey(again));
        Assert.Equal(again, rotated.Rekey(again));
        Assert.Equal(["v1"], rotated.RetiredVersions);
        // The lookup hash does not depend on the encryption key: searches keep working through a rotation.
        Assert.Equal(old.LookupHash("x"), rotated.LookupHash("x"));
    }

    [Fact]
    public void A_value_of_a_removed_key_fails_loudly_not_silently()
    {
        var stored = Create(OldKey, "v1").Protect("13812345678");
        var ex = Assert.Throws<CryptographicException>(() => Create(NewKey, "v2").Unprotect(stored));
        Assert.Contains("RetiredEncryptionKeys", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v:1")]
    [InlineData("version-two")]
    public void A_bad_version_name_stops_start_up(string version) =>
        Assert.Throws<InvalidOperationException>(() => Create(NewKey, version));

    [Fact]
    public void A_retired_key_under_the_current_version_stops_start_up() =>
        Assert.Throws<InvalidOperationException>(() => Create(NewKey, "v2", new() { ["v2"] = OldKey }));
}
