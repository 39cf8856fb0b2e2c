namespace Beacon.Core.Statistics;

/// <summary>The six tables of the Home Office's NRM and Duty to Notify statistics that Beacon imports.</summary>
public enum StatisticsTableKind
{
    /// <summary>NRM referrals by year, quarter, age and location of exploitation.</summary>
    ReferralsLongitudinal,

    /// <summary>Reasonable grounds decisions by year, quarter, age and outcome.</summary>
    ReasonableGrounds,

    /// <summary>Conclusive grounds decisions by year, quarter, age and outcome.</summary>
    ConclusiveGrounds,

    /// <summary>Duty to Notify reports by year and quarter.</summary>
    DutyToNotifyLongitudinal,

    /// <summary>Duty to Notify reports by nationality, for one quarter.</summary>
    DutyToNotifyByNationality,

    /// <summary>NRM referrals by first responder, exploitation type, age, gender and nationality, for one quarter.</summary>
    ReferralsByFirstResponder,
}
