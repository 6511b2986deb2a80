using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>A part of a form; blocks draw in order, each below the previous one.</summary>
internal interface IFormBlock
{
    void Render(FormCanvas canvas);
}

/// <summary>The form's name, centred and bold, above everything else.</summary>
internal sealed class TitleBlock(string title) : IFormBlock
{
    public void Render(FormCanvas canvas)
    {
        var lineHeight = canvas.Title.GetHeight();
        var lines = canvas.Wrap(title, canvas.Title, PdfStyle.ContentWidth);
        canvas.EnsureSpace(lines.Count * lineHeight);
        foreach (var line in lines)
        {
            canvas.Gfx.DrawString(line, canvas.Title, canvas.Ink,
                new XRect(PdfStyle.MarginX, canvas.Y, PdfStyle.ContentWidth, lineHeight), XStringFormats.TopCenter);
            canvas.Y += lineHeight;
        }
        canvas.Y += 6;
    }
}

/// <summary>One line under the title: the unit's name on the left, the form's number on the right.</summary>
internal sealed class SubtitleBlock(string left, string? right) : IFormBlock
{
    public void Render(FormCanvas canvas)
    {
        var font = canvas.Body;
        var rightWidth = string.IsNullOrEmpty(right) ? 0 : canvas.Measure(right, font) + 12;
        var lines = canvas.Wrap(left, font, PdfStyle.ContentWidth - rightWidth);
        var lineHeight = canvas.LineHeight;
        canvas.EnsureSpace(lines.Count * lineHeight);
        var top = canvas.Y;
        foreach (var line in lines)
        {
            canvas.Gfx.DrawString(line, font, canvas.Ink, new XRect(PdfStyle.MarginX, canvas.Y, PdfStyle.ContentWidth, lineHeight), XStringFormats.TopLeft);
            canvas.Y += lineHeight;
        }
        if (!string.IsNullOrEmpty(right))
            canvas.Gfx.DrawString(right, font, canvas.Ink, new XRect(PdfStyle.MarginX, top, PdfStyle.ContentWidth, lineHeight), XStringFormats.TopRight);
        canvas.Y += 4;
    }
}

/// <summary>A heading across the table (e.g. 一、基本情况): one shaded full-width row in bold.</summary>
internal sealed class SectionBlock(string heading) : IFormBlock
{
    public void Render(FormCanvas canvas)
    {
        var lines = canvas.Wrap(heading, canvas.Bold, PdfStyle.ContentWidth - 2 * PdfStyle.PadX);
        var height = lines.Count * canvas.LineHeight + 2 * PdfStyle.PadY;
        // A heading alone at the foot of a page is useless: keep it with at least one row after it.
        canvas.EnsureSpace(height + PdfStyle.RowMinHeight);
        canvas.DrawCells([new FormCell(0, PdfStyle.ContentWidth, lines, Shaded: true, Font: canvas.Bold)], 0, lines.Count, height, center: true);
        canvas.Y += height;
    }
}

/// <summary>
/// A table row of label/value pairs: one pair (label + wide value) or two pairs. Label columns have one fixed width so
/// that every row lines up; values wrap inside their cells.
/// </summary>
internal sealed class GridRowBlock(IReadOnlyList<(string Label, string? Value)> pairs) : IFormBlock
{
    public void Render(FormCanvas canvas)
    {
        var label = PdfStyle.LabelWidth;
        var value = (PdfStyle.ContentWidth - pairs.Count * label) / pairs.Count;
        var cells = new List<FormCell>();
        var x = 0.0;
        foreach (var (l, v) in pairs)
        {
            cells.Add(new FormCell(x, label, canvas.Wrap(l, canvas.Body, label - 2 * PdfStyle.PadX), Shaded: true, Align: XStringAlignment.Center, Repeat: true));
            cells.Add(new FormCell(x + label, value, canvas.Wrap(v, canvas.Body, value - 2 * PdfStyle.PadX)));
            x += label + value;
        }
        var lineCount = cells.Max(c => c.Lines.Count);
        canvas.PlaceRow(lineCount, PdfStyle.RowMinHeight, (from, count, height, center) => canvas.DrawCells(cells, from, count, height, center));
    }
}

/// <summary>
/// The row where people sign: a shaded label and an empty cell per signer, then the date (given, or blank
/// 年 月 日 to fill in). Empty cells share the width left over by the labels.
/// </summary>
internal sealed class SignatureBlock(IReadOnlyList<string> signers, string? date) : IFormBlock
{
    private const string BlankDate = "年      月      日";

    public void Render(FormCanvas canvas)
    {
        var font = canvas.Body;
        double LabelWidth(string text) => canvas.Measure(text, font) + 2 * PdfStyle.PadX + 6;
        var dateText = string.IsNullOrWhiteSpace(date) ? BlankDate : date;
        var dateWidth = Math.Max(canvas.Measure(dateText, font), canvas.Measure(BlankDate, font)) + 2 * PdfStyle.PadX + 12;
        var labelsWidth = signers.Sum(LabelWidth) + LabelWidth("日期");
        var blank = (PdfStyle.ContentWidth - labelsWidth - dateWidth) / Math.Max(1, signers.Count);

        var cells = new List<FormCell>();
        var x = 0.0;
        void Add(string text, double width, bool shaded, XStringAlignment align)
        {
            cells.Add(new FormCell(x, width, [text], shaded, align));
            x += width;
        }
        foreach (var signer in signers)
        {
            Add(signer, LabelWidth(signer), shaded: true, XStringAlignment.Center);
            Add("", blank, shaded: false, XStringAlignment.Near);
        }
        Add("日期", LabelWidth("日期"), shaded: true, XStringAlignment.Center);
        Add(dateText, PdfStyle.ContentWidth - x, shaded: false, string.IsNullOrWhiteSpace(date) ? XStringAlignment.Far : XStringAlignment.Center);
        canvas.PlaceRow(1, PdfStyle.SignatureHeight, (from, count, height, center) => canvas.DrawCells(cells, from, count, height, center));
    }
}

/// <summary>Small print outside the table, e.g. 注：本表一式两份. Flows line by line across pages.</summary>
internal sealed class NoteBlock(string text) : IFormBlock
{
    public void Render(FormCanvas canvas)
    {
        var lineHeight = canvas.Small.GetHeight();
        canvas.Y += 4;
        foreach (var line in canvas.Wrap(text, canvas.Small, PdfStyle.ContentWidth))
        {
            canvas.EnsureSpace(lineHeight);
            canvas.Gfx.DrawString(line, canvas.Small, canvas.Ink, new XRect(PdfStyle.MarginX, canvas.Y, PdfStyle.ContentWidth, lineHeight), XStringFormats.TopLeft);
            canvas.Y += lineHeight;
        }
    }
}

/// <summary>Vertical space, e.g. between two tables.</summary>
internal sealed class GapBlock(double points) : IFormBlock
{
    public void Render(FormCanvas canvas) => canvas.Y = Math.Min(canvas.Y + points, PdfStyle.ContentBottom);
}
