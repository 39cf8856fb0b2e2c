using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The answers so far of one raise-a-concern journey.</summary>
public sealed class ConcernDraft
{
    public Guid JourneyId { get; set; }

    public Guid UserId { get; set; }

    public bool? ImmediateDanger { get; set; }

    public bool? PoliceCalled { get; set; }

    public Indicators Indicators { get; set; }

    public string? WhatWasSeen { get; set; }

    public DateOnly? SeenOn { get; set; }

    public string? WhereSeen { get; set; }

    public PlaceType? PlaceType { get; set; }

    public string? Town { get; set; }

    public string? BusinessName { get; set; }

    public Guid? AreaId { get; set; }

    public bool? PersonKnown { get; set; }

    public string? PersonName { get; set; }

    public string? PersonOtherNames { get; set; }

    public DateOnly? PersonDateOfBirth { get; set; }

    public AgeAnswer? Age { get; set; }

    public int? EstimatedAge { get; set; }

    public Gender? Gender { get; set; }

    public string? Nationality { get; set; }

    public string? OwnWords { get; set; }

    public bool OwnWordsAnswered { get; set; }

    /// <summary>The first page still to answer, in journey order, or null when the answers are ready to check.</summary>
    public string? FirstUnanswered(bool asksArea) =>
        ImmediateDanger is null ? ConcernJourney.ImmediateDanger
        : ImmediateDanger == true && PoliceCalled is null ? ConcernJourney.CallPolice
        : string.IsNullOrWhiteSpace(WhatWasSeen) ? ConcernJourney.WhatYouSaw
        : SeenOn is null || string.IsNullOrWhiteSpace(WhereSeen) || PlaceType is null || (asksArea && AreaId is null) ? ConcernJourney.WhereAndWhen
        : PersonKnown is null ? ConcernJourney.Person
        : Age is null ? ConcernJourney.Age
        : !OwnWordsAnswered ? ConcernJourney.OwnWords
        : null;

    public RaiseConcernOptions ToOptions(string linkBaseUrl) => new()
    {
        JourneyId = JourneyId,
        AreaId = AreaId,
        ImmediateDanger = ImmediateDanger,
        PoliceCalled = PoliceCalled,
        Indicators = Indicators,
        WhatWasSeen = WhatWasSeen,
        SeenOn = SeenOn,
        WhereSeen = WhereSeen,
        PlaceType = PlaceType,
        Town = Town,
        BusinessName = BusinessName,
        PersonKnown = PersonKnown,
        PersonName = PersonName,
        PersonOtherNames = PersonOtherNames,
        PersonDateOfBirth = PersonDateOfBirth,
        Age = Age,
        EstimatedAge = EstimatedAge,
        Gender = Gender,
        Nationality = Nationality,
        OwnWords = OwnWords,
        LinkBaseUrl = linkBaseUrl,
    };
}

/// <summary>
/// Keeps a journey's answers in an encrypted, signed cookie (data protection, compressed, split
/// into chunks if long), bound to the journey and the user: personal details never go into the
/// address, and nothing is written to the database until the concern is raised. One journey per
/// browser at a time; a new journey replaces an unfinished one.
/// </summary>
public sealed class ConcernDraftStore(IDataProtectionProvider protection, IWebHostEnvironment environment, CurrentUser currentUser)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Beacon.ConcernDraft").ToTimeLimitedDataProtector();

    private readonly ChunkingCookieManager cookies = new();

    private string CookieName => environment.IsDevelopment() ? "beacon-concern" : "__Host-beacon-concern";

    /// <summary>This journey's answers, or empty answers if the cookie holds another journey, another user's, or nothing readable.</summary>
    public ConcernDraft Load(HttpContext context, Guid journeyId)
    {
        var userId = currentUser.UserId ?? Guid.Empty;
        var fresh = new ConcernDraft { JourneyId = journeyId, UserId = userId };
        if (cookies.GetRequestCookie(context, CookieName) is not { Length: > 0 } value)
        {
            return fresh;
        }

        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(value));
            using var input = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var draft = JsonSerializer.Deserialize<ConcernDraft>(input);
            return draft is not null && draft.JourneyId == journeyId && draft.UserId == userId ? draft : fresh;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException or InvalidDataException)
        {
            return fresh;
        }
    }

    public void Save(HttpContext context, ConcernDraft draft)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, draft);
        }

        var value = WebEncoders.Base64UrlEncode(protector.Protect(output.ToArray(), Lifetime));
        cookies.AppendResponseCookie(context, CookieName, value, Options());
    }

    public void Clear(HttpContext context) => cookies.DeleteCookie(context, CookieName, Options());

    private CookieOptions Options() => new()
    {
        HttpOnly = true,
        Secure = !environment.IsDevelopment(),
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
        MaxAge = Lifetime,
    };
}

/// <summary>The pages of the journey, in order, and where each one goes next.</summary>
public static class ConcernJourney
{
    public const string ImmediateDanger = "immediate-danger";
    public const string CallPolice = "call-999";
    public const string WhatYouSaw = "what-you-saw";
    public const string WhereAndWhen = "where-and-when";
    public const string Person = "person";
    public const string Age = "age";
    public const string OwnWords = "own-words";
    public const string CheckAnswers = "check-answers";

    public static string Path(Guid journeyId, string page, bool fromCheck = false) =>
        $"/concerns/new/{journeyId}/{page}" + (fromCheck ? "?change=true" : string.Empty);
}

/// <summary>
/// A question page of the journey: loads the answers so far, saves them after a valid post, and
/// goes on to the next question, or back to check your answers when the user came to change one.
/// </summary>
public abstract class ConcernJourneyPage(ConcernDraftStore store) : PageModel
{
    [FromRoute]
    public Guid JourneyId { get; set; }

    /// <summary>Came from a change link on check your answers.</summary>
    [FromQuery(Name = "change")]
    public bool Changing { get; set; }

    protected ConcernDraft Draft { get; private set; } = new();

    protected abstract string PreviousPage { get; }

    public virtual string BackLink => ConcernJourney.Path(JourneyId, Changing ? ConcernJourney.CheckAnswers : PreviousPage);

    protected void LoadDraft() => Draft = store.Load(HttpContext, JourneyId);

    protected void SaveDraft() => store.Save(HttpContext, Draft);

    protected void ClearDraft() => store.Clear(HttpContext);

    protected IActionResult SaveAndContinue(string next)
    {
        SaveDraft();
        return Redirect(ConcernJourney.Path(JourneyId, Changing ? ConcernJourney.CheckAnswers : next));
    }

    protected static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => string.Empty,
    };

    protected static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}
