using System.Text.Json;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// Makes sure the personal-data keys exist. Production sets <c>PersonalData:EncryptionKey</c> and
/// <c>PersonalData:LookupKey</c> (environment or secret store). For the embedded first run, keys are created once in
/// <c>data/keys/personal-data.json</c> beside the database, so that <c>dotnet run</c> needs no set-up step; losing that
/// file makes the stored identifiers unreadable, so it is part of every backup.
/// </summary>
public static class PersonalDataKeys
{
    public static void EnsureConfigured(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("PersonalData");
        if (!string.IsNullOrEmpty(section["EncryptionKey"]) && !string.IsNullOrEmpty(section["LookupKey"]))
            return;
        var path = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["PersonalData:KeyFile"] ?? "data/keys/personal-data.json");
        Dictionary<string, string> keys;
        if (File.Exists(path))
        {
            keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        }
        else
        {
            keys = new() { ["EncryptionKey"] = PersonalDataProtector.NewKey(), ["LookupKey"] = PersonalDataProtector.NewKey() };
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(keys));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        builder.Configuration.AddInMemoryCollection(keys.Select(k => new KeyValuePair<string, string?>("PersonalData:" + k.Key, k.Value)));
    }
}
