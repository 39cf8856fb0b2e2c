using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases.Referral;

/// <summary>Supporting documents: the type by content, the size limit, and downloads through the case gate.</summary>
public class EvidenceTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private BeaconAppFactory App => app.Factory;

    private static async Task<HttpResponseMessage> UploadAsync(ReferralDriver driver, string fileName, byte[] bytes, string description = "Photo of the accommodation")
    {
        var path = $"{driver.Base}/evidence";
        var (token, version) = await driver.FormOfAsync(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version!), "Version" },
            { new StringContent(description), "Description" },
            { new StringContent("3"), "DocumentDate.Day" },
            { new StringContent("11"), "DocumentDate.Month" },
            { new StringContent("2026"), "DocumentDate.Year" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await driver.Client.PostAsync(path, form);
    }

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text();
    }

    [Fact]
    public async Task Upload_Pdf_IsStoredWithItsHashAndDownloadsAsAnAttachment()
    {
        var (driver, _, worker) = await ReferralDriver.StartAsync(App);

        var response = await UploadAsync(driver, "C:\\scans\\Ŝtatement 1.pdf", Pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await App.QueryAsync(db => db.EvidenceFiles.SingleAsync(f => f.CaseId == driver.CaseId));
        file.FileName.ShouldBe("Ŝtatement 1.pdf");
        file.ContentType.ShouldBe("application/pdf");
        file.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        file.DocumentDate.ShouldBe(new DateOnly(2026, 11, 3));
        file.ReferralId.ShouldBe(driver.ReferralId);

        var download = await driver.Client.GetAsync($"/cases/{driver.CaseId}/referral/evidence/{file.Id}");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Ŝtatement 1.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await App.QueryAsync(db => db.AccessLog.AnyAsync(r => r.ResourceId == driver.CaseId && r.UserId == worker.Id && r.Action == "Download" && r.Outcome == AccessOutcome.Allowed))).ShouldBeTrue();
    }

    [Fact]
    public async Task Upload_PngNamedPdf_IsRefused()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);

        var error = await ErrorOfAsync(await UploadAsync(driver, "statement.pdf", Png));

        error.ShouldContain("The selected file must be a PDF, Word document, JPG or PNG");
        error.ShouldContain("does not match");
        (await App.QueryAsync(db => db.EvidenceFiles.CountAsync(f => f.CaseId == driver.CaseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_Executable_IsRefusedWhateverItsName()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        (await ErrorOfAsync(await UploadAsync(driver, "setup.exe", exe))).ShouldContain("The selected file must be a PDF, Word document, JPG or PNG");
        (await ErrorOfAsync(await UploadAsync(driver, "setup.pdf", exe))).ShouldContain("The selected file must be a PDF, Word document, JPG or PNG");
        (await App.QueryAsync(db => db.EvidenceFiles.CountAsync(f => f.CaseId == driver.CaseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_WordDocument_IsAccepted()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(await zip.CreateEntry("word/document.xml").OpenAsync());
            await writer.WriteAsync("<w:document/>");
        }

        (await UploadAsync(driver, "letter.docx", stream.ToArray())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.EvidenceFiles.SingleAsync(f => f.CaseId == driver.CaseId))).ContentType.ShouldEndWith("wordprocessingml.document");
    }

    [Fact]
    public async Task Upload_OneByteOver25Mb_IsRefused()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        var big = new byte[(25 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        (await ErrorOfAsync(await UploadAsync(driver, "big.pdf", big))).ShouldContain("smaller than 25 MB");
        (await App.QueryAsync(db => db.EvidenceFiles.CountAsync(f => f.CaseId == driver.CaseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Remove_FromADraft_DeletesTheFile()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await UploadAsync(driver, "statement.pdf", Pdf);
        var fileId = await App.QueryAsync(db => db.EvidenceFiles.Where(f => f.CaseId == driver.CaseId).Select(f => f.Id).SingleAsync());

        var response = await driver.PostAsync($"{driver.Base}/evidence?handler=Remove", [new("fileId", fileId.ToString())], tokenFrom: $"{driver.Base}/evidence");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.EvidenceFileContents.CountAsync(c => c.FileId == fileId))).ShouldBe(0);
    }

    [Fact]
    public async Task Download_Outsider_Is404AndDenied()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await UploadAsync(driver, "statement.pdf", Pdf);
        var fileId = await App.QueryAsync(db => db.EvidenceFiles.Where(f => f.CaseId == driver.CaseId).Select(f => f.Id).SingleAsync());
        var stranger = await App.CreateUserAsync(await App.CreateOrganisationAsync(OrganisationType.Police), [Role.Partner, Role.FirstResponder]);
        var client = await App.SignInAsync(stranger);

        var response = await client.GetAsync($"/cases/{driver.CaseId}/referral/evidence/{fileId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("%PDF");
        (await App.QueryAsync(db => db.AccessLog.AnyAsync(r => r.ResourceId == driver.CaseId && r.UserId == stranger.Id && r.Outcome == AccessOutcome.Denied))).ShouldBeTrue();
    }

    [Fact]
    public async Task Download_FileOfAnotherCase_Is404()
    {
        var (first, _, _) = await ReferralDriver.StartAsync(App);
        await UploadAsync(first, "statement.pdf", Pdf);
        var fileId = await App.QueryAsync(db => db.EvidenceFiles.Where(f => f.CaseId == first.CaseId).Select(f => f.Id).SingleAsync());
        var (second, _, _) = await ReferralDriver.StartAsync(App);

        (await second.Client.GetAsync($"/cases/{second.CaseId}/referral/evidence/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
