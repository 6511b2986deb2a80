using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>A backup archive that cannot be read: wrong key, damaged or cut short. The message says which, in Chinese.</summary>
public sealed class BackupUnreadableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The encrypted container of a backup archive, written and read as a stream so that a city-sized database never
/// sits in memory. Layout: header (magic, version, chunk size, 16-byte salt, 16-byte key check), then chunks of
/// [length | final flag][AES-256-GCM ciphertext][tag]. Each file gets its own key (HKDF of the backup key and the
/// salt), so the chunk counter can serve as the nonce; the header and the final flag are authenticated with every
/// chunk, so a reordered, dropped or cut-off chunk fails like a changed byte. The key check tells a wrong key apart
/// from a damaged file without decrypting anything.
/// </summary>
public static class BackupCipher
{
    public const int KeyBytes = 32;
    private const int TagBytes = 16;
    private const uint FinalFlag = 0x8000_0000;
    private static readonly byte[] Magic = "GDBACKUP"u8.ToArray();
    private const byte Version = 1;
    private const int HeaderBytes = 8 + 1 + 4 + 16 + 16;
    public const int DefaultChunkBytes = 1 << 20;

    public static Stream Encrypt(Stream output, byte[] key, int chunkBytes = DefaultChunkBytes)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var fileKey = DeriveKey(key, salt);
        var header = new byte[HeaderBytes];
        Magic.CopyTo(header, 0);
        header[8] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(9), chunkBytes);
        salt.CopyTo(header, 13);
        KeyCheck(fileKey).CopyTo(header, 29);
        output.Write(header);
        return new EncryptingStream(output, new AesGcm(fileKey, TagBytes), header, chunkBytes);
    }

    /// <exception cref="BackupUnreadableException">Not a backup, or the key is not the one it was written with.</exception>
    public static Stream Decrypt(Stream input, byte[] key)
    {
        var header = new byte[HeaderBytes];
        if (input.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes || !header.AsSpan(0, 8).SequenceEqual(Magic))
            throw new BackupUnreadableException("不是本系统的备份文件，或文件头已损坏");
        if (header[8] != Version)
            throw new BackupUnreadableException($"备份文件格式版本 {header[8]} 不受支持");
        var chunkBytes = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(9));
        if (chunkBytes is <= 0 or > 64 << 20)
            throw new BackupUnreadableException("备份文件头已损坏");
        var fileKey = DeriveKey(key, header.AsSpan(13, 16).ToArray());
        if (!CryptographicOperations.FixedTimeEquals(KeyCheck(fileKey), header.AsSpan(29, 16)))
            throw new BackupUnreadableException("备份密钥不正确：此文件不是用当前配置的密钥（Backups:Key）加密的");
        return new DecryptingStream(input, new AesGcm(fileKey, TagBytes), header, chunkBytes);
    }

    private static byte[] DeriveKey(byte[] key, byte[] salt) =>
        key.Length == KeyBytes ? HKDF.DeriveKey(HashAlgorithmName.SHA256, key, KeyBytes, salt, "GuidanceDesk backup v1"u8.ToArray())
            : throw new ArgumentException("The backup key has 32 bytes.", nameof(key));

    private static byte[] KeyCheck(byte[] fileKey) => HMACSHA256.HashData(fileKey, Encoding.ASCII.GetBytes("GuidanceDesk key check"))[..16];

    private static byte[] Nonce(long counter)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), counter);
        return nonce;
    }

    private static byte[] Aad(byte[] header, bool final)
    {
        var aad = new byte[header.Length + 1];
        header.CopyTo(aad, 0);
        aad[^1] = final ? (byte)1 : (byte)0;
        return aad;
    }

    private sealed class EncryptingStream(Stream output, AesGcm aes, byte[] header, int chunkBytes) : Stream
    {
        private readonly byte[] _plain = new byte[chunkBytes];
        private readonly byte[] _cipher = new byte[chunkBytes];
        private readonly byte[] _tag = new byte[TagBytes];
        private int _filled;
        private long _counter;
        private bool _closed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                var n = Math.Min(buffer.Length, _plain.Length - _filled);
                buffer[..n].CopyTo(_plain.AsSpan(_filled));
                _filled += n;
                buffer = buffer[n..];
                if (_filled == _plain.Length)
                    WriteChunk(final: false);
            }
        }

        private void WriteChunk(bool final)
        {
            aes.Encrypt(Nonce(_counter++), _plain.AsSpan(0, _filled), _cipher.AsSpan(0, _filled), _tag, Aad(header, final));
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)_filled | (final ? FinalFlag : 0));
            output.Write(length);
            output.Write(_cipher, 0, _filled);
            output.Write(_tag);
            _filled = 0;
        }

        public override void Flush() => output.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                // The final chunk (possibly empty) marks the true end: a file cut after any earlier chunk is refused.
                _closed = true;
                WriteChunk(final: true);
                output.Flush();
                aes.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    private sealed class DecryptingStream(Stream input, AesGcm aes, byte[] header, int chunkBytes) : Stream
    {
        private readonly byte[] _plain = new byte[chunkBytes];
        private readonly byte[] _cipher = new byte[chunkBytes + TagBytes];
        private int _start;
        private int _end;
        private long _counter;
        private bool _final;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_start == _end)
            {
                if (_final)
                    return 0;
                NextChunk();
            }
            var n = Math.Min(buffer.Length, _end - _start);
            _plain.AsSpan(_start, n).CopyTo(buffer);
            _start += n;
            return n;
        }

        private void NextChunk()
        {
            Span<byte> lengthBytes = stackalloc byte[4];
            if (input.ReadAtLeast(lengthBytes, 4, throwOnEndOfStream: false) < 4)
                throw new BackupUnreadableException("备份文件不完整（被截断）");
            var word = BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
            var final = (word & FinalFlag) != 0;
            var length = (int)(word & ~FinalFlag);
            if (length > chunkBytes || input.ReadAtLeast(_cipher.AsSpan(0, length + TagBytes), length + TagBytes, throwOnEndOfStream: false) < length + TagBytes)
                throw new BackupUnreadableException("备份文件不完整或已损坏");
            try
            {
                aes.Decrypt(Nonce(_counter++), _cipher.AsSpan(0, length), _cipher.AsSpan(length, TagBytes), _plain.AsSpan(0, length), Aad(header, final));
            }
            catch (AuthenticationTagMismatchException e)
            {
                throw new BackupUnreadableException($"备份文件已损坏（第 {_counter} 段校验失败）", e);
            }
            _start = 0;
            _end = length;
            _final = final;
            if (final && input.ReadByte() >= 0)
                throw new BackupUnreadableException("备份文件末尾有多余的数据");
        }

        public override void Flush() { }
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                aes.Dispose();
            base.Dispose(disposing);
        }
    }
}
