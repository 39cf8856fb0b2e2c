namespace Beacon.Core.Cases;

/// <summary>Under 18? as the concern and the NRM form ask it (form section B).</summary>
public enum AgeAnswer
{
    Under18,
    Adult,
    NotSure,
}

/// <summary>Which service works the case. Age unsure is the child route until assessed.</summary>
public enum CaseRoute
{
    Child,
    Adult,
}

/// <summary>The form's genders (section J); "does not identify as either" is published as Other.</summary>
public enum Gender
{
    Female,
    Male,
    DoesNotIdentifyAsEither,
    NotKnown,
}

/// <summary>Where the person was exploited (form section F), as the statistics publish it.</summary>
public enum ExploitedIn
{
    NotKnown,
    Uk,
    Overseas,
    UkAndOverseas,
}

/// <summary>
/// How the person was exploited: the form's components (section G), all that apply. The published
/// exploitation type is derived from these, never typed.
/// </summary>
[Flags]
public enum ExploitationComponents
{
    None = 0,

    /// <summary>Labour and financial: forced to work for nothing or almost nothing.</summary>
    ForcedWorkForLittleOrNoPay = 1 << 0,

    /// <summary>Labour and financial: wages taken by force or coercion.</summary>
    WagesTaken = 1 << 1,

    /// <summary>Labour and financial: forced to commit fraud.</summary>
    ForcedFraud = 1 << 2,

    /// <summary>Sexual: forced into prostitution.</summary>
    ForcedProstitution = 1 << 3,

    /// <summary>Sexual: child sexual exploitation, including child sex trafficking.</summary>
    ChildSexualExploitation = 1 << 4,

    /// <summary>Sexual: taken somewhere, held and sexually assaulted.</summary>
    HeldAndSexuallyAssaulted = 1 << 5,

    /// <summary>Criminal: forced to commit crime (cannabis growing, drug dealing, begging, county lines).</summary>
    ForcedCriminality = 1 << 6,

    /// <summary>Organ harvesting: organs removed against their will.</summary>
    OrgansRemoved = 1 << 7,

    /// <summary>Domestic servitude: unpaid or low-paid household work.</summary>
    DomesticServitude = 1 << 8,

    /// <summary>Other, described in the referral.</summary>
    Other = 1 << 9,
}

/// <summary>The signs a member of staff may spot (domain: "Indicators").</summary>
[Flags]
public enum Indicators : long
{
    None = 0,
    WorksAgainstTheirWill = 1L << 0,
    CannotLeave = 1L << 1,
    MovementControlled = 1L << 2,
    FearOrAnxiety = 1L << 3,
    ViolenceOrThreats = 1L << 4,
    Injuries = 1L << 5,
    DistrustOfAuthorities = 1L << 6,
    FearAboutImmigrationStatus = 1L << 7,
    DocumentsHeldByOthers = 1L << 8,
    FalseOrNoDocuments = 1L << 9,
    DebtBondage = 1L << 10,
    DoesNotKnowAddress = 1L << 11,
    OthersSpeakForThem = 1L << 12,
    PoorOrOvercrowdedAccommodation = 1L << 13,
    LittleOrNoPay = 1L << 14,
    NoDaysOff = 1L << 15,
    ExcessiveHours = 1L << 16,
    NoMedicalCare = 1L << 17,
    LimitedSocialContact = 1L << 18,
    FalsePromises = 1L << 19,

    // Children's indicators.
    GoingMissing = 1L << 20,
    UnexplainedMoneyOrPhones = 1L << 21,
    OlderAssociates = 1L << 22,
    CountyLines = 1L << 23,
}

/// <summary>Red, amber or green: how urgently triage should act on a concern.</summary>
public enum RagRating
{
    Red,
    Amber,
    Green,
}

/// <summary>The kind of place where the signs were seen; the area's picture counts the ones that recur.</summary>
public enum PlaceType
{
    NotKnown,
    CarWash,
    NailBar,
    Agriculture,
    Construction,
    Factory,
    Warehouse,
    Hospitality,
    PrivateHome,
    SexIndustry,
    CannabisFarm,
    Street,
    TransportHub,
    Other,
}
