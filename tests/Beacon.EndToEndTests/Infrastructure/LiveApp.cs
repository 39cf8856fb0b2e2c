using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(Beacon.EndToEndTests.Infrastructure.LiveApp))]

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>
/// Beacon served by Kestrel over HTTPS on a free loopback port, on a new SQLite file (the first-run
/// database), so the browser meets Secure cookies, HSTS and the CSP exactly as a user would.
/// </summary>
public sealed class LiveApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("beacon-e2e-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        var certificate = CreateSelfSignedCertificate();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Beacon", $"Data Source={Path.Combine(directory, "beacon.db")}");
        builder.UseSetting("Beacon:OrganisationName", "Testborough Council");
        // Every browser signs in from 127.0.0.1: the journeys together would pass the per-address limit.
        builder.UseSetting("Beacon:SignInRateLimit:PermitLimit", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
