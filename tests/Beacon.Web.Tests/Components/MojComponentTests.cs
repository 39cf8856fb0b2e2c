using Beacon.Web.Infrastructure.GovUk;

namespace Beacon.Web.Tests.Components;

/// <summary>MOJ Frontend has no fixtures: expected HTML is written from each component's template.njk.</summary>
public class MojComponentTests
{
    [Fact]
    public void SubNavigation_ActiveItem_HasAriaCurrent()
    {
        var html = MojHtml.SubNavigation(new()
        {
            Label = "Case sections",
            Items = [new() { Href = "/a", Text = "Overview", Active = true }, new() { Href = "/b", Text = "History & notes" }],
        });

        HtmlStructure.ShouldMatch(GovUkHtml.ToHtmlString(html), """
            <nav class="moj-sub-navigation" aria-label="Case sections">
              <ul class="moj-sub-navigation__list">
                <li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" aria-current="page" href="/a">Overview</a></li>
                <li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" href="/b">History &amp; notes</a></li>
              </ul>
            </nav>
            """);
    }

    [Fact]
    public void SubNavigation_NoLabel_UsesDefaultLandmarkLabel()
    {
        var html = GovUkHtml.ToHtmlString(MojHtml.SubNavigation(new() { Items = [new() { Href = "/a", Text = "A" }] }));

        HtmlStructure.ShouldMatch(html, """
            <nav class="moj-sub-navigation" aria-label="Secondary navigation region">
              <ul class="moj-sub-navigation__list"><li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" href="/a">A</a></li></ul>
            </nav>
            """);
    }

    [Fact]
    public void Timeline_ItemsWithByline_RenderHeaderDateAndDescription()
    {
        var html = MojHtml.Timeline(new()
        {
            HeadingLevel = 3,
            Items =
            [
                new() { Label = new() { Text = "Referral sent" }, Byline = new() { Text = "Alex" }, Timestamp = "2026-05-03T10:15:00Z", DisplayDate = "3 May 2026", Html = "<p>Sent</p>" },
                new() { Label = new() { Text = "Concern raised" }, Timestamp = "2026-05-01", DisplayDate = "1 May 2026", Text = "Seen <at> visit" },
            ],
        });

        HtmlStructure.ShouldMatch(GovUkHtml.ToHtmlString(html), """
            <div class="moj-timeline">
              <div class="moj-timeline__item">
                <div class="moj-timeline__header">
                  <h3 class="moj-timeline__title">Referral sent</h3>
                  <p class="moj-timeline__byline">by Alex</p>
                </div>
                <p class="moj-timeline__date"><time datetime="2026-05-03T10:15:00Z">3 May 2026</time></p>
                <div class="moj-timeline__description"><p>Sent</p></div>
              </div>
              <div class="moj-timeline__item">
                <div class="moj-timeline__header"><h3 class="moj-timeline__title">Concern raised</h3></div>
                <p class="moj-timeline__date"><time datetime="2026-05-01">1 May 2026</time></p>
                <div class="moj-timeline__description">Seen &lt;at&gt; visit</div>
              </div>
            </div>
            """);
    }

    [Fact]
    public void Badge_WithClasses_RendersSpan()
    {
        HtmlStructure.ShouldMatch(GovUkHtml.ToHtmlString(MojHtml.Badge(new() { Text = "Urgent", Classes = "moj-badge--red" })),
            """<span class="moj-badge moj-badge--red">Urgent</span>""");
    }

    [Fact]
    public void Filter_WithSelectedFilters_RendersTagsOptionsAndSubmit()
    {
        var html = MojHtml.Filter(new()
        {
            SelectedFilters = new()
            {
                ClearHref = "/cases",
                Categories = [new() { Heading = "Status", Items = [new() { Href = "/cases?status=open", Text = "New" }] }],
            },
            OptionsHtml = new Microsoft.AspNetCore.Html.HtmlString("<p>Options</p>"),
        });

        HtmlStructure.ShouldMatch(GovUkHtml.ToHtmlString(html), """
            <div class="moj-filter" data-module="moj-filter">
              <div class="moj-filter__header">
                <div class="moj-filter__header-title"><h2 class="govuk-heading-m">Filter</h2></div>
                <div class="moj-filter__header-action"></div>
              </div>
              <div class="moj-filter__content">
                <div class="moj-filter__selected">
                  <div class="moj-filter__selected-heading">
                    <div class="moj-filter__heading-title"><h2 class="govuk-heading-m">Selected filters</h2></div>
                    <div class="moj-filter__heading-action"><p><a class="govuk-link govuk-link--no-visited-state" href="/cases">Clear filters</a></p></div>
                  </div>
                  <h3 class="govuk-heading-s govuk-!-margin-bottom-0">Status</h3>
                  <ul class="moj-filter-tags">
                    <li><a class="moj-filter__tag" href="/cases?status=open"><span class="govuk-visually-hidden">Remove this filter</span> New</a></li>
                  </ul>
                </div>
                <div class="moj-filter__options">
                  <button type="submit" class="govuk-button" data-module="govuk-button">Apply filters</button>
                  <p>Options</p>
                </div>
              </div>
            </div>
            """);
    }

    [Fact]
    public void Filter_NothingSelected_OmitsSelectedSection()
    {
        var html = GovUkHtml.ToHtmlString(MojHtml.Filter(new() { SubmitText = "Show cases" }));

        html.ShouldNotContain("moj-filter__selected");
        html.ShouldContain(">Show cases</button>");
    }
}
