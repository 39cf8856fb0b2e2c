namespace Beacon.Core.Cases;

/// <summary>
/// The answers of an NRM referral or Duty to Notify report, section by section in the national
/// form's order (design/nrm-form.md), stored as one JSON document on the referral. Free text is at
/// most <see cref="MaxText"/> characters a box, as nationally.
/// </summary>
public sealed class ReferralAnswers
{
    public const int MaxText = 15_000;

    public FirstResponderSection FirstResponder { get; set; } = new();

    public AgeSection Age { get; set; } = new();

    public BackgroundSection Background { get; set; } = new();

    public ExploitationSection Exploitation { get; set; } = new();

    public ProfessionalInsightSection Insight { get; set; } = new();

    public WhereSection Where { get; set; } = new();

    public ExploitersSection Exploiters { get; set; } = new();

    public ConsentSection Consent { get; set; } = new();

    public DutyToNotifySection DutyToNotify { get; set; } = new();

    public PersonSection Person { get; set; } = new();

    public DecisionContactSection Contact { get; set; } = new();
}

public enum UkNation
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

public enum YesNoNotSure
{
    Yes,
    No,
    NotSure,
}

public enum LastContact
{
    WithinAWeek,
    WithinAMonth,
    WithinThreeMonths,
    WithinSixMonths,
    SixToTwelveMonths,
    OverAYear,
    NotSure,
}

/// <summary>A. First responder.</summary>
public sealed class FirstResponderSection
{
    public string? WorkEmail { get; set; }

    public string? OwnReference { get; set; }

    /// <summary>Code from the national first responder list.</summary>
    public string? OrganisationCode { get; set; }

    public UkNation? Nation { get; set; }
}

/// <summary>B. Age. A child (or not sure) always goes to the NRM with the local authority contacted.</summary>
public sealed class AgeSection
{
    public AgeAnswer? UnderEighteen { get; set; }

    public AgeAnswer? UnderEighteenAtExploitation { get; set; }

    /// <summary>Code from the UK local authorities list.</summary>
    public string? LocalAuthorityCode { get; set; }

    public string? LocalAuthorityContactName { get; set; }

    public string? LocalAuthorityContactPhone { get; set; }

    public string? LocalAuthorityContactEmail { get; set; }
}

/// <summary>C. Background.</summary>
public sealed class BackgroundSection
{
    public string? Birthplace { get; set; }

    public string? Family { get; set; }

    public string? Education { get; set; }

    public string? EmploymentHistory { get; set; }
}

/// <summary>D. Exploitation.</summary>
public sealed class ExploitationSection
{
    public YesNoNotSure? MoreThanOneSituation { get; set; }

    public string? WhenAndTypes { get; set; }

    public string? HowItStarted { get; set; }

    public bool? TakenSomewhere { get; set; }

    public string? Journey { get; set; }

    public string? AverageDay { get; set; }

    public string? LivingConditions { get; set; }

    public string? Treatment { get; set; }

    public bool? StillInSituation { get; set; }

    public string? WhatKeepsThemOrHowTheyLeft { get; set; }

    public LastContact? LastContactWithExploiters { get; set; }

    public string? LastContactDetails { get; set; }

    public YesNoNotSure? ReportedBefore { get; set; }

    public string? EarlierReferences { get; set; }

    public string? WhatStoppedReporting { get; set; }
}

/// <summary>E. Professional insight.</summary>
public sealed class ProfessionalInsightSection
{
    public bool? IndicatorsIdentified { get; set; }

    public Indicators Indicators { get; set; }

    public string? IndicatorsContext { get; set; }

    public string? Interview { get; set; }

    public string? WhyReferring { get; set; }

    public string? CredibilityConcerns { get; set; }

    public string? OtherProfessionals { get; set; }
}

/// <summary>F. Where.</summary>
public sealed class WhereSection
{
    public ExploitedIn? ExploitedIn { get; set; }

