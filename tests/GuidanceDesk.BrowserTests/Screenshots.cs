using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>PNG screenshots of each step, for people to look at: GUIDANCEDESK_SCREENSHOTS, else &lt;test output&gt;/screenshots.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Create();

    public static async Task TakeAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string Create()
    {
        var folder = Environment.GetEnvironmentVariable("GUIDANCEDESK_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
