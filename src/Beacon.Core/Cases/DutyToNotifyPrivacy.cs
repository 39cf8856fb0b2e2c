using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beacon.Core.Cases;

/// <summary>A write that would store something identifying about a person who has not agreed to it (s.52(3)).</summary>
public sealed class IdentifyingDataRefusedException(string message) : InvalidOperationException(message);

/// <summary>
/// Modern Slavery Act 2015 s.52(3): a Duty to Notify report must not identify the person unless
/// they agree to co-operate. Enforced on every save of the model, whatever page or service made
/// the change: a Duty to Notify referral without co-operation cannot hold names, a date of birth,
/// references or contact details. The database refuses the same for the person and concerns of an
/// anonymous case (triggers in the CaseJourney migration), since those rows are outside the
/// referral's document.
/// </summary>
public static class DutyToNotifyPrivacy
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Enforce(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<Referral>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Check(entry.Entity);
            }
        }
    }

    public static void Check(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ReferralRules.Validate(referral);
        if (referral.Kind != ReferralKind.DutyToNotify || referral.AgreesToCooperate == true)
        {
            return;
        }

        var answers = JsonSerializer.Deserialize<ReferralAnswers>(referral.AnswersJson, Json) ?? new ReferralAnswers();
        if (Identifies(answers))
        {
            throw new IdentifyingDataRefusedException("A Duty to Notify report for a person who has not agreed to co-operate cannot hold anything that identifies them.");
        }
    }

    /// <summary>Whether the answers hold anything that could identify the person.</summary>
    public static bool Identifies(ReferralAnswers answers) =>
        answers.Person.HasIdentifyingData
        || !string.IsNullOrWhiteSpace(answers.Contact.RecipientName)
        || !string.IsNullOrWhiteSpace(answers.Contact.Email)
        || !string.IsNullOrWhiteSpace(answers.Contact.PostalAddress)
        || !string.IsNullOrWhiteSpace(answers.Consent.ContactNumber)
        || !string.IsNullOrWhiteSpace(answers.Where.UkAddress);

    /// <summary>
    /// Empties everything identifying from answers when an adult declines the NRM and will not
    /// co-operate: what the journey must do before saving, rather than be refused.
    /// </summary>
    public static void Strip(ReferralAnswers answers)
    {
        answers.Person = new PersonSection
        {
            Gender = answers.Person.Gender,
            NationalityCode = answers.Person.NationalityCode,
            SecondNationalityCode = answers.Person.SecondNationalityCode,
            EstimatedAge = answers.Person.EstimatedAge,
            InterpreterNeeded = answers.Person.InterpreterNeeded,
            InterpreterLanguage = answers.Person.InterpreterLanguage,
        };
        answers.Contact.RecipientName = null;
        answers.Contact.Email = null;
        answers.Contact.PostalAddress = null;
        answers.Consent.ContactNumber = null;
        answers.Consent.ContactNumberWhose = null;
        answers.Where.UkAddress = null;
    }
}
