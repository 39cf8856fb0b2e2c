using System.IO.Compression;
using System.Security.Cryptography;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

public sealed record UploadEvidenceOptions(Guid CaseId, Guid? ReferralId, string? FileName, Stream? Content, long? DeclaredLength, string? Description, DateOnly? DocumentDate);

public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Supporting documents for a referral: PDF, Word, JPG or PNG, at most 25 MB each, the type
/// decided by the bytes (the name's extension must agree), stored in the database with their
/// SHA-256. The name as uploaded may be personal data: it is never logged or put in a URL.
/// </summary>
public sealed class EvidenceFiles(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors)
{
    public const long MaxBytes = 25L * 1024 * 1024;

    public const int MaxDescription = 2_000;

    public const string WrongType = "The selected file must be a PDF, Word document, JPG or PNG";

    public async Task<AdminResult> UploadAsync(UploadEvidenceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Content is null || string.IsNullOrWhiteSpace(options.FileName))
        {
            return AdminResult.Fail("Upload", "Select a file");
        }

        if (string.IsNullOrWhiteSpace(options.Description))
        {
            return AdminResult.Fail("Description", "Enter a description of the file");
        }

        if (options.Description.Length > MaxDescription)
        {
            return AdminResult.Fail("Description", $"The description must be {MaxDescription} characters or fewer");
        }

        if (options.DeclaredLength > MaxBytes)
        {
            return AdminResult.Fail("Upload", "The selected file must be smaller than 25 MB");
        }

        var bytes = await ReadAtMostAsync(options.Content, MaxBytes + 1, cancellationToken);
        if (bytes.Length > MaxBytes)
        {
            return AdminResult.Fail("Upload", "The selected file must be smaller than 25 MB");
        }

        if (bytes.Length == 0)
        {
            return AdminResult.Fail("Upload", "The selected file is empty");
        }

        var name = SafeName(options.FileName);
        var detected = Detect(bytes);
        if (detected is null)
        {
            return AdminResult.Fail("Upload", WrongType);
        }

        if (!detected.Value.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            return AdminResult.Fail("Upload", $"{WrongType}. The file's name does not match what it contains");
        }

        if (options.ReferralId is { } referralId
            && !await db.Referrals.AnyAsync(r => r.Id == referralId && r.CaseId == options.CaseId, cancellationToken))
        {
            return AdminResult.Fail("Upload", "This referral no longer exists");
        }

        var file = new EvidenceFile
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = options.CaseId,
            ReferralId = options.ReferralId,
            FileName = name,
            ContentType = detected.Value.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Description = options.Description.Trim(),
            DocumentDate = options.DocumentDate,
            UploadedAt = time.GetUtcNow(),
            UploadedByUserId = actors.Current.UserId ?? Guid.Empty,
        };
        db.EvidenceFiles.Add(file);
        db.EvidenceFileContents.Add(new EvidenceFileContent { FileId = file.Id, Bytes = bytes });
        audit.Record(CaseAccess.ResourceType, options.CaseId, "Evidence file uploaded", AuditTrail.Changes(
            ("Type", null, file.ContentType), ("Size", null, file.Length), ("SHA-256", null, file.Sha256)));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(file.Id);
    }

    /// <summary>Removes a file of a draft referral; a submitted referral's evidence stays.</summary>
    public async Task<AdminResult> RemoveAsync(Guid caseId, Guid fileId, CancellationToken cancellationToken = default)
    {
        var file = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == caseId, cancellationToken);
        if (file is null)
        {
            return AdminResult.Ok(fileId);
        }

        if (file.ReferralId is { } referralId
            && await db.Referrals.AnyAsync(r => r.Id == referralId && r.Status != ReferralStatus.Draft, cancellationToken))
        {
            return AdminResult.Fail("FileId", "This file is part of a submitted referral and cannot be removed");
        }

        db.EvidenceFiles.Remove(file);
        audit.Record(CaseAccess.ResourceType, caseId, "Evidence file removed", AuditTrail.Changes(("SHA-256", file.Sha256, null)));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(fileId);
    }

    public async Task<EvidenceDownload?> ReadAsync(Guid caseId, Guid fileId, CancellationToken cancellationToken = default)
    {
        var file = await db.EvidenceFiles.AsNoTracking().Where(f => f.Id == fileId && f.CaseId == caseId)
            .Select(f => new { f.FileName, f.ContentType }).SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return null;
        }

        var bytes = await db.EvidenceFileContents.AsNoTracking().Where(c => c.FileId == fileId).Select(c => c.Bytes).SingleAsync(cancellationToken);
        return new EvidenceDownload(file.FileName, file.ContentType, bytes);
    }

    public readonly record struct FileType(string ContentType, string[] Extensions);

    /// <summary>The type the bytes are, whatever the name says; null for anything not accepted.</summary>
    public static FileType? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return new FileType("application/pdf", [".pdf"]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new FileType("image/png", [".png"]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new FileType("image/jpeg", [".jpg", ".jpeg"]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new FileType("application/msword", [".doc"]);
        }

        if (bytes.StartsWith("PK\x03\x04"u8) && IsWordDocument(bytes.ToArray()))
        {
            return new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
        }

        return null;
    }

    /// <summary>The name without any path or control characters, at most 255 characters, its extension kept.</summary>
    public static string SafeName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>' and not ':' and not '*' and not '?' and not '|')]).Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "file";
        }

        if (name.Length > 255)
        {
            var extension = Path.GetExtension(name);
            name = name[..(255 - extension.Length)] + extension;
        }

        return name;
    }

    private static bool IsWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
