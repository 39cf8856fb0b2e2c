using System.Text.Json;

namespace Beacon.Core.Cases;

/// <summary>A referral whose columns break the law's rules (a child reported anonymously, an adult referred without informed consent).</summary>
public sealed class ReferralRuleException(string message) : InvalidOperationException(message);

/// <summary>
/// The rules of the journey that hold whatever code saves a referral: run from SaveChanges through
/// <see cref="DutyToNotifyPrivacy.Enforce"/>, as well as refused earlier by <see cref="ReferralService"/>.
/// </summary>
public static class ReferralRules
{
    public static bool IsChild(AgeAnswer? age) => age is AgeAnswer.Under18 or AgeAnswer.NotSure;

    public static void Validate(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);

        // A child, or someone who may be one, is always referred into the NRM: never anonymously.
        if (referral.Kind == ReferralKind.DutyToNotify && referral.UnderEighteen != AgeAnswer.Adult)
        {
            throw new ReferralRuleException("A child, or a person who may be a child, cannot be reported by Duty to Notify.");
        }

        if (referral.Kind == ReferralKind.Nrm && referral.UnderEighteen == AgeAnswer.Adult
            && (referral.ConsentGiven != true || referral.ExplanationsGiven != ConsentExplanations.All))
        {
            throw new ReferralRuleException("An adult is referred into the NRM only with informed consent, after all four explanations.");
        }
    }

    /// <summary>The columns the clocks, rules and statistics read, derived from the answers.</summary>
    public static void Derive(Referral referral, ReferralAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(answers);
        var age = answers.Age.UnderEighteen;
        var child = IsChild(age);
        if (child)
        {
            // Not asked of a child: whatever was posted, there is no consent question and no Duty to Notify.
            answers.Consent.Consents = null;
            answers.Age.UnderEighteenAtExploitation = null;
            answers.DutyToNotify = new DutyToNotifySection();
        }

        referral.UnderEighteen = age;
        referral.UnderEighteenAtExploitation = child ? AgeAnswer.Under18 : answers.Age.UnderEighteenAtExploitation;
        referral.ExplanationsGiven = answers.Consent.Explained & ConsentExplanations.All;
        referral.ConsentGiven = age == AgeAnswer.Adult ? answers.Consent.Consents : null;
        referral.Kind = age switch
        {
            null => null,
            _ when child => ReferralKind.Nrm,
            _ when answers.Consent.Consents == true && referral.ExplanationsGiven == ConsentExplanations.All => ReferralKind.Nrm,
            _ when answers.Consent.Consents == false => ReferralKind.DutyToNotify,
            _ => null,
        };
        referral.AgreesToCooperate = referral.Kind == ReferralKind.DutyToNotify ? answers.DutyToNotify.AgreesToCooperate : null;
        if (referral.Kind == ReferralKind.DutyToNotify && referral.AgreesToCooperate != true)
        {
            DutyToNotifyPrivacy.Strip(answers);
        }

        referral.Exploitation = answers.Exploiters.Components;
        referral.ExploitedIn = answers.Where.ExploitedIn ?? ExploitedIn.NotKnown;
        var dutyToNotify = referral.Kind == ReferralKind.DutyToNotify;
        referral.Gender = (dutyToNotify ? answers.DutyToNotify.Gender : answers.Person.Gender) ?? Gender.NotKnown;
        referral.NationalityCode = dutyToNotify ? answers.DutyToNotify.NationalityCode : answers.Person.NationalityCode;
        referral.DecisionMaker = DecisionMaker.SingleCompetentAuthority;
        referral.AnswersJson = JsonSerializer.Serialize(answers, DutyToNotifyPrivacy.Json);
    }

    public static ReferralAnswers Read(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return Read(referral.AnswersJson);
    }

    public static ReferralAnswers Read(string json) =>
        JsonSerializer.Deserialize<ReferralAnswers>(json, DutyToNotifyPrivacy.Json) ?? new ReferralAnswers();
}
