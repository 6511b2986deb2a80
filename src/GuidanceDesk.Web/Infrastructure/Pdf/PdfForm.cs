using PdfSharp.Pdf;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Builds a printable A4 form (表) with Chinese text: a bold centred title, a subtitle line, then a bordered table made
/// of rows, text blocks, check-box lists and a signature row, in the order they are added. Pages break by themselves,
/// and each page gets the footer "第 x 页 共 y 页" with the generated-at time the caller gives: nothing here reads a
/// clock, so what is printed depends only on the input (PDFsharp itself still stamps the file's metadata creation
/// date and a random file ID). Get one from <see cref="PdfFormFactory"/>; one form is not thread-safe.
/// </summary>
public sealed class PdfForm
{
    /// <summary>The usual signers of a guidance record (7.2.2).</summary>
    public static readonly IReadOnlyList<string> DefaultSigners = ["工作人员签名", "劳动者签名"];

    private readonly string _title;
    private readonly string _generatedAt;
    private readonly List<IFormBlock> _blocks = [];

    internal PdfForm(string title, string generatedAt)
    {
        PdfFonts.EnsureRegistered();
        _title = title;
        _generatedAt = generatedAt;
        _blocks.Add(new TitleBlock(title));
    }

    /// <summary>The line under the title, e.g. the unit ("填表单位：渝中区就业和人才服务局") and the form number ("编号：…").</summary>
    public PdfForm Subtitle(string left, string? right = null) => Add(new SubtitleBlock(left, right));

    /// <summary>A bold, shaded heading row across the table, e.g. "一、基本情况".</summary>
    public PdfForm Section(string heading) => Add(new SectionBlock(heading));

    /// <summary>A row of two cells: a label and a value across the rest of the width.</summary>
    public PdfForm Row(string label, string? value) => Add(new GridRowBlock([(label, value)]));

    /// <summary>A row of four cells: two label/value pairs side by side.</summary>
    public PdfForm Row(string label1, string? value1, string label2, string? value2) =>
        Add(new GridRowBlock([(label1, value1), (label2, value2)]));

    /// <summary>
    /// A labelled block of running text across the full width; wraps Chinese between characters and continues on the
    /// next page when long. Shows at least <paramref name="minLines"/> lines, blank ones to write in by hand.
    /// </summary>
    public PdfForm Text(string label, string? text, int minLines = 3) => Add(new TextBlock(label, text, minLines));

    /// <summary>A row with a label and options as boxes, ticked when chosen, e.g. the service items of a visit.</summary>
    public PdfForm CheckBoxes(string label, IEnumerable<(string Text, bool Checked)> items) =>
        Add(new CheckBoxBlock(label, items.ToList()));

    /// <summary>The signature row for <see cref="DefaultSigners"/> (工作人员签名 / 劳动者签名) and 日期.</summary>
    public PdfForm Signatures(string? date = null) => Signatures(DefaultSigners, date);

    /// <summary>A signature row: an empty cell to sign in for each signer, then 日期 (blank "年 月 日" when null).</summary>
    public PdfForm Signatures(IReadOnlyList<string> signers, string? date) => Add(new SignatureBlock(signers, date));

    /// <summary>Small print below the table, e.g. "注：本表一式两份，服务机构和劳动者各执一份。".</summary>
    public PdfForm Note(string text) => Add(new NoteBlock(text));

    /// <summary>Vertical space between parts of the form.</summary>
    public PdfForm Gap(double points = 8) => Add(new GapBlock(points));

    /// <summary>Lays the form out and returns the PDF file.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the PDF to <paramref name="stream"/>, which stays open. For an HTTP response, prefer
    /// <c>TypedResults.File(form.ToBytes(), "application/pdf", name)</c>: Kestrel does not allow synchronous writes.</summary>
    public void WriteTo(Stream stream)
    {
        if (stream.CanSeek)
            Save(stream);
        else
            stream.Write(ToBytes()); // PDFsharp seeks back while writing the cross-reference table
    }

    private void Save(Stream stream)
    {
        using var document = new PdfDocument();
        document.Info.Title = _title;
        document.Info.Creator = "GuidanceDesk";
        using (var canvas = new FormCanvas(document))
        {
            foreach (var block in _blocks)
                block.Render(canvas);
            canvas.Finish(_generatedAt);
        }
        document.Save(stream, closeStream: false);
    }

    private PdfForm Add(IFormBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
