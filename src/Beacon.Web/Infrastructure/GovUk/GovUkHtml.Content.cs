using System.Globalization;

using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Infrastructure.GovUk;

public static partial class GovUkHtml
{
    private const string PreviousArrow = """<svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>""";
    private const string NextArrow = """<svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>""";
    private const string StartIcon = """<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>""";

    public static IHtmlContent SummaryList(SummaryListOptions options)
    {
        var list = new HtmlWriter();
        var anyRowHasActions = options.Rows.Any(r => r?.Actions?.Items.Count > 0);
        var cardTitle = options.Card?.Title;
        list.Open("dl", options.Attributes, ("class", HtmlWriter.Classes("govuk-summary-list", options.Classes)));
        foreach (var row in options.Rows)
        {
            if (row is null)
            {
                continue;
            }

            var actions = row.Actions?.Items ?? [];
            list.Open("div", ("class", HtmlWriter.Classes("govuk-summary-list__row", anyRowHasActions && actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null, row.Classes)))
                .Open("dt", ("class", HtmlWriter.Classes("govuk-summary-list__key", row.Key.Classes))).Content(row.Key.Text, row.Key.Html).Close("dt")
                .Open("dd", ("class", HtmlWriter.Classes("govuk-summary-list__value", row.Value?.Classes))).Content(row.Value?.Text, row.Value?.Html).Close("dd");
            if (actions.Count > 0)
            {
                list.Open("dd", ("class", HtmlWriter.Classes("govuk-summary-list__actions", row.Actions!.Classes)));
                if (actions.Count == 1)
                {
                    WriteActionLink(list, actions[0], cardTitle);
                }
                else
                {
                    list.Open("ul", ("class", "govuk-summary-list__actions-list"));
                    foreach (var action in actions)
                    {
                        list.Open("li", ("class", "govuk-summary-list__actions-list-item"));
                        WriteActionLink(list, action, cardTitle);
                        list.Close("li");
                    }

                    list.Close("ul");
                }

                list.Close("dd");
            }

            list.Close("div");
        }

        list.Close("dl");
        if (options.Card is not { } card)
        {
            return list.ToHtml();
        }

        var html = new HtmlWriter();
        html.Open("div", card.Attributes, ("class", HtmlWriter.Classes("govuk-summary-card", card.Classes)))
            .Open("div", ("class", "govuk-summary-card__title-wrapper"));
        if (card.Title is { } title)
        {
            var heading = "h" + (title.HeadingLevel ?? 2).ToString(CultureInfo.InvariantCulture);
            html.Open(heading, ("class", HtmlWriter.Classes("govuk-summary-card__title", title.Classes))).Content(title.Text, title.Html).Close(heading);
        }

        var cardActions = card.Actions?.Items ?? [];
        if (cardActions.Count == 1)
        {
            html.Open("div", ("class", HtmlWriter.Classes("govuk-summary-card__actions", card.Actions!.Classes)));
            WriteActionLink(html, cardActions[0], title: card.Title);
            html.Close("div");
        }
        else if (cardActions.Count > 1)
        {
            html.Open("ul", ("class", HtmlWriter.Classes("govuk-summary-card__actions", card.Actions!.Classes)));
            foreach (var action in cardActions)
            {
                html.Open("li", ("class", "govuk-summary-card__action"));
                WriteActionLink(html, action, card.Title);
                html.Close("li");
            }

            html.Close("ul");
        }

        html.Close("div")
            .Open("div", ("class", "govuk-summary-card__content")).Raw(list.ToString()).Close("div")
            .Close("div");
        return html.ToHtml();
    }

    private static void WriteActionLink(HtmlWriter html, SummaryListAction action, SummaryCardTitle? title)
    {
        html.Open("a", action.Attributes, ("class", HtmlWriter.Classes("govuk-link", action.Classes)), ("href", action.Href))
            .Content(action.Text, action.Html);
        var hasTitle = title is not null && HasContent(title.Text, title.Html);
        if (!string.IsNullOrEmpty(action.VisuallyHiddenText) || hasTitle)
        {
            html.Open("span", ("class", "govuk-visually-hidden"));
            if (!string.IsNullOrEmpty(action.VisuallyHiddenText))
            {
                html.Text(" " + action.VisuallyHiddenText);
            }

            if (hasTitle)
            {
                html.Text(" (").Content(title!.Text, title.Html).Text(")");
            }

            html.Close("span");
        }

        html.Close("a");
    }

