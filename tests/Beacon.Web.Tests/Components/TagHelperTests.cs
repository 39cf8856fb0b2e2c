using System.Text.Encodings.Web;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Beacon.Web.Infrastructure.GovUk;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Tests.Components;

public class TagHelperTests
{
    private static readonly string[] HousingAndNone = ["housing", "none"];

    private readonly ModelStateDictionary _modelState = new();
    private readonly DefaultHttpContext _http = new();
    private readonly SampleForm _model = new();

    [Fact]
    public async Task Input_WithModelStateError_RendersGovUkErrorAndKeepsAttemptedValue()
    {
        _model.FullName = "Old name";
        _modelState.SetModelValue("Form.FullName", "Sam <typed>", "Sam <typed>");
        _modelState.AddModelError("Form.FullName", "Full name must be 100 characters or fewer");

        var html = await Run(new GovUkInputTagHelper { For = For(nameof(SampleForm.FullName)), Hint = "As on their passport", Autocomplete = "name" });

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group govuk-form-group--error">
              <label class="govuk-label" for="Form_FullName">Full name</label>
              <div id="Form_FullName-hint" class="govuk-hint">As on their passport</div>
              <p id="Form_FullName-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Full name must be 100 characters or fewer</p>
              <input class="govuk-input govuk-input--error" id="Form_FullName" name="Form.FullName" type="text" value="Sam &lt;typed&gt;"
                aria-describedby="Form_FullName-hint Form_FullName-error" autocomplete="name">
            </div>
            """);
    }

    [Fact]
    public async Task Input_WithoutPost_ShowsModelValueAndNoError()
    {
        _model.FullName = "Sam Example";

        var html = await Run(new GovUkInputTagHelper { For = For(nameof(SampleForm.FullName)), Label = "Name", LabelIsHeading = true, Classes = "govuk-input--width-20" });

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group">
              <h1 class="govuk-label-wrapper"><label class="govuk-label" for="Form_FullName">Name</label></h1>
              <input class="govuk-input govuk-input--width-20" id="Form_FullName" name="Form.FullName" type="text" value="Sam Example">
            </div>
            """);
    }

    [Fact]
    public async Task Textarea_WithMaxLength_RendersCharacterCountWithError()
    {
        _modelState.SetModelValue("Form.Details", "Too long", "Too long");
        _modelState.AddModelError("Form.Details", "What happened must be 5 characters or fewer");

        var html = await Run(new GovUkTextareaTagHelper { For = For(nameof(SampleForm.Details)), Label = "What happened", MaxLength = 5 });

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group govuk-form-group--error govuk-character-count" data-module="govuk-character-count" data-maxlength="5">
              <label class="govuk-label" for="Form_Details">What happened</label>
              <p id="Form_Details-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> What happened must be 5 characters or fewer</p>
              <textarea class="govuk-textarea govuk-textarea--error govuk-js-character-count" id="Form_Details" name="Form.Details" rows="5"
                aria-describedby="Form_Details-info Form_Details-error">Too long</textarea>
              <div id="Form_Details-info" class="govuk-hint govuk-character-count__message">You can enter up to 5 characters</div>
            </div>
            """);
    }

    [Fact]
    public async Task Textarea_WithoutLimit_RendersPlainTextarea()
    {
        var html = await Run(new GovUkTextareaTagHelper { For = For(nameof(SampleForm.Details)), Rows = 3 });

        var document = Parse(html);
        document.QuerySelector(".govuk-character-count").ShouldBeNull();
        document.QuerySelector("textarea")!.GetAttribute("rows").ShouldBe("3");
        document.QuerySelector("label")!.TextContent.Trim().ShouldBe("Details");
    }

    [Fact]
    public async Task Radios_AttemptedValueWithConditionalChild_ChecksItAndShowsReveal()
    {
        _modelState.SetModelValue("Form.Contact", "email", "email");
        _modelState.AddModelError("Form.Contact", "Enter an email address");

        var html = await Run(new GovUkRadiosTagHelper { For = For(nameof(SampleForm.Contact)), Legend = "How should we contact them?" },
            (new GovUkChoiceItemTagHelper { Value = "email", Label = "Email" }, "<p>Email field</p>"),
            (new GovUkChoiceItemTagHelper { Value = "phone", Label = "Phone", Hint = "Daytime only" }, ""));

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group govuk-form-group--error">
              <fieldset class="govuk-fieldset" aria-describedby="Form_Contact-error">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">How should we contact them?</legend>
                <p id="Form_Contact-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter an email address</p>
                <div class="govuk-radios" data-module="govuk-radios">
                  <div class="govuk-radios__item">
                    <input class="govuk-radios__input" id="Form_Contact" name="Form.Contact" type="radio" value="email" checked data-aria-controls="conditional-Form_Contact">
                    <label class="govuk-label govuk-radios__label" for="Form_Contact">Email</label>
                  </div>
                  <div class="govuk-radios__conditional" id="conditional-Form_Contact"><p>Email field</p></div>
                  <div class="govuk-radios__item">
                    <input class="govuk-radios__input" id="Form_Contact-2" name="Form.Contact" type="radio" value="phone" aria-describedby="Form_Contact-2-item-hint">
                    <label class="govuk-label govuk-radios__label" for="Form_Contact-2">Phone</label>
                    <div id="Form_Contact-2-item-hint" class="govuk-hint govuk-radios__hint">Daytime only</div>
                  </div>
                </div>
              </fieldset>
            </div>
            """);
    }

    [Fact]
    public async Task Radios_ModelValueNotChosen_HidesReveal()
    {
        _model.Contact = "phone";

        var html = await Run(new GovUkRadiosTagHelper { For = For(nameof(SampleForm.Contact)), LegendIsHeading = true },
            (new GovUkChoiceItemTagHelper { Value = "email", Label = "Email" }, "<p>Email field</p>"),
            (new GovUkChoiceItemTagHelper { Value = "phone", Label = "Phone" }, ""));

        var document = Parse(html);
        document.QuerySelector("#conditional-Form_Contact")!.ClassList.ShouldContain("govuk-radios__conditional--hidden");
        document.QuerySelector("#Form_Contact-2")!.HasAttribute("checked").ShouldBeTrue();
        document.QuerySelector("legend h1.govuk-fieldset__heading")!.TextContent.Trim().ShouldBe("Contact");
    }

    [Fact]
    public async Task Checkboxes_AttemptedValues_ChecksThoseAndMarksExclusiveNone()
    {
        _model.Needs = ["medical"];
        _modelState.SetModelValue("Form.Needs", HousingAndNone, "housing,none");
        _modelState.AddModelError("Form.Needs", "Select the support they need, or select ‘None of these’");

        var html = await Run(new GovUkCheckboxesTagHelper { For = For(nameof(SampleForm.Needs)), Legend = "Support" },
            (new GovUkChoiceItemTagHelper { Value = "housing", Label = "Housing" }, ""),
            (new GovUkChoiceItemTagHelper { Value = "medical", Label = "Medical" }, ""),
            (new GovUkChoiceItemTagHelper { Value = "none", Label = "None of these", Exclusive = true, DividerBefore = "or" }, ""));

        var document = Parse(html);
        Checked(document).ShouldBe(["housing", "none"]);
        document.QuerySelector(".govuk-checkboxes__divider")!.TextContent.ShouldBe("or");
        document.QuerySelector("#Form_Needs-4")!.GetAttribute("data-behaviour").ShouldBe("exclusive");
        document.QuerySelector("fieldset")!.GetAttribute("aria-describedby").ShouldBe("Form_Needs-error");
        document.QuerySelector(".govuk-form-group")!.ClassList.ShouldContain("govuk-form-group--error");
    }

    [Fact]
    public async Task Checkboxes_NoPost_ChecksModelCollection()
    {
        _model.Needs = ["medical"];

        var html = await Run(new GovUkCheckboxesTagHelper { For = For(nameof(SampleForm.Needs)) },
            (new GovUkChoiceItemTagHelper { Value = "housing", Label = "Housing" }, ""),
            (new GovUkChoiceItemTagHelper { Value = "medical", Label = "Medical" }, ""));

        Checked(Parse(html)).ShouldBe(["medical"]);
    }

    [Fact]
    public async Task DateInput_WrongMonth_MarksOnlyMonthAndKeepsTypedParts()
    {
        new DateInputAttempt("31", "", "2025", DateParts.Month).Save(_http, "Form.DateOfBirth");
        _modelState.AddModelError("Form.DateOfBirth", "Date of birth must include a month");

        var html = await Run(new GovUkDateInputTagHelper { For = For(nameof(SampleForm.DateOfBirth)), Hint = "For example, 27 3 2007" });

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group govuk-form-group--error">
              <fieldset class="govuk-fieldset" role="group" aria-describedby="Form_DateOfBirth-hint Form_DateOfBirth-error">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Date of birth</legend>
                <div id="Form_DateOfBirth-hint" class="govuk-hint">For example, 27 3 2007</div>
                <p id="Form_DateOfBirth-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Date of birth must include a month</p>
                <div class="govuk-date-input" id="Form_DateOfBirth">
                  <div class="govuk-date-input__item"><div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for="Form_DateOfBirth_Day">Day</label>
                    <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="Form_DateOfBirth_Day" name="Form.DateOfBirth.Day" type="text" value="31" inputmode="numeric">
                  </div></div>
                  <div class="govuk-date-input__item"><div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for="Form_DateOfBirth_Month">Month</label>
                    <input class="govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error" id="Form_DateOfBirth_Month" name="Form.DateOfBirth.Month" type="text" value="" inputmode="numeric">
                  </div></div>
                  <div class="govuk-date-input__item"><div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for="Form_DateOfBirth_Year">Year</label>
                    <input class="govuk-input govuk-date-input__input govuk-input--width-4" id="Form_DateOfBirth_Year" name="Form.DateOfBirth.Year" type="text" value="2025" inputmode="numeric">
                  </div></div>
                </div>
              </fieldset>
            </div>
            """);
    }

    [Fact]
    public async Task DateInput_ErrorFromValidationNotBinding_MarksAllParts()
    {
        _model.DateOfBirth = new DateOnly(2030, 1, 2);
        new DateInputAttempt("2", "1", "2030", DateParts.None).Save(_http, "Form.DateOfBirth");
        _modelState.AddModelError("Form.DateOfBirth", "Date of birth must be today or in the past");

        var document = Parse(await Run(new GovUkDateInputTagHelper { For = For(nameof(SampleForm.DateOfBirth)) }));

        document.QuerySelectorAll("input.govuk-input--error").Length.ShouldBe(3);
        document.QuerySelectorAll("input").Select(i => i.GetAttribute("value")).ShouldBe(["2", "1", "2030"]);
    }

    [Fact]
    public async Task DateInput_ModelValueOnGet_ShowsParts()
    {
        _model.DateOfBirth = new DateOnly(2007, 3, 27);

        var document = Parse(await Run(new GovUkDateInputTagHelper { For = For(nameof(SampleForm.DateOfBirth)) }));

        document.QuerySelectorAll("input").Select(i => i.GetAttribute("value")).ShouldBe(["27", "3", "2007"]);
        document.QuerySelectorAll(".govuk-input--error").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Select_AttemptedValue_IsSelectedWithError()
    {
        _modelState.SetModelValue("Form.Council", "b", "b");
        _modelState.AddModelError("Form.Council", "Select a council");

        var html = await Run(new GovUkSelectTagHelper
        {
            For = For(nameof(SampleForm.Council)),
            Items = [new SelectListItem("Choose", ""), new SelectListItem("A", "a", selected: true), new SelectListItem("B", "b")],
        });

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-form-group govuk-form-group--error">
              <label class="govuk-label" for="Form_Council">Council</label>
              <p id="Form_Council-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Select a council</p>
              <select class="govuk-select govuk-select--error" id="Form_Council" name="Form.Council" aria-describedby="Form_Council-error">
                <option value="">Choose</option><option value="a">A</option><option value="b" selected>B</option>
              </select>
            </div>
            """);
    }

    [Fact]
    public async Task Button_Submit_PreventsDoubleClickByDefault()
    {
        var html = await Run(new GovUkButtonTagHelper(), childContent: "Save &amp; continue");

        HtmlStructure.ShouldMatch(html, """<button type="submit" data-prevent-double-click="true" class="govuk-button" data-module="govuk-button">Save &amp; continue</button>""");
    }

    [Fact]
    public async Task Button_LinkSecondary_IsLinkWithoutDoubleClickGuard()
    {
        var html = await Run(new GovUkButtonTagHelper { Href = "/start", Variant = "secondary" }, childContent: "Start again");

        HtmlStructure.ShouldMatch(html, """<a href="/start" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Start again</a>""");
    }

    [Fact]
    public async Task BackLink_WithHref_RendersDefaultText()
    {
        var html = await Run(new GovUkBackLinkTagHelper { Href = "/cases" });

        HtmlStructure.ShouldMatch(html, """<a href="/cases" class="govuk-back-link">Back</a>""");
    }

    [Fact]
    public async Task Tag_WithColour_AddsColourClass()
    {
        var html = await Run(new GovUkTagTagHelper { Colour = "green" }, childContent: "Completed");

        HtmlStructure.ShouldMatch(html, """<strong class="govuk-tag govuk-tag--green">Completed</strong>""");
    }

    [Fact]
    public async Task NotificationBanner_Success_UsesAlertRoleAndChildContent()
    {
        var html = await Run(new GovUkNotificationBannerTagHelper { Type = "success" }, childContent: "<p class=\"govuk-notification-banner__heading\">Referral sent</p>");

        HtmlStructure.ShouldMatch(html, """
            <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
              <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Success</h2></div>
              <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Referral sent</p></div>
            </div>
            """);
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;

    private static string[] Checked(IElement document) =>
        [.. document.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")!)];

    private ModelExpression For(string property)
    {
        var explorer = new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(SampleForm), _model).GetExplorerForProperty(property);
        return new ModelExpression("Form." + property, explorer);
    }

    private ViewContext ViewContext() => new()
    {
        HttpContext = _http,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), _modelState),
    };

    /// <summary>Runs a tag helper as Razor would, its child items first sharing the parent's context items.</summary>
    private async Task<string> Run(TagHelper helper, params (GovUkChoiceItemTagHelper Item, string Content)[] children) =>
        await Run(helper, null, children);

    private async Task<string> Run(TagHelper helper, string? childContent, params (GovUkChoiceItemTagHelper Item, string Content)[] children)
    {
        if (helper is GovUkFieldTagHelper field)
        {
            field.ViewContext = ViewContext();
        }

        var items = new Dictionary<object, object>();
        var context = new TagHelperContext("govuk", [], items, "unique");
        var output = new TagHelperOutput("govuk", [], async (_, _) =>
        {
            foreach (var (item, content) in children)
            {
                var itemOutput = new TagHelperOutput("govuk-item", [], (_, _) =>
                    Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(content)));
                await item.ProcessAsync(new TagHelperContext("govuk-item", [], items, "item"), itemOutput);
            }

            return new DefaultTagHelperContent().SetHtmlContent(childContent ?? "");
        });

        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public sealed class SampleForm
    {
        public string? FullName { get; set; }
        public string? Details { get; set; }
        public string? Contact { get; set; }
        public List<string> Needs { get; set; } = [];
        public DateOnly? DateOfBirth { get; set; }
        public string? Council { get; set; }
    }
}
