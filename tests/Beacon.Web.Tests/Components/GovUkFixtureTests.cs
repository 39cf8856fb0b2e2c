using Beacon.Web.Infrastructure.GovUk;

using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Tests.Components;

/// <summary>Each renderer against the HTML that GOV.UK Frontend's own Nunjucks macro renders for the same options.</summary>
public class GovUkFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint text")]
    [InlineData("with error message")]
    [InlineData("with error and hint")]
    [InlineData("with width-2 class")]
    [InlineData("with label as page heading")]
    [InlineData("with prefix and suffix and error")]
    [InlineData("with prefix and suffix and width modifier")]
    [InlineData("value")]
    [InlineData("attributes")]
    [InlineData("inputmode")]
    [InlineData("with autocomplete attribute")]
    [InlineData("with spellcheck disabled")]
    [InlineData("custom type")]
    public void Input_Fixture_MatchesGovUkMarkup(string fixture) => Check<InputOptions>("input", fixture, GovUkHtml.Input);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with error message")]
    [InlineData("with default value")]
    [InlineData("with custom rows")]
    [InlineData("with label as page heading")]
    [InlineData("with hint and error message")]
    public void Textarea_Fixture_MatchesGovUkMarkup(string fixture) => Check<TextareaOptions>("textarea", fixture, GovUkHtml.Textarea);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint and error")]
    [InlineData("with default value exceeding limit")]
    [InlineData("with maxwords")]
    [InlineData("with count type 'words' and error message")]
    [InlineData("with threshold")]
    [InlineData("with label as page heading")]
    public void CharacterCount_Fixture_MatchesGovUkMarkup(string fixture) => Check<CharacterCountOptions>("character-count", fixture, GovUkHtml.CharacterCount);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("inline")]
    [InlineData("with legend as page heading")]
    [InlineData("with a divider")]
    [InlineData("with hints on items")]
    [InlineData("without fieldset")]
    [InlineData("with fieldset and error message")]
    [InlineData("with conditional items")]
    [InlineData("with conditional items and pre-checked value")]
    [InlineData("small with error")]
    [InlineData("prechecked using value")]
    public void Radios_Fixture_MatchesGovUkMarkup(string fixture) => Check<RadiosOptions>("radios", fixture, GovUkHtml.Radios);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with pre-checked values")]
    [InlineData("with divider, None and conditional items")]
    [InlineData("with hints on items")]
    [InlineData("with error message")]
    [InlineData("with conditional items")]
    [InlineData("small with error")]
    [InlineData("with single option (and hint) set 'aria-describedby' on input, and describedBy")]
    public void Checkboxes_Fixture_MatchesGovUkMarkup(string fixture) => Check<CheckboxesOptions>("checkboxes", fixture, GovUkHtml.Checkboxes);

    [Theory]
    [InlineData("default")]
    [InlineData("with values")]
    [InlineData("with values and name prefix")]
    [InlineData("with errors only")]
    [InlineData("with error message and hint")]
    [InlineData("with error on day input")]
    [InlineData("with error on year input (using items)")]
    [InlineData("with error on single field by omission")]
    public void DateInput_Fixture_MatchesGovUkMarkup(string fixture) => Check<DateInputOptions>("date-input", fixture, GovUkHtml.DateInput);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint text and error message")]
    [InlineData("with label as page heading")]
    [InlineData("with full width override")]
    [InlineData("with selected value")]
    [InlineData("item selected overrides value")]
    public void Select_Fixture_MatchesGovUkMarkup(string fixture) => Check<SelectOptions>("select", fixture, GovUkHtml.Select);

    [Theory]
    [InlineData("default")]
    [InlineData("with actions")]
    [InlineData("no-border")]
    [InlineData("with some actions")]
    [InlineData("as a summary card with a text header")]
    [InlineData("as a summary card with actions plus summary list actions")]
    [InlineData("summary card with only 1 action")]
    public void SummaryList_Fixture_MatchesGovUkMarkup(string fixture) => Check<SummaryListOptions>("summary-list", fixture, GovUkHtml.SummaryList);

    [Theory]
    [InlineData("default")]
    [InlineData("disabled")]
    [InlineData("link")]
    [InlineData("start")]
    [InlineData("start link")]
    [InlineData("secondary")]
    [InlineData("warning")]
    [InlineData("prevent double click")]
    [InlineData("don't prevent double click")]
    [InlineData("value")]
    public void Button_Fixture_MatchesGovUkMarkup(string fixture) => Check<ButtonOptions>("button", fixture, GovUkHtml.Button);

    [Theory]
    [InlineData("default")]
    [InlineData("inverse")]
    [InlineData("with custom text and link")]
    [InlineData("html")]
    public void BackLink_Fixture_MatchesGovUkMarkup(string fixture) => Check<BackLinkOptions>("back-link", fixture, GovUkHtml.BackLink);

    [Theory]
    [InlineData("default")]
    [InlineData("with type as success")]
    [InlineData("with text as html")]
    [InlineData("custom title")]
    [InlineData("custom title heading level")]
    [InlineData("custom role")]
    public void NotificationBanner_Fixture_MatchesGovUkMarkup(string fixture) =>
        Check<NotificationBannerOptions>("notification-banner", fixture, o => GovUkHtml.NotificationBanner(o));

    [Theory]
    [InlineData("default")]
    [InlineData("grey")]
    [InlineData("green")]
    [InlineData("red")]
    [InlineData("html")]
    public void Tag_Fixture_MatchesGovUkMarkup(string fixture) => Check<TagOptions>("tag", fixture, GovUkHtml.Tag);

    [Theory]
    [InlineData("default")]
    [InlineData("with head")]
    [InlineData("with head and caption")]
    [InlineData("with firstCellIsHeader true")]
    [InlineData("rows with rowspan and colspan")]
    public void Table_Fixture_MatchesGovUkMarkup(string fixture) => Check<TableOptions>("table", fixture, GovUkHtml.Table);

    [Theory]
    [InlineData("default")]
    [InlineData("with many pages")]
    [InlineData("first page")]
    [InlineData("last page")]
    [InlineData("with prev and next only")]
    [InlineData("with prev and next only and labels")]
    [InlineData("with next only")]
    public void Pagination_Fixture_MatchesGovUkMarkup(string fixture) => Check<PaginationOptions>("pagination", fixture, GovUkHtml.Pagination);

    [Theory]
    [InlineData("default")]
    [InlineData("with hint text and additional states")]
    [InlineData("with all possible colours")]
    [InlineData("custom id prefix")]
    public void TaskList_Fixture_MatchesGovUkMarkup(string fixture) => Check<TaskListOptions>("task-list", fixture, GovUkHtml.TaskList);

    [Theory]
    [InlineData("default")]
    [InlineData("translated")]
    [InlineData("id")]
    [InlineData("classes")]
    public void ErrorMessage_Fixture_MatchesGovUkMarkup(string fixture) => Check<ErrorMessageOptions>("error-message", fixture, GovUkHtml.ErrorMessage);

    [Theory]
    [InlineData("default")]
    [InlineData("with html")]
    [InlineData("classes")]
    public void Hint_Fixture_MatchesGovUkMarkup(string fixture) => Check<HintOptions>("hint", fixture, GovUkHtml.Hint);

    [Theory]
    [InlineData("default")]
    [InlineData("with bold text")]
    [InlineData("as page heading xl")]
    [InlineData("for")]
    public void Label_Fixture_MatchesGovUkMarkup(string fixture) => Check<LabelOptions>("label", fixture, GovUkHtml.Label);

    [Theory]
    [InlineData("default")]
    [InlineData("styled as large text")]
    [InlineData("as page heading xl")]
    [InlineData("with describedBy")]
    [InlineData("role")]
    [InlineData("html fieldset content")]
    public void Fieldset_Fixture_MatchesGovUkMarkup(string fixture) => Check<FieldsetOptions>("fieldset", fixture, o => GovUkHtml.Fieldset(o));

    [Theory]
    [InlineData("default")]
    [InlineData("without links")]
    [InlineData("mixed with and without links")]
    [InlineData("with description only")]
    [InlineData("with everything")]
    public void ErrorSummary_Fixture_MatchesGovUkMarkup(string fixture) => Check<ErrorSummaryOptions>("error-summary", fixture, GovUkHtml.ErrorSummary);

    [Fact]
    public void Comparer_DifferentClass_Fails()
    {
        var (options, html) = Fixtures.Load<TagOptions>("tag", "grey");
        var wrong = GovUkHtml.ToHtmlString(GovUkHtml.Tag(options with { Classes = "govuk-tag--red" }));
        Should.Throw<ShouldAssertException>(() => HtmlStructure.ShouldMatch(wrong, html)).Message.ShouldContain("attribute class");
    }

    [Fact]
    public void Comparer_MissingElement_Fails()
    {
        var (options, html) = Fixtures.Load<InputOptions>("input", "with hint text");
        var wrong = GovUkHtml.ToHtmlString(GovUkHtml.Input(options with { Hint = null }));
        Should.Throw<ShouldAssertException>(() => HtmlStructure.ShouldMatch(wrong, html));
    }

    private static void Check<T>(string component, string fixture, Func<T, IHtmlContent> render)
    {
        var (options, expected) = Fixtures.Load<T>(component, fixture);
        HtmlStructure.ShouldMatch(GovUkHtml.ToHtmlString(render(options)), expected);
    }
}
