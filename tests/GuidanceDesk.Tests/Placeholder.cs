namespace GuidanceDesk.Tests; internal static class Placeholder;