    public static IHtmlContent Button(ButtonOptions options)
    {
        var html = new HtmlWriter();
        var classes = HtmlWriter.Classes("govuk-button", options.Classes, options.IsStartButton ? "govuk-button--start" : null);
        if (!string.IsNullOrEmpty(options.Href))
        {
            html.Open("a", options.Attributes, ("href", options.Href), ("role", "button"), ("draggable", "false"),
                ("class", classes), ("data-module", "govuk-button"), ("id", HtmlWriter.NullIfEmpty(options.Id)));
            WriteButtonText(html, options);
            return html.Close("a").ToHtml();
        }

        html.Open("button", options.Attributes,
            ("type", string.IsNullOrEmpty(options.Type) ? "submit" : options.Type),
            ("value", HtmlWriter.NullIfEmpty(options.Value)),
            ("name", HtmlWriter.NullIfEmpty(options.Name)),
            ("disabled", HtmlWriter.FlagIf(options.Disabled)),
            ("aria-disabled", options.Disabled ? "true" : null),
            ("data-prevent-double-click", Bool(options.PreventDoubleClick)),
            ("class", classes),
            ("data-module", "govuk-button"),
            ("id", HtmlWriter.NullIfEmpty(options.Id)));
        WriteButtonText(html, options);
        return html.Close("button").ToHtml();

        static void WriteButtonText(HtmlWriter html, ButtonOptions options)
        {
            // Start buttons use flexbox, which would eat the spaces between inline HTML elements.
            if (!string.IsNullOrEmpty(options.Html) && options.IsStartButton)
            {
                html.Open("span").Raw(options.Html.Trim()).Close("span");
            }
            else
            {
                html.Content(options.Text, options.Html);
            }

            if (options.IsStartButton)
            {
                html.Raw(StartIcon);
            }
        }
    }

    public static IHtmlContent BackLink(BackLinkOptions options)
    {
        var html = new HtmlWriter();
        html.Open("a", options.Attributes, ("href", string.IsNullOrEmpty(options.Href) ? "#" : options.Href), ("class", HtmlWriter.Classes("govuk-back-link", options.Classes)));
        if (!string.IsNullOrEmpty(options.Html))
        {
            html.Raw(options.Html);
        }
        else
        {
            html.Text(string.IsNullOrEmpty(options.Text) ? "Back" : options.Text);
        }

        return html.Close("a").ToHtml();
    }

    /// <summary>Important (default) or success banner; <paramref name="content"/> (e.g. tag helper child content) wins over Html and Text.</summary>
    public static IHtmlContent NotificationBanner(NotificationBannerOptions options, IHtmlContent? content = null)
    {
        var success = options.Type == "success";
        var role = options.Role ?? (success ? "alert" : "region");
        var titleId = string.IsNullOrEmpty(options.TitleId) ? "govuk-notification-banner-title" : options.TitleId;
        var heading = "h" + (options.TitleHeadingLevel is > 0 ? options.TitleHeadingLevel.Value : 2).ToString(CultureInfo.InvariantCulture);
        var html = new HtmlWriter();
        html.Open("div", options.Attributes,
                ("class", HtmlWriter.Classes("govuk-notification-banner", success ? "govuk-notification-banner--success" : null, options.Classes)),
                ("role", role),
                ("aria-labelledby", titleId),
                ("data-module", "govuk-notification-banner"),
                ("data-disable-auto-focus", Bool(options.DisableAutoFocus)))
            .Open("div", ("class", "govuk-notification-banner__header"))
            .Open(heading, ("class", "govuk-notification-banner__title"), ("id", titleId));
        if (!string.IsNullOrEmpty(options.TitleHtml))
        {
            html.Raw(options.TitleHtml);
        }
        else
        {
            html.Text(!string.IsNullOrEmpty(options.TitleText) ? options.TitleText : success ? "Success" : "Important");
        }

        html.Close(heading).Close("div").Open("div", ("class", "govuk-notification-banner__content"));
        if (content is not null)
        {
            html.Raw(content);
        }
        else if (!string.IsNullOrEmpty(options.Html))
        {
            html.Raw(options.Html.Trim());
        }
        else if (!string.IsNullOrEmpty(options.Text))
        {
            html.Element("p", options.Text.Trim(), ("class", "govuk-notification-banner__heading"));
        }

        return html.Close("div").Close("div").ToHtml();
    }

    public static IHtmlContent Tag(TagOptions options)
    {
        var html = new HtmlWriter();
        WriteTag(html, options);
        return html.ToHtml();
    }

    private static void WriteTag(HtmlWriter html, TagOptions options) =>
        html.Open("strong", options.Attributes, ("class", HtmlWriter.Classes("govuk-tag", options.Classes))).Content(options.Text, options.Html).Close("strong");

