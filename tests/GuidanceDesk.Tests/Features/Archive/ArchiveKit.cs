using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Archive;

/// <summary>Files for the archive tests (small but structurally whole) and ways to damage what the store holds.</summary>
public static class ArchiveKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static byte[] Pdf(string text = "archive test") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Title ({text}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1×1 PNG: signature, IHDR, IDAT, IEND.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A minimal MP4: an ftyp box, a moov box and an mdat box of <paramref name="payload"/> bytes.</summary>
    public static byte[] Mp4(int payload = 16)
    {
        var bytes = new byte[16 + 8 + 8 + payload];
        void Box(int at, int size, string type)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(at), size);
            Encoding.ASCII.GetBytes(type).CopyTo(bytes, at + 4);
        }
        Box(0, 16, "ftyp");
        Encoding.ASCII.GetBytes("isom").CopyTo(bytes, 8);
        Box(16, 8, "moov");
        Box(24, 8 + payload, "mdat");
        return bytes;
    }

    /// <summary>A minimal WAV: RIFF header whose size matches, a fmt chunk, an empty data chunk.</summary>
    public static byte[] Wav()
    {
        var bytes = new byte[44];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        return bytes;
    }

    public static readonly byte[] Eicar = Encoding.ASCII.GetBytes("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, long caseId, byte[] content, string fileName,
        string kind = "PersonalMaterial", string title = "毕业证书复印件")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"/api/v1/cases/{caseId}/archive?kind={kind}&title={Uri.EscapeDataString(title)}&fileName={Uri.EscapeDataString(fileName)}", body, Ct);
    }

    public static Task<HttpResponseMessage> AddVersionAsync(HttpClient client, long itemId, byte[] content, string fileName, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/archive/{itemId}/versions?fileName={Uri.EscapeDataString(fileName)}&note=rescan")
        {
            Content = new ByteArrayContent(content),
        };
        if (ifMatch is { } v)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        return client.SendAsync(request, Ct);
    }

    /// <summary>Changes one byte of a stored file behind the app's back: on disk, or in the bucket.</summary>
    public static async Task TamperAsync(AppFixture app, string key)
    {
        if (app is S3App s3)
        {
            using var client = new AmazonS3Client(new BasicAWSCredentials("S3RVER", "S3RVER"),
                new AmazonS3Config { ServiceURL = s3.ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
            var original = await client.GetObjectAsync(S3App.Bucket, key, Ct);
            using var copy = new MemoryStream();
            await original.ResponseStream.CopyToAsync(copy, Ct);
            var bytes = copy.ToArray();
            bytes[^3] ^= 0x20;
            await client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = S3App.Bucket, Key = key, InputStream = new MemoryStream(bytes) }, Ct);
            return;
        }

        var path = Path.Combine(app.FilesRoot, key);
        var content = await File.ReadAllBytesAsync(path, Ct);
        content[^3] ^= 0x20;
        await File.WriteAllBytesAsync(path, content, Ct);
    }

    /// <summary>Every file the local store holds (an S3 fixture keeps none locally).</summary>
    public static int LocalFiles(AppFixture app) =>
        Directory.Exists(app.FilesRoot) ? Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Count() : 0;
}
