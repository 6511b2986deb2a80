using System.Buffers.Binary;
using System.IO.Compression;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>
/// Recognises a file's type from its first bytes (never from its name) and checks that its structure is whole: a PDF
/// ends with %%EOF, a PNG with IEND, a JPEG with EOI, an Office file's zip directory opens, an MP4's boxes add up to
/// the file's length and hold a moov box, a WAV's RIFF size matches. A truncated or damaged upload fails here.
/// </summary>
public static class FileSniffer
{
    public static FileType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return FileType.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return FileType.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return FileType.Jpeg;
        if (head.StartsWith("PK\u0003\u0004"u8))
            return FileType.Docx; // refined by the zip's content in Check
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
            return head[8..12].SequenceEqual("M4A "u8) ? FileType.M4a : FileType.Mp4;
        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0))
            return FileType.Mp3;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8))
            return FileType.Wav;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
            return FileType.Webm;
        return null;
    }

    /// <summary>The exact type after the structure check, or null when the file is damaged.</summary>
    public static FileType? Check(string path, FileType detected)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        try
        {
            return detected switch
            {
                FileType.Pdf => Tail(file, 1024).AsSpan().IndexOf("%%EOF"u8) >= 0 ? detected : null,
                FileType.Png => Tail(file, 12).AsSpan().SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]) ? detected : null,
                FileType.Jpeg => Tail(file, 1024).AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0 ? detected : null,
                FileType.Docx => OfficeType(file),
                FileType.Mp4 or FileType.M4a => IsoBoxesWhole(file) ? detected : null,
                FileType.Wav => RiffWhole(file) ? detected : null,
                _ => detected, // MP3 frames and WebM clusters carry no total length to check against
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
        {
            return null;
        }
    }

    private static byte[] Tail(FileStream file, int count)
    {
        var n = (int)Math.Min(count, file.Length);
        var buffer = new byte[n];
        file.Seek(-n, SeekOrigin.End);
        file.ReadExactly(buffer);
        return buffer;
    }

    private static FileType? OfficeType(FileStream file)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        if (!names.Contains("[Content_Types].xml"))
            return null;
        if (names.Contains("word/document.xml"))
            return FileType.Docx;
        if (names.Contains("xl/workbook.xml"))
            return FileType.Xlsx;
        if (names.Contains("ppt/presentation.xml"))
            return FileType.Pptx;
        return null;
    }

    /// <summary>Top-level ISO-BMFF boxes must tile the file exactly, and a playable file has a moov box.</summary>
    private static bool IsoBoxesWhole(FileStream file)
    {
        Span<byte> header = stackalloc byte[16];
        long position = 0;
        var moov = false;
        while (position < file.Length)
        {
            if (file.Length - position < 8)
                return false;
            file.Seek(position, SeekOrigin.Begin);
            file.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            moov |= header[4..8].SequenceEqual("moov"u8);
            if (size == 1)
            {
                file.ReadExactly(header[8..16]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..16]);
            }
            else if (size == 0)
            {
                size = file.Length - position; // the last box runs to the end
            }

            if (size < 8 || position + size > file.Length)
                return false;
            position += size;
        }

        return moov;
    }

    private static bool RiffWhole(FileStream file)
    {
        Span<byte> header = stackalloc byte[8];
        file.ReadExactly(header);
        return BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) + 8L == file.Length;
    }
}
