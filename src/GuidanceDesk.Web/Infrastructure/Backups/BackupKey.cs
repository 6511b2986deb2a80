using System.Security.Cryptography;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>
/// The backup key: <c>Backups:Key</c> (production: from the environment or a secret store), else a key file created
/// on the first backup. It is deliberately not derived from the personal-data keys: the archives carry those keys'
/// file, and a backup key kept apart from the server is what makes a stolen archive useless.
/// </summary>
public static class BackupKey
{
    public static byte[] Load(BackupOptions options, string contentRoot, bool createIfMissing)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
            return Parse(options.Key, "Backups:Key");
        var path = Path.Combine(contentRoot, options.KeyFile);
        if (File.Exists(path))
            return Parse(File.ReadAllText(path).Trim(), path);
        if (!createIfMissing)
            throw new BackupUnreadableException($"未配置备份密钥：请设置 Backups:Key，或放回密钥文件 {path}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(BackupCipher.KeyBytes);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    private static byte[] Parse(string base64, string where)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == BackupCipher.KeyBytes)
                return key;
        }
        catch (FormatException)
        {
            // Reported below with the same message as a wrong length.
        }
        throw new BackupUnreadableException($"备份密钥格式不正确（{where}：应为 32 字节的 base64）");
    }
}
