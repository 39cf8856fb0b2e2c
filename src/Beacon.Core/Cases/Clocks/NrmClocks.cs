namespace Beacon.Core.Cases.Clocks;

/// <summary>
/// The national timescales a case is held to, in one place so the case page, the reminders and the
/// reports agree on when something is due. Each returns the due date; whether it was met is the caller's.
/// </summary>
public static class NrmClocks
{
    /// <summary>The SCA and IECA aim to make the reasonable grounds decision within 5 working days of referral.</summary>
    public const int ReasonableGroundsWorkingDays = 5;

    /// <summary>A devolved local panel's reasonable grounds decision is due within 45 calendar days of referral.</summary>
    public const int DevolvedPanelReasonableGroundsCalendarDays = 45;

    /// <summary>
    /// The recovery period: no conclusive grounds decision before 30 calendar days after a positive
    /// reasonable grounds decision, so the person has time to recover before being asked more.
    /// </summary>
    public const int ConclusiveGroundsMinimumCalendarDays = 30;

    /// <summary>Once a concern is accepted, the referral to family wellbeing support is due within 24 hours.</summary>
    public static readonly TimeSpan FamilyWellbeingReferralWithin = TimeSpan.FromHours(24);

    /// <summary>The day the reasonable grounds decision is due, by who decides it.</summary>
    public static DateOnly ReasonableGroundsDue(DateOnly referredOn, DecisionMaker maker) => maker switch
    {
        DecisionMaker.SingleCompetentAuthority or DecisionMaker.ImmigrationEnforcementCompetentAuthority =>
            WorkingDays.Add(referredOn, ReasonableGroundsWorkingDays),
        DecisionMaker.DevolvedPanel => referredOn.AddDays(DevolvedPanelReasonableGroundsCalendarDays),
        _ => throw new ArgumentOutOfRangeException(nameof(maker), maker, "Not a decision maker."),
    };

    /// <summary>The first day a conclusive grounds decision may be made.</summary>
    public static DateOnly ConclusiveGroundsNotBefore(DateOnly positiveRgOn) =>
        positiveRgOn.AddDays(ConclusiveGroundsMinimumCalendarDays);

    /// <summary>
    /// When the family wellbeing referral is due: 24 elapsed hours, running through weekends and bank
    /// holidays (so across a clock change it is 23 or 25 hours by the wall clock). The offset of
    /// <paramref name="concernAcceptedAt"/> is kept; convert to UK time to show it.
    /// </summary>
    public static DateTimeOffset FamilyWellbeingReferralDue(DateTimeOffset concernAcceptedAt) =>
        concernAcceptedAt + FamilyWellbeingReferralWithin;
}
