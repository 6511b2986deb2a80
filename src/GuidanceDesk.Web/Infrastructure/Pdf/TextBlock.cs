namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// A labelled full-width block of running text (e.g. 指导过程): a shaded label row, then the text in one bordered
/// cell. Long text fills the page and continues on the next under the label again, marked （续）. Blank lines are
/// added up to <paramref name="minLines"/>, so that a form printed empty leaves room to write by hand.
/// </summary>
internal sealed class TextBlock(string label, string? text, int minLines) : IFormBlock
{
    private const string Continued = "（续）";
    private const int KeepWithLabel = 2; // lines that must follow the label on its page

    public void Render(FormCanvas canvas)
    {
        var width = PdfStyle.ContentWidth;
        var lines = string.IsNullOrEmpty(text) ? [] : canvas.Wrap(text, canvas.Body, width - 2 * PdfStyle.PadX);
        while (lines.Count < Math.Max(1, minLines))
            lines.Add("");
        var lineHeight = canvas.LineHeight;

        for (var from = 0; from < lines.Count;)
        {
            var heading = canvas.Wrap(from == 0 ? label : label + Continued, canvas.Body, width - 2 * PdfStyle.PadX);
            var headingHeight = heading.Count * lineHeight + 2 * PdfStyle.PadY;
            canvas.EnsureSpace(headingHeight + Math.Min(KeepWithLabel, lines.Count - from) * lineHeight + 2 * PdfStyle.PadY);
            canvas.DrawCells([new FormCell(0, width, heading, Shaded: true)], 0, heading.Count, headingHeight, center: true);
            canvas.Y += headingHeight;

            var count = Math.Min(canvas.LinesThatFit(), lines.Count - from);
            var height = count * lineHeight + 2 * PdfStyle.PadY;
            canvas.DrawCells([new FormCell(0, width, lines)], from, count, height, center: false);
            canvas.Y += height;
            from += count;
            if (from < lines.Count)
                canvas.NewPage();
        }
    }
}