    public static IHtmlContent Table(TableOptions options)
    {
        var html = new HtmlWriter();
        html.Open("table", options.Attributes, ("class", HtmlWriter.Classes("govuk-table", options.Classes)));
        if (!string.IsNullOrEmpty(options.Caption))
        {
            html.Element("caption", options.Caption, ("class", HtmlWriter.Classes("govuk-table__caption", options.CaptionClasses)));
        }

        if (options.Head is { Count: > 0 } head)
        {
            html.Open("thead", ("class", "govuk-table__head")).Open("tr", ("class", "govuk-table__row"));
            foreach (var cell in head)
            {
                html.Open("th", cell.Attributes,
                        ("scope", "col"),
                        ("class", HtmlWriter.Classes("govuk-table__header", cell.Format is { Length: > 0 } f ? "govuk-table__header--" + f : null, cell.Classes)),
                        ("colspan", Number(cell.Colspan)),
                        ("rowspan", Number(cell.Rowspan)))
                    .Content(cell.Text, cell.Html).Close("th");
            }

            html.Close("tr").Close("thead");
        }

        html.Open("tbody", ("class", "govuk-table__body"));
        foreach (var row in options.Rows)
        {
            if (row is null)
            {
                continue;
            }

            html.Open("tr", ("class", "govuk-table__row"));
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                if (i == 0 && options.FirstCellIsHeader)
                {
                    html.Open("th", cell.Attributes, ("scope", "row"), ("class", HtmlWriter.Classes("govuk-table__header", cell.Classes)),
                            ("colspan", Number(cell.Colspan)), ("rowspan", Number(cell.Rowspan)))
                        .Content(cell.Text, cell.Html).Close("th");
                }
                else
                {
                    html.Open("td", cell.Attributes,
                            ("class", HtmlWriter.Classes("govuk-table__cell", cell.Format is { Length: > 0 } f ? "govuk-table__cell--" + f : null, cell.Classes)),
                            ("colspan", Number(cell.Colspan)), ("rowspan", Number(cell.Rowspan)))
                        .Content(cell.Text, cell.Html).Close("td");
                }
            }

            html.Close("tr");
        }

        return html.Close("tbody").Close("table").ToHtml();

