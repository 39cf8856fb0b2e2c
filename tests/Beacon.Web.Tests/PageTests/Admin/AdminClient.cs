using AngleSharp.Dom;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Admin;

/// <summary>A signed-in administrator, and the form posting the admin pages need (repeated fields for checkboxes).</summary>
public sealed record AdminClient(HttpClient Client, TestUser Administrator, TestOrganisation Organisation)
{
    public static async Task<AdminClient> SignInAsync(BeaconAppFactory app)
    {
        var organisation = await app.CreateOrganisationAsync();
        var administrator = await app.CreateUserAsync(organisation, [Role.Administrator]);
        return new AdminClient(await app.SignInAsync(administrator), administrator, organisation);
    }

    /// <summary>GETs the page for its antiforgery token, then posts the fields (a name may repeat).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var page = await Client.GetDocumentAsync(path);
        return await PostWithTokenAsync(path, page.AntiforgeryToken(), fields);
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(string path, string token, params (string Name, string Value)[] fields) =>
        Client.PostAsync(path, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]));

    public async Task<IDocument> GetAsync(string path) => await Client.GetDocumentAsync(path);
}

public static class AdminPageAssertions
{
    public static string HiddenValue(this IDocument page, string name) =>
        page.QuerySelector($"input[type=hidden][name='{name}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No hidden field {name}.");

    public static string ErrorSummary(this IDocument page) => page.QuerySelector(".govuk-error-summary").Text();

    public static IReadOnlyList<string> Errors(this IDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list li").Select(e => e.Text())];

    public static string? InputValue(this IDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    public static IReadOnlyList<string> CheckedValues(this IDocument page, string name) =>
        [.. page.QuerySelectorAll($"input[name='{name}'][checked]").Select(e => e.GetAttribute("value") ?? "")];

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";
}
