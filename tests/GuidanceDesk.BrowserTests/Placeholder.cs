namespace GuidanceDesk.BrowserTests; internal static class Placeholder;