        static string? Number(int? value) => value is > 0 ? value.Value.ToString(CultureInfo.InvariantCulture) : null;
    }

    public static IHtmlContent Pagination(PaginationOptions options)
    {
        var blockLevel = options.Items is null && (options.Next is not null || options.Previous is not null);
        var html = new HtmlWriter();
        html.Open("nav", options.Attributes,
            ("class", HtmlWriter.Classes("govuk-pagination", blockLevel ? "govuk-pagination--block" : null, options.Classes)),
            ("aria-label", string.IsNullOrEmpty(options.LandmarkLabel) ? "Pagination" : options.LandmarkLabel));
        if (options.Previous is { Href.Length: > 0 } previous)
        {
            WriteArrowLink(html, previous, "prev", blockLevel);
        }

        if (options.Items is not null)
        {
            html.Open("ul", ("class", "govuk-pagination__list"));
            foreach (var item in options.Items)
            {
                if (item is null || (!item.Ellipsis && item.Number is null && item.Href is null))
                {
                    continue;
                }

                html.Open("li", ("class", HtmlWriter.Classes("govuk-pagination__item", item.Current ? "govuk-pagination__item--current" : null, item.Ellipsis ? "govuk-pagination__item--ellipsis" : null)));
                if (item.Ellipsis)
                {
                    html.Raw("&ctdot;");
                }
                else
                {
                    html.Open("a", item.Attributes,
                            ("class", "govuk-link govuk-pagination__link"),
                            ("href", item.Href),
                            ("aria-label", string.IsNullOrEmpty(item.VisuallyHiddenText) ? "Page " + item.Number : item.VisuallyHiddenText),
                            ("aria-current", item.Current ? "page" : null))
                        .Text(item.Number).Close("a");
                }

                html.Close("li");
            }

            html.Close("ul");
        }

        if (options.Next is { Href.Length: > 0 } next)
        {
            WriteArrowLink(html, next, "next", blockLevel);
        }

        return html.Close("nav").ToHtml();

        static void WriteArrowLink(HtmlWriter html, PaginationLink link, string type, bool blockLevel)
        {
            var arrow = type == "prev" ? PreviousArrow : NextArrow;
            html.Open("div", ("class", "govuk-pagination__" + type))
                .Open("a", link.Attributes, ("class", "govuk-link govuk-pagination__link"), ("href", link.Href), ("rel", type));
            if (blockLevel || type == "prev")
            {
                html.Raw(arrow);
            }

            html.Open("span", ("class", HtmlWriter.Classes("govuk-pagination__link-title", blockLevel && string.IsNullOrEmpty(link.LabelText) ? "govuk-pagination__link-title--decorated" : null)));
            if (HasContent(link.Text, link.Html))
            {
                html.Content(link.Text, link.Html);
            }
            else
            {
                html.Text(type == "prev" ? "Previous" : "Next").Open("span", ("class", "govuk-visually-hidden")).Text(" page").Close("span");
            }

            html.Close("span");
            if (!string.IsNullOrEmpty(link.LabelText) && blockLevel)
            {
                html.Element("span", ":", ("class", "govuk-visually-hidden"))
                    .Element("span", link.LabelText, ("class", "govuk-pagination__link-label"));
            }

            if (!blockLevel && type == "next")
            {
                html.Raw(arrow);
            }

            html.Close("a").Close("div");
        }
    }

    public static IHtmlContent TaskList(TaskListOptions options)
    {
        var idPrefix = string.IsNullOrEmpty(options.IdPrefix) ? "task-list" : options.IdPrefix;
        var html = new HtmlWriter();
        html.Open("ul", options.Attributes, ("class", HtmlWriter.Classes("govuk-task-list", options.Classes)));
        for (var i = 0; i < options.Items.Count; i++)
        {
            if (options.Items[i] is not { } item)
            {
                continue;
            }

            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            var hintId = $"{idPrefix}-{index}-hint";
            var statusId = $"{idPrefix}-{index}-status";
            var hasLink = !string.IsNullOrEmpty(item.Href);
            html.Open("li", ("class", HtmlWriter.Classes("govuk-task-list__item", hasLink ? "govuk-task-list__item--with-link" : null, item.Classes)))
                .Open("div", ("class", "govuk-task-list__name-and-hint"));
            if (hasLink)
            {
                html.Open("a", ("class", HtmlWriter.Classes("govuk-link govuk-task-list__link", item.Title.Classes)), ("href", item.Href),
                        ("aria-describedby", HtmlWriter.JoinIds(item.Hint is null ? null : hintId, statusId)))
                    .Content(item.Title.Text, item.Title.Html).Close("a");
            }
            else
            {
                html.Open("div", ("class", HtmlWriter.NullIfEmpty(item.Title.Classes))).Content(item.Title.Text, item.Title.Html).Close("div");
            }

            if (item.Hint is { } hint)
            {
                html.Open("div", ("id", hintId), ("class", "govuk-task-list__hint")).Content(hint.Text, hint.Html).Close("div");
            }

            html.Close("div")
                .Open("div", ("class", HtmlWriter.Classes("govuk-task-list__status", item.Status?.Classes)), ("id", statusId));
            if (item.Status?.Tag is { } tag)
            {
                WriteTag(html, tag);
            }
            else
            {
                html.Content(item.Status?.Text, item.Status?.Html);
            }

            html.Close("div").Close("li");
        }

        return html.Close("ul").ToHtml();
    }

    public static IHtmlContent ErrorSummary(ErrorSummaryOptions options)
    {
        var html = new HtmlWriter();
        html.Open("div", options.Attributes,
                ("class", HtmlWriter.Classes("govuk-error-summary", options.Classes)),
                ("data-disable-auto-focus", Bool(options.DisableAutoFocus)),
                ("data-module", "govuk-error-summary"))
            // role="alert" sits on a child so the focusing script cannot race the announcement.
            .Open("div", ("role", "alert"))
            .Open("h2", ("class", "govuk-error-summary__title")).Content(options.TitleText, options.TitleHtml).Close("h2")
            .Open("div", ("class", "govuk-error-summary__body"));
        if (HasContent(options.DescriptionText, options.DescriptionHtml))
        {
            html.Open("p").Content(options.DescriptionText, options.DescriptionHtml).Close("p");
        }

        if (options.ErrorList is { Count: > 0 } errors)
        {
            html.Open("ul", ("class", "govuk-list govuk-error-summary__list"));
            foreach (var error in errors)
            {
                html.Open("li");
                if (!string.IsNullOrEmpty(error.Href))
                {
                    html.Open("a", error.Attributes, ("href", error.Href)).Content(error.Text, error.Html).Close("a");
                }
                else
                {
                    html.Content(error.Text, error.Html);
                }

                html.Close("li");
            }

            html.Close("ul");
        }

        return html.Close("div").Close("div").Close("div").ToHtml();
    }
}
