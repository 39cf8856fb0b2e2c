using System.Globalization;

namespace Beacon.Core.Cases;

/// <summary>How decisions, their makers and the boards read on pages, in audit events and in emails.</summary>
public static class DecisionText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Kind(DecisionKind kind) => kind switch
    {
        DecisionKind.ReasonableGrounds => "Reasonable grounds",
        DecisionKind.ConclusiveGrounds => "Conclusive grounds",
        _ => kind.ToString(),
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Positive => "positive",
        DecisionOutcome.Negative => "negative",
        _ => outcome.ToString(),
    };

    public static string MakerShort(DecisionMaker maker) => maker switch
    {
        DecisionMaker.SingleCompetentAuthority => "SCA",
        DecisionMaker.ImmigrationEnforcementCompetentAuthority => "IECA",
        DecisionMaker.DevolvedPanel => "devolved panel",
        _ => maker.ToString(),
    };

    public static string Maker(DecisionMaker maker) => maker switch
    {
        DecisionMaker.SingleCompetentAuthority => "Single Competent Authority (SCA)",
        DecisionMaker.ImmigrationEnforcementCompetentAuthority => "Immigration Enforcement Competent Authority (IECA)",
        DecisionMaker.DevolvedPanel => "Devolved decision-making panel",
        _ => maker.ToString(),
    };

    /// <summary>"Reasonable grounds: negative (SCA)", as the timeline shows it.</summary>
    public static string Decision(DecisionKind kind, DecisionOutcome outcome, DecisionMaker maker) =>
        $"{Kind(kind)}: {Outcome(outcome)} ({MakerShort(maker)})";

    public static string Requester(ReconsiderationRequester requester) => requester switch
    {
        ReconsiderationRequester.FirstResponder => "First responder",
        ReconsiderationRequester.SupportProvider => "Support provider",
        _ => requester.ToString(),
    };

    public static string Board(EscalationBoard board) => board switch
    {
        EscalationBoard.ChildrenSafeguardingPartnership => "children's safeguarding partnership",
        EscalationBoard.SafeguardingAdultsBoard => "safeguarding adults board",
        _ => board.ToString(),
    };

    public static EscalationBoard BoardFor(CaseRoute route) =>
        route == CaseRoute.Child ? EscalationBoard.ChildrenSafeguardingPartnership : EscalationBoard.SafeguardingAdultsBoard;

    public static string ReferralKind(ReferralKind? kind) => kind switch
    {
        Cases.ReferralKind.Nrm => "NRM referral",
        Cases.ReferralKind.DutyToNotify => "Duty to Notify report",
        _ => "Referral",
    };

    public static string ReferralStatus(ReferralStatus status) => status switch
    {
        Cases.ReferralStatus.Draft => "Draft",
        Cases.ReferralStatus.Submitted => "Submitted",
        Cases.ReferralStatus.Withdrawn => "Withdrawn",
        Cases.ReferralStatus.Suspended => "Suspended",
        _ => status.ToString(),
    };

    public static string ActionKind(SafeguardingActionKind kind) => kind switch
    {
        SafeguardingActionKind.StrategyMeeting => "Strategy meeting (section 47)",
        SafeguardingActionKind.ChildProtectionEnquiry => "Child protection enquiry",
        SafeguardingActionKind.FamilyWellbeingReferral => "Family Wellbeing referral",
        SafeguardingActionKind.CareActEnquiry => "Care Act section 42 enquiry",
        SafeguardingActionKind.Housing => "Housing",
        SafeguardingActionKind.SupportOrganisationReferral => "Referral to a support organisation",
        SafeguardingActionKind.Other => "Other action",
        _ => kind.ToString(),
    };

    public static string ActionStatus(SafeguardingActionStatus status) => status switch
    {
        SafeguardingActionStatus.NotStarted => "Not started",
        SafeguardingActionStatus.InProgress => "In progress",
        SafeguardingActionStatus.Done => "Done",
        SafeguardingActionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