    /// <summary>Up to 10 towns or cities.</summary>
    public List<string> UkTowns { get; set; } = [];

    public string? UkAddress { get; set; }

    /// <summary>Up to 10 country codes.</summary>
    public List<string> Countries { get; set; } = [];

    public string? OverseasDetails { get; set; }

    public string? CurrentTown { get; set; }

    /// <summary>Code from the UK regions list.</summary>
    public string? CurrentRegionCode { get; set; }
}

/// <summary>G. Exploiters and the exploitation.</summary>
public sealed class ExploitersSection
{
    public string? WhoTheyAre { get; set; }

    public string? WhereTheyAreNow { get; set; }

    public ExploitationComponents Components { get; set; }

    public string? OtherDescription { get; set; }

    public YesNoNotSure? OtherVictims { get; set; }

    public string? OtherVictimsDetails { get; set; }

    public bool? ReExploitationConcern { get; set; }

    public string? ReExploitationDetails { get; set; }

    public bool? CrimeReported { get; set; }

    /// <summary>Code from the UK police forces list.</summary>
    public string? PoliceForceCode { get; set; }

    public string? CrimeReference { get; set; }

    public YesNoNotSure? WillingToCooperateWithPolice { get; set; }
}

public enum SupportContactMethod
{
    OwnPhone,
    AnotherNumber,
    NoPhone,
}

/// <summary>H. Consent and support (adults).</summary>
public sealed class ConsentSection
{
    public bool? Consents { get; set; }

    public ConsentExplanations Explained { get; set; }

    public bool? WantsSupport { get; set; }

    public SupportContactMethod? ContactMethod { get; set; }

    public string? ContactNumber { get; set; }

    public string? ContactNumberWhose { get; set; }

    public string? NoContactReason { get; set; }
}

/// <summary>I. Duty to Notify (an adult who does not consent).</summary>
public sealed class DutyToNotifySection
{
    public string? WhyNoReferral { get; set; }

    public bool? AgreesToCooperate { get; set; }

    public Gender? Gender { get; set; }

    public string? NationalityCode { get; set; }

    public string? SecondNationalityCode { get; set; }
}

/// <summary>J. The person (NRM, or Duty to Notify with co-operation).</summary>
public sealed class PersonSection
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Nickname { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public int? EstimatedAge { get; set; }

    public Gender? Gender { get; set; }

    public int? NumberOfChildren { get; set; }

    public string? NationalityCode { get; set; }

    public string? SecondNationalityCode { get; set; }

    public bool? InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? CommunicationNeeds { get; set; }

    public string? HomeOfficeReferences { get; set; }

    /// <summary>Contact details, where a Duty to Notify person co-operates or for the NRM.</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>True when the section holds anything that could identify the person (s.52(3)).</summary>
    public bool HasIdentifyingData =>
        !string.IsNullOrWhiteSpace(FirstName) || !string.IsNullOrWhiteSpace(LastName) || !string.IsNullOrWhiteSpace(Nickname)
        || DateOfBirth is not null || !string.IsNullOrWhiteSpace(HomeOfficeReferences)
        || !string.IsNullOrWhiteSpace(Phone) || !string.IsNullOrWhiteSpace(Email);
}

public enum DecisionRecipient
{
    Person,
    SupportWorker,
    LegalRepresentative,
}

/// <summary>K. Decisions and contact.</summary>
public sealed class DecisionContactSection
{
    public DecisionRecipient? Recipient { get; set; }

    public string? RecipientName { get; set; }

    public string? Email { get; set; }

    public bool? SafeToEmail { get; set; }

    public string? PostalAddress { get; set; }

    public bool? SafeToWrite { get; set; }

    public string? ResponderName { get; set; }

    public string? ResponderRole { get; set; }

    public string? ResponderPhone { get; set; }

    public string? TeamMailbox { get; set; }
}
