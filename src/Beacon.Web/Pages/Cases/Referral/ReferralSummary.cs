using Beacon.Core.Cases;

namespace Beacon.Web.Pages.Cases.Referral;

public sealed record SummaryRow(string Key, string Value, string Page);

public sealed record SummarySection(string Letter, string Title, IReadOnlyList<SummaryRow> Rows);

/// <summary>A referral's answers in the national form's order (A to K), for check your answers and the print view.</summary>
public static class ReferralSummary
{
    private static readonly string[] Middle = ["background", "exploitation", "insight", "where", "exploiters"];

    private static readonly string[] Last = ["person", "contact"];

    public static IReadOnlyList<SummarySection> For(Core.Cases.Referral referral, ReferralAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(answers);
        var sections = new List<SummarySection>();
        SummarySection Generic(string slug)
        {
            var def = ReferralForm.Find(slug)!;
            var section = def.Section(answers);
            return new SummarySection(def.Letter, def.Title, [.. def.Fields.Select(f => new SummaryRow(f.Label, ReferralForm.Display(section, f), slug))]);
        }

        bool Applies(string slug) => ReferralForm.Find(slug)!.Applies(referral);

        sections.Add(Generic("first-responder"));
        var child = ReferralRules.IsChild(answers.Age.UnderEighteen);
        List<SummaryRow> age = [new("Under 18?", AgeText(answers.Age.UnderEighteen), "age")];
        if (child)
        {
            age.Add(new("Local authority", answers.Age.LocalAuthorityCode ?? "Not answered", "age"));
            age.Add(new("Local authority contact", string.Join("\n", new[] { answers.Age.LocalAuthorityContactName, answers.Age.LocalAuthorityContactPhone, answers.Age.LocalAuthorityContactEmail }.Where(s => !string.IsNullOrWhiteSpace(s)).DefaultIfEmpty("Not answered")), "age"));
        }
        else if (answers.Age.UnderEighteen == AgeAnswer.Adult)
        {
            age.Add(new("Under 18 at the time of the exploitation?", AgeText(answers.Age.UnderEighteenAtExploitation), "age"));
        }

        sections.Add(new SummarySection("B", "Age", age));
        foreach (var slug in Middle.Where(Applies))
        {
            sections.Add(Generic(slug));
        }

        if (answers.Age.UnderEighteen == AgeAnswer.Adult)
        {
            List<SummaryRow> consent =
            [
                new("Explained to them", string.Join("\n", ReferralForm.Explanations.Where(c => referral.ExplanationsGiven.HasFlag(Enum.Parse<ConsentExplanations>(c.Value))).Select(c => c.Label).DefaultIfEmpty("Nothing yet")), "explanations"),
                new("Agrees to an NRM referral?", answers.Consent.Consents switch { true => "Yes", false => "No: Duty to Notify report", _ => "Not answered" }, "consent"),
            ];
            if (Applies("support"))
            {
                consent.AddRange(Generic("support").Rows);
            }

            sections.Add(new SummarySection("H", "Consent and support", consent));
        }

        if (referral.Kind == ReferralKind.DutyToNotify)
        {
            List<SummaryRow> dtn = [new("Agrees to co-operate with the authorities?", answers.DutyToNotify.AgreesToCooperate switch { true => "Yes", false => "No", _ => "Not answered" }, "co-operation")];
            dtn.AddRange(Generic("duty-to-notify").Rows);
            if (Applies("cooperating-person"))
            {
                dtn.AddRange(Generic("cooperating-person").Rows);
            }

            sections.Add(new SummarySection("I", "Duty to Notify", dtn));
        }

        foreach (var slug in Last.Where(Applies))
        {
            sections.Add(Generic(slug));
        }

        return sections;
    }

    public static string AgeText(AgeAnswer? age) => age switch
    {
        AgeAnswer.Under18 => "Yes",
        AgeAnswer.Adult => "No",
        AgeAnswer.NotSure => "Not sure",
        _ => "Not answered",
    };
}
