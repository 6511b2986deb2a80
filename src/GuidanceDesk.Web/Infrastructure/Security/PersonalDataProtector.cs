using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// Encrypts personal data fields (ID numbers, phone numbers) with AES-256-GCM and derives keyed lookup hashes
/// so that an encrypted column can still be searched by exact value. Thread-safe: only immutable key bytes are
/// shared, and an <see cref="AesGcm"/> instance is created per call (cheap compared to a database round trip).
/// Every value carries the version of the key that protected it ("v2:…"), so keys can be rotated: retired keys still
/// read, and <see cref="NeedsRekey"/> tells the background job which values to protect again.
/// </summary>
public sealed class PersonalDataProtector
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _encryptionKey;
    private readonly Dictionary<string, byte[]> _keysByVersion = new(StringComparer.Ordinal);
    private readonly byte[] _lookupKey;

    public PersonalDataProtector(IOptions<PersonalDataOptions> options)
    {
        var value = options.Value;
        CurrentVersion = CheckVersion(value.EncryptionKeyVersion);
        _encryptionKey = DecodeKey(value.EncryptionKey, nameof(PersonalDataOptions.EncryptionKey));
        _keysByVersion[CurrentVersion] = _encryptionKey;
        foreach (var (version, key) in value.RetiredEncryptionKeys)
        {
            var name = $"{nameof(PersonalDataOptions.RetiredEncryptionKeys)}:{version}";
            if (!_keysByVersion.TryAdd(CheckVersion(version), DecodeKey(key, name)))
                throw new InvalidOperationException($"Configuration value '{PersonalDataOptions.SectionName}:{name}' repeats the current key version.");
        }
        _lookupKey = DecodeKey(value.LookupKey, nameof(PersonalDataOptions.LookupKey));
    }

    /// <summary>The version new values are protected with.</summary>
    public string CurrentVersion { get; }

    /// <summary>"v2:", the start of every value protected with the current key.</summary>
    public string CurrentPrefix => CurrentVersion + ":";

    /// <summary>The versions of retired keys that can still be read.</summary>
    public IEnumerable<string> RetiredVersions => _keysByVersion.Keys.Where(v => v != CurrentVersion);

    /// <summary>Whether a stored value was protected with an older key.</summary>
    public bool NeedsRekey(string protectedValue) => !protectedValue.StartsWith(CurrentPrefix, StringComparison.Ordinal);

    /// <summary>The same plaintext protected with the current key.</summary>
    public string Rekey(string protectedValue) => NeedsRekey(protectedValue) ? Protect(Unprotect(protectedValue)) : protectedValue;

    /// <summary>Returns "v1:" + base64(nonce | ciphertext | tag), with the current key's version as the prefix.</summary>
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length));
        return CurrentPrefix + Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The value is malformed, was tampered with, or used another key.</exception>
    public string Unprotect(string protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        var colon = protectedValue.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !_keysByVersion.TryGetValue(protectedValue[..colon], out var key))
        {
            // A version missing here means a retired key was removed before the background job re-encrypted everything.
            throw new CryptographicException("Protected value has an unknown key version; add the key under PersonalData:RetiredEncryptionKeys.");
        }

        byte[] input;
        try
        {
            input = Convert.FromBase64String(protectedValue[(colon + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("Protected value is not valid base64.", ex);
        }

        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Protected value is too short.");
        }

        var cipherLength = input.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            input.AsSpan(0, NonceSize),
            input.AsSpan(NonceSize, cipherLength),
            input.AsSpan(NonceSize + cipherLength),
            plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>HMAC-SHA256 of an already normalized value as 64 lower-case hex characters; deterministic per key.</summary>
    public string LookupHash(string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(normalizedValue)));
    }

    /// <summary>A fresh key for configuration: base64 of 32 random bytes.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize));

    private static string CheckVersion(string? version) =>
        !string.IsNullOrEmpty(version) && version.Length <= 8 && version.All(char.IsAsciiLetterOrDigit)
            ? version
            : throw new InvalidOperationException(
                $"Configuration value '{PersonalDataOptions.SectionName}:{nameof(PersonalDataOptions.EncryptionKeyVersion)}' (or a retired key's name) " +
                "must be 1–8 letters or digits, such as v2.");

    private static byte[] DecodeKey(string? base64, string name)
    {
        var setting = $"{PersonalDataOptions.SectionName}:{name}";
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException(
                $"Configuration value '{setting}' is missing. Set it to base64 of 32 random bytes " +
                "(e.g. `openssl rand -base64 32`, or PersonalDataProtector.NewKey()).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"Configuration value '{setting}' is not valid base64.", ex);
        }

        if (key.Length != KeySize)
        {
            throw new InvalidOperationException(
                $"Configuration value '{setting}' must decode to {KeySize} bytes for AES-256/HMAC-SHA256, " +
                $"but decodes to {key.Length} bytes.");
        }

        return key;
    }

    /// <summary>The stored form of an identifier: its ciphertext and its lookup hash, from the normalised value.</summary>
    public Domain.ProtectedValue ProtectForLookup(string normalizedValue) => new(Protect(normalizedValue), LookupHash(normalizedValue));
}
