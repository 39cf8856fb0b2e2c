using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Core.Reporting;
using Beacon.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.AreaPicture;

/// <summary>
/// The area's picture: counts of referrals, decisions, safeguarding actions and concerns in the
/// asker's areas for a period. Aggregates only, so it reads past the case filter (a board member
/// sees no case, yet the board reads every referral's count); the areas are always cut down to the
/// asker's own, and nothing here returns a row about one person. Every count is grouped in the
/// database; only the grouped rows come back.
/// </summary>
/// <remarks>
/// What each figure counts:
/// <list type="bullet">
/// <item>a referral in the quarter it was made (<see cref="Referral.ReferredOn"/>), in the area and
/// by the organisation and team that made it (fixed when it was submitted), whatever happened to it
/// after, as the Home Office counts them;</item>
/// <item>decisions in the quarter they were made; a referral's time to reasonable grounds from its
/// first reasonable grounds decision; waiting for conclusive grounds as at the end of the period
/// (or today, if sooner);</item>
/// <item>safeguarding actions set in the period, on cases in the area (the organisation filter: the
/// organisation working the case);</item>
/// <item>concerns raised in the period (the organisation filter: the one that raised them).</item>
/// </list>
/// </remarks>
public sealed class AreaPictureService(AppDbContext db, TimeProvider time)
{
    /// <summary>Nationalities shown by name; the rest are added up as "Other nationalities".</summary>
    public const int NationalitiesShown = 15;

    /// <summary>Places and businesses recur from this many concerns.</summary>
    public const int RecursFrom = 2;

    public async Task<AreaPictureResult> BuildAsync(AreaPictureFilter filter, Audience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = db.Scope;
        if (!scope.IsSystem && !scope.Has(Accounts.Capability.AreaPictureView))
        {
            throw new InvalidOperationException("The area's picture needs AreaPictureView.");
        }

        var areas = scope.IsSystem ? filter.AreaIds.ToList() : filter.AreaIds.Count == 0 ? scope.AreaIds.ToList() : filter.AreaIds.Where(scope.AreaIds.Contains).ToList();
        var from = filter.From.CompareTo(filter.To) <= 0 ? filter.From : filter.To;
        var to = filter.From.CompareTo(filter.To) <= 0 ? filter.To : filter.From;
        var period = new Period(from.Start, to.End, UkTime.StartOf(from.Start).ToUniversalTime(), UkTime.StartOf(to.End.AddDays(1)).ToUniversalTime());
        var today = UkTime.Today(time);
        var asAt = period.To < today ? period.To : today;
        var organisation = filter.OrganisationId;

        var referrals = Referrals(areas, organisation);
        var inPeriod = referrals.Where(r => r.ReferredOn >= period.From && r.ReferredOn <= period.To);

        var main = await inPeriod
            .GroupBy(r => new { r.ReferredOn!.Value.Year, r.ReferredOn.Value.Month, r.Kind, r.Route, r.UnderEighteenAtExploitation, r.Gender, r.ExploitedIn, r.Exploitation })
            .Select(g => new MainRow(g.Key.Year, g.Key.Month, g.Key.Kind, g.Key.Route, g.Key.UnderEighteenAtExploitation, g.Key.Gender, g.Key.ExploitedIn, g.Key.Exploitation, g.Count()))
            .ToListAsync(cancellationToken);
        var nationalities = await inPeriod
            .GroupBy(r => new { r.NationalityCode, r.Kind })
            .Select(g => new KeyedRow<string?>(g.Key.NationalityCode, g.Key.Kind, g.Count()))
            .ToListAsync(cancellationToken);
        var responders = await inPeriod
            .GroupBy(r => new { r.FirstResponderOrganisationId, r.FirstResponderTeamId, r.Kind })
            .Select(g => new ResponderRow(g.Key.FirstResponderOrganisationId, g.Key.FirstResponderTeamId, g.Key.Kind, g.Count()))
            .ToListAsync(cancellationToken);

        var organisationIds = responders.Select(r => r.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Type }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var teamIds = responders.Select(r => r.TeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var decisions = await DecisionsAsync(referrals, period, asAt, cancellationToken);
        var safeguarding = await SafeguardingAsync(areas, organisation, period, cancellationToken);
        var places = await PlacesAsync(areas, organisation, period, cancellationToken);

        var quarters = Quarter.Range(from, to).ToList();
        var byQuarter = quarters.Select(q => new QuarterFigures(
            q,
            main.Where(m => m.Kind == ReferralKind.Nrm && Quarter.Of(new DateOnly(m.Year, m.Month, 1)) == q).Sum(m => m.Count),
            main.Where(m => m.Kind == ReferralKind.DutyToNotify && Quarter.Of(new DateOnly(m.Year, m.Month, 1)) == q).Sum(m => m.Count))).ToList();

        var figures = new LocalFigures(
            byQuarter,
            NrmBy(main, m => PublishedCategories.ExploitationType(m.Exploitation)),
            nationalities.Where(n => n.Kind == ReferralKind.Nrm).GroupBy(n => Nationality(n.Key)).ToDictionary(g => g.Key, g => g.Sum(n => n.Count)),
            NrmBy(main, m => PublishedCategories.AgeAtExploitation(m.UnderEighteenAtExploitation)),
            responders.Where(r => r.Kind == ReferralKind.Nrm)
                .GroupBy(r => r.OrganisationId is { } id && organisations.TryGetValue(id, out var o) ? PublishedCategories.FirstResponderType(o.Type) : PublishedCategories.NotSpecified)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));

        var referralTables = new List<ReportTable>
        {
            KindTable("referrals-by-quarter", "NRM referrals and Duty to Notify reports by quarter", "Quarter",
                byQuarter.Select(q => (q.Quarter.Label, q.NrmReferrals, q.DutyToNotifyReports)), ChartKind.Columns,
                "Counted in the quarter the referral or report was made."),
        };
        if (from.Year != to.Year)
        {
            referralTables.Add(KindTable("referrals-by-year", "NRM referrals and Duty to Notify reports by calendar year", "Year",
                byQuarter.GroupBy(q => q.Quarter.Year).Select(g => (Year(g.Key, g), g.Sum(q => q.NrmReferrals), g.Sum(q => q.DutyToNotifyReports))), ChartKind.Columns, null));
        }

        referralTables.Add(KindTable("referrals-by-route", "By route when referred", "Route",
            Ordered(main, m => m.Route switch { CaseRoute.Child => "Child route", CaseRoute.Adult => "Adult route", _ => PublishedCategories.NotSpecified }, ["Child route", "Adult route"]), ChartKind.HorizontalBars,
            "The case's route (child or adult) when the referral was made."));
        referralTables.Add(KindTable("referrals-by-age", "By age at exploitation", "Age at exploitation",
            Ordered(main, m => PublishedCategories.AgeAtExploitation(m.UnderEighteenAtExploitation), [PublishedCategories.Child, PublishedCategories.Adult]), ChartKind.HorizontalBars,
            "As the Home Office publishes it: whether the person was under 18 when the exploitation began."));
        referralTables.Add(KindTable("referrals-by-gender", "By gender", "Gender",
            Ordered(main, m => PublishedCategories.Gender(m.Gender), ["Female", "Male", "Other"]), ChartKind.HorizontalBars, null));
        referralTables.Add(KindTable("referrals-by-nationality", "By nationality", "Nationality",
            NationalityRows(nationalities), ChartKind.HorizontalBars,
            $"The {NationalitiesShown} most common nationalities by name; the rest together."));
        referralTables.Add(KindTable("referrals-by-exploitation-type", "By exploitation type", "Exploitation type",
            ByCount(main.GroupBy(m => PublishedCategories.ExploitationType(m.Exploitation)).Select(g => (g.Key, Kinds(g, m => m.Kind, m => m.Count)))), ChartKind.HorizontalBars,
            "In the Home Office's published categories; a referral recording more than one type is counted once, under the combination."));
        referralTables.Add(KindTable("referrals-by-location", "By location of exploitation", "Location of exploitation",
            Ordered(main, m => PublishedCategories.Location(m.ExploitedIn), ["UK", "Overseas", "UK and Overseas"]), ChartKind.HorizontalBars, null));
        referralTables.Add(KindTable("referrals-by-first-responder-type", "By first responder type", "First responder type",
            ByCount(responders.GroupBy(r => r.OrganisationId is { } id && organisations.TryGetValue(id, out var o) ? PublishedCategories.FirstResponderType(o.Type) : PublishedCategories.NotSpecified)
                .Select(g => (g.Key, Kinds(g, r => r.Kind, r => r.Count)))), ChartKind.HorizontalBars,
            "The organisation that made the referral, in the Home Office's first responder types."));
        referralTables.Add(KindTable("referrals-by-organisation", "By first responder organisation and team", "Organisation and team",
            ByCount(responders.GroupBy(r => ResponderLabel(r, organisations.ToDictionary(o => o.Key, o => o.Value.Name), teams))
                .Select(g => (g.Key, Kinds(g, r => r.Kind, r => r.Count)))), ChartKind.HorizontalBars, null));

        var sections = new List<AreaPictureSection>
        {
            new("referrals", "Referrals and reports", referralTables),
            new("decisions", "Decisions and how long they took", decisions),
            new("safeguarding", "Safeguarding", safeguarding),
            new("places", "Places, sectors and businesses that recur", audience == Audience.Partnership ? places : [.. places.Where(p => p.Key != "businesses")]),
        };
        if (audience == Audience.OutsideThePartnership)
        {
            sections = [.. sections.Select(s => s with { Tables = [.. s.Tables.Select(DisclosureControl.Apply)] })];
        }

        return new AreaPictureResult(new AreaPictureFilter(from, to, areas, organisation), audience, sections, figures);
    }

    /// <summary>Submitted referrals (withdrawn and suspended ones too: they were made) in the areas, by the organisation when given.</summary>
    private IQueryable<Referral> Referrals(List<Guid> areas, Guid? organisation)
    {
        var referrals = db.Referrals.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status != ReferralStatus.Draft && r.Kind != null && r.AreaId != null && areas.Contains(r.AreaId.Value));
        return organisation is { } id ? referrals.Where(r => r.FirstResponderOrganisationId == id) : referrals;
    }

    private async Task<List<ReportTable>> DecisionsAsync(IQueryable<Referral> referrals, Period period, DateOnly asAt, CancellationToken cancellationToken)
    {
        var nrm = referrals.Where(r => r.Kind == ReferralKind.Nrm);
        var decisions = db.NrmDecisions.IgnoreQueryFilters().AsNoTracking();

        // Each referral's first decision at each stage, from the dates kept on the referral
        // (ReferralDecisionFacts): one index range per statement, not a pass over every decision.
        var rgMade = await nrm
            .Where(r => r.ReasonableGroundsOn >= period.From && r.ReasonableGroundsOn <= period.To)
            .GroupBy(r => r.ReasonableGroundsOutcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cgMade = await nrm
            .Where(r => r.ConclusiveGroundsOn >= period.From && r.ConclusiveGroundsOn <= period.To)
            .GroupBy(r => r.ConclusiveGroundsOutcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var made = rgMade.Select(m => new { Kind = DecisionKind.ReasonableGrounds, m.Outcome, m.Count })
            .Concat(cgMade.Select(m => new { Kind = DecisionKind.ConclusiveGrounds, m.Outcome, m.Count })).ToList();

        // Time to reasonable grounds, grouped by the two dates, so the median and the working-day
        // clock are exact without bringing back a row per referral.
        var timings = await nrm
            .Where(r => r.ReasonableGroundsOn >= period.From && r.ReasonableGroundsOn <= period.To)
            .GroupBy(r => new { ReferredOn = r.ReferredOn!.Value, DecidedOn = r.ReasonableGroundsOn!.Value, r.DecisionMaker })
            .Select(g => new { g.Key.ReferredOn, g.Key.DecidedOn, g.Key.DecisionMaker, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Waiting for conclusive grounds at the end of the period: a positive reasonable grounds
        // decision by then and no conclusive grounds decision by then, unless withdrawn. Those still
        // waiting now come from a small partial index; those decided since, from the conclusive date.
        var stillWaiting = await nrm
            .Where(r => r.ConclusiveGroundsOn == null && r.PositiveReasonableGroundsOn != null && r.PositiveReasonableGroundsOn <= asAt && r.Status != ReferralStatus.Withdrawn)
            .GroupBy(r => r.PositiveReasonableGroundsOn)
            .Select(g => new { Since = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var decidedSince = await nrm
            .Where(r => r.ConclusiveGroundsOn > asAt && r.PositiveReasonableGroundsOn <= asAt && r.Status != ReferralStatus.Withdrawn)
            .GroupBy(r => r.PositiveReasonableGroundsOn)
            .Select(g => new { Since = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var waiting = stillWaiting.Concat(decidedSince).ToList();

        var reconsiderations = await db.Reconsiderations.IgnoreQueryFilters().AsNoTracking()
            .Where(rc => rc.RequestedOn >= period.From && rc.RequestedOn <= period.To)
            .Join(decisions, rc => rc.DecisionId, d => d.Id, (rc, d) => new { rc.Outcome, d.Kind, d.ReferralId })
            .Where(x => nrm.Any(r => r.Id == x.ReferralId))
            .GroupBy(x => new { x.Kind, x.Outcome })
            .Select(g => new { g.Key.Kind, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Made(DecisionKind kind, DecisionOutcome outcome) => made.Where(m => m.Kind == kind && m.Outcome == outcome).Sum(m => m.Count);
        var tables = new List<ReportTable>
        {
            new("decisions-made", "Decisions made in the period", "Decision",
                [new("Positive", ValueFormat.Count), new("Negative", ValueFormat.Count), new("Total", ValueFormat.Count, IsTotal: true)],
                [
                    Row("Reasonable grounds", Made(DecisionKind.ReasonableGrounds, DecisionOutcome.Positive), Made(DecisionKind.ReasonableGrounds, DecisionOutcome.Negative)),
                    Row("Conclusive grounds", Made(DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive), Made(DecisionKind.ConclusiveGrounds, DecisionOutcome.Negative)),
                ],
                "Each NRM referral's first decision at each stage, in the quarter it was made. Decisions changed on reconsideration are in the reconsiderations table."),
        };

        var timingRows = timings
            .GroupBy(t => Quarter.Of(t.DecidedOn))
            .OrderBy(g => g.Key)
            .Select(g => Timeliness(g.Key.Label, [.. g.Select(t => (t.ReferredOn, t.DecidedOn, t.DecisionMaker, t.Count))]))
            .ToList();
        if (timingRows.Count > 0)
        {
            timingRows.Add(Timeliness("All", [.. timings.Select(t => (t.ReferredOn, t.DecidedOn, t.DecisionMaker, t.Count))]) with { IsTotal = true });
        }

        tables.Add(new ReportTable("time-to-reasonable-grounds", "Time to a reasonable grounds decision", "Quarter decided",
            [new("Decisions", ValueFormat.Count), new("Median days", ValueFormat.Days), new("Within 5 working days", ValueFormat.Count), new("Share within 5 working days", ValueFormat.Share)],
            timingRows,
            "Calendar days from the referral to its first reasonable grounds decision. The 5 working days exclude weekends and England and Wales bank holidays; decisions by a devolved panel are due in 45 days and counted as within time when on or before it.",
            ChartKind.None));

        var bands = new (string Label, int FromDays, int ToDays)[] { ("Under 3 months", 0, 90), ("3 to 6 months", 91, 182), ("6 to 12 months", 183, 365), ("Over 12 months", 366, int.MaxValue) };
        var waitDays = waiting.Select(w => (Days: asAt.DayNumber - w.Since.DayNumber, w.Count)).ToList();
        var waitRows = bands.Select(b => new ReportRow(b.Label, [ReportValue.Count(waitDays.Where(w => w.Days >= b.FromDays && w.Days <= b.ToDays).Sum(w => w.Count))])).ToList();
        waitRows.Add(new ReportRow("Total", [ReportValue.Count(waitDays.Sum(w => w.Count))], IsTotal: true));
        tables.Add(new ReportTable("waiting-for-conclusive-grounds", "Waiting for a conclusive grounds decision", "Waiting since the positive reasonable grounds decision",
            [new("People waiting", ValueFormat.Count)], waitRows,
            $"As at {asAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}. Median wait: {MedianText(waitDays)}."));

        tables.Add(new ReportTable("reconsiderations", "Reconsiderations asked for in the period, and their outcomes", "Outcome",
            [new("Of reasonable grounds", ValueFormat.Count), new("Of conclusive grounds", ValueFormat.Count), new("Total", ValueFormat.Count, IsTotal: true)],
            [
                .. new[] { (ReconsiderationOutcome.Pending, "Waiting"), (ReconsiderationOutcome.Upheld, "Decision upheld"), (ReconsiderationOutcome.Overturned, "Decision changed") }
                    .Select(o => Row(o.Item2,
                        reconsiderations.Where(r => r.Outcome == o.Item1 && r.Kind == DecisionKind.ReasonableGrounds).Sum(r => r.Count),
                        reconsiderations.Where(r => r.Outcome == o.Item1 && r.Kind == DecisionKind.ConclusiveGrounds).Sum(r => r.Count))),
            ]));
        foreach (var table in tables.Where(t => t.Key is "decisions-made" or "reconsiderations").ToList())
        {
            tables[tables.IndexOf(table)] = WithTotalRow(table);
        }

        return tables;
    }

    private async Task<List<ReportTable>> SafeguardingAsync(List<Guid> areas, Guid? organisation, Period period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var actions = db.SafeguardingActions.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AreaId != null && areas.Contains(a.AreaId.Value) && a.CreatedAt >= period.Start && a.CreatedAt < period.End && a.Status != SafeguardingActionStatus.Cancelled);
        if (organisation is { } id)
        {
            actions = actions.Where(a => db.Cases.IgnoreQueryFilters().Any(c => c.Id == a.CaseId && c.OwningOrganisationId == id));
        }

        var rows = await actions
            .GroupBy(a => new
            {
                a.Kind,
                Done = a.Status == SafeguardingActionStatus.Done,
                OnTime = a.CompletedAt != null && a.CompletedAt <= a.DueAt,
                Overdue = a.CompletedAt == null && a.DueAt < now,
            })
            .Select(g => new { g.Key.Kind, g.Key.Done, g.Key.OnTime, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var kinds = new (SafeguardingActionKind Kind, string Label)[]
        {
            (SafeguardingActionKind.StrategyMeeting, "Strategy meeting (by the end of the 3rd working day)"),
            (SafeguardingActionKind.FamilyWellbeingReferral, "Family wellbeing referral (within 24 hours)"),
            (SafeguardingActionKind.ChildProtectionEnquiry, "Child protection enquiry"),
            (SafeguardingActionKind.CareActEnquiry, "Care Act enquiry"),
            (SafeguardingActionKind.Housing, "Housing"),
            (SafeguardingActionKind.SupportOrganisationReferral, "Referral to a support organisation"),
            (SafeguardingActionKind.Other, "Other"),
        };
        var tableRows = kinds.Select(k =>
        {
            var of = rows.Where(r => r.Kind == k.Kind).ToList();
            var onTime = of.Where(r => r.Done && r.OnTime).Sum(r => r.Count);
            var late = of.Where(r => r.Done && !r.OnTime).Sum(r => r.Count);
            var overdue = of.Where(r => !r.Done && r.Overdue).Sum(r => r.Count);
            var open = of.Where(r => !r.Done && !r.Overdue).Sum(r => r.Count);
            var done = onTime + late;
            return new ReportRow(k.Label,
            [
                ReportValue.Count(onTime), ReportValue.Count(late), ReportValue.Count(overdue), ReportValue.Count(open),
                ReportValue.Count(done + overdue + open), ReportValue.Share(done == 0 ? null : (double)onTime / done),
            ]);
        }).Where(r => r.Values[4].Number > 0).ToList();

        var table = new ReportTable("safeguarding-timeliness", "Safeguarding actions set in the period, and whether they were done in time", "Action",
            [new("Done in time", ValueFormat.Count), new("Done late", ValueFormat.Count), new("Overdue", ValueFormat.Count), new("Open, not yet due", ValueFormat.Count), new("Total", ValueFormat.Count, IsTotal: true), new("Share done in time", ValueFormat.Share)],
            tableRows,
            "In time: done on or before it was due. Cancelled actions are left out.");
        return [WithTotalRow(table)];
    }

    private async Task<List<ReportTable>> PlacesAsync(List<Guid> areas, Guid? organisation, Period period, CancellationToken cancellationToken)
    {
        var concerns = db.Concerns.IgnoreQueryFilters().AsNoTracking()
            .Where(c => areas.Contains(c.AreaId) && c.RaisedAt >= period.Start && c.RaisedAt < period.End
                && (organisation == null || c.RaisedByOrganisationId == organisation));
        var byPlace = await concerns.GroupBy(c => c.PlaceType).Select(g => new { Place = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byTown = await concerns.Where(c => c.Town != null).GroupBy(c => c.Town!).Select(g => new { Town = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byBusiness = await concerns.Where(c => c.BusinessName != null)
            .GroupBy(c => new { Business = c.BusinessName!, c.PlaceType, c.Town })
            .Select(g => new { g.Key.Business, g.Key.PlaceType, g.Key.Town, Count = g.Count() }).ToListAsync(cancellationToken);

        var places = byPlace.Where(p => p.Count > 0).OrderByDescending(p => p.Count).ThenBy(p => p.Place)
            .Select(p => new ReportRow(PlaceLabel(p.Place), [ReportValue.Count(p.Count)])).ToList();
        var towns = byTown.GroupBy(t => BusinessNames.Key(t.Town))
            .Select(g => (Label: g.OrderByDescending(t => t.Count).First().Town, Count: g.Sum(t => t.Count)))
            .Where(t => t.Count >= RecursFrom).OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal)
            .Select(t => new ReportRow(t.Label, [ReportValue.Count(t.Count)])).ToList();
        var businesses = byBusiness.GroupBy(b => BusinessNames.Key(b.Business))
            .Select(g => (
                Label: g.OrderByDescending(b => b.Count).ThenBy(b => b.Business, StringComparer.Ordinal).First().Business,
                Place: PlaceLabel(g.OrderByDescending(b => b.Count).First().PlaceType),
                Town: g.Where(b => b.Town != null).OrderByDescending(b => b.Count).Select(b => b.Town).FirstOrDefault(),
                Count: g.Sum(b => b.Count)))
            .Where(b => b.Count >= RecursFrom).OrderByDescending(b => b.Count).ThenBy(b => b.Label, StringComparer.Ordinal)
            .Select(b => new ReportRow(b.Label, [ReportValue.Of(b.Place), ReportValue.Of(b.Town ?? "Not given"), ReportValue.Count(b.Count)])).ToList();

        return
        [
            WithTotalRow(new ReportTable("places", "Concerns by kind of place", "Kind of place", [new("Concerns", ValueFormat.Count)], places,
                "Concerns raised in the period, by the kind of place the signs were seen.")),
            new ReportTable("towns", "Towns and cities that recur", "Town or city", [new("Concerns", ValueFormat.Count)], towns,
                $"Towns named in {RecursFrom} or more concerns raised in the period."),
            new ReportTable("businesses", "Businesses and premises that recur", "Business or premises",
                [new("Kind of place", ValueFormat.Text), new("Town or city", ValueFormat.Text), new("Concerns", ValueFormat.Count)], businesses,
                $"Named in {RecursFrom} or more concerns raised in the period (names compared without case, punctuation or 'Ltd'). For the partnership only: never published or shared outside it.",
                ChartKind.None),
        ];
    }

    private static Dictionary<string, int> NrmBy(List<MainRow> main, Func<MainRow, string> label) =>
        main.Where(m => m.Kind == ReferralKind.Nrm).GroupBy(label).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));

    private static (int Nrm, int DutyToNotify) Kinds<T>(IEnumerable<T> rows, Func<T, ReferralKind?> kind, Func<T, int> count)
    {
        var list = rows.ToList();
        return (list.Where(r => kind(r) == ReferralKind.Nrm).Sum(count), list.Where(r => kind(r) == ReferralKind.DutyToNotify).Sum(count));
    }

    /// <summary>Rows in a fixed order, then anything else (such as not specified) after.</summary>
    private static IEnumerable<(string Label, int Nrm, int DutyToNotify)> Ordered(List<MainRow> main, Func<MainRow, string> label, string[] order)
    {
        var groups = main.GroupBy(label).ToDictionary(g => g.Key, g => Kinds(g, m => m.Kind, m => m.Count));
        return order.Concat(groups.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal))
            .Select(k => (k, groups.TryGetValue(k, out var c) ? c.Nrm : 0, groups.TryGetValue(k, out var d) ? d.DutyToNotify : 0))
            .Where(r => order.Contains(r.k) || r.Item2 + r.Item3 > 0);
    }

    private static IEnumerable<(string Label, int Nrm, int DutyToNotify)> ByCount(IEnumerable<(string Label, (int Nrm, int DutyToNotify) Counts)> rows) =>
        rows.OrderByDescending(r => r.Counts.Nrm + r.Counts.DutyToNotify).ThenBy(r => r.Label, StringComparer.Ordinal)
            .Select(r => (r.Label, r.Counts.Nrm, r.Counts.DutyToNotify));

    private static IEnumerable<(string Label, int Nrm, int DutyToNotify)> NationalityRows(List<KeyedRow<string?>> rows)
    {
        var named = rows.Where(r => r.Key != null).GroupBy(r => r.Key!)
            .Select(g => (Label: g.Key, Counts: Kinds(g, r => r.Kind, r => r.Count)))
            .OrderByDescending(r => r.Counts.Nrm + r.Counts.DutyToNotify).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        foreach (var (label, counts) in named.Take(NationalitiesShown))
        {
            yield return (label, counts.Nrm, counts.DutyToNotify);
        }

        if (named.Count > NationalitiesShown)
        {
            var rest = named.Skip(NationalitiesShown).ToList();
            yield return ("Other nationalities", rest.Sum(r => r.Counts.Nrm), rest.Sum(r => r.Counts.DutyToNotify));
        }

        var unknown = Kinds(rows.Where(r => r.Key == null), r => r.Kind, r => r.Count);
        if (unknown.Nrm + unknown.DutyToNotify > 0)
        {
            yield return (PublishedCategories.NotSpecified, unknown.Nrm, unknown.DutyToNotify);
        }
    }

    private static string Nationality(string? name) => name ?? PublishedCategories.NotSpecified;

    private static string ResponderLabel(ResponderRow row, Dictionary<Guid, string> organisations, Dictionary<Guid, string> teams)
    {
        var organisation = row.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : "Organisation not recorded";
        return row.TeamId is { } t && teams.TryGetValue(t, out var team) ? $"{organisation}: {team}" : organisation;
    }

    private static string Year(int year, IEnumerable<QuarterFigures> quarters)
    {
        var list = quarters.ToList();
        return list.Count == 4 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{year} ({list[0].Quarter.Label[..2]} to {list[^1].Quarter.Label[..2]} only)";
    }

    /// <summary>A table of NRM referrals and Duty to Notify reports with a total column and a total row.</summary>
    private static ReportTable KindTable(string key, string title, string rowHeading, IEnumerable<(string Label, int Nrm, int DutyToNotify)> rows, ChartKind chart, string? note) =>
        WithTotalRow(new ReportTable(key, title, rowHeading,
            [new("NRM referrals", ValueFormat.Count), new("Duty to Notify reports", ValueFormat.Count), new("Total", ValueFormat.Count, IsTotal: true)],
            [.. rows.Select(r => Row(r.Label, r.Nrm, r.DutyToNotify))],
            note, chart));

    private static ReportRow Row(string label, int first, int second) =>
        new(label, [ReportValue.Count(first), ReportValue.Count(second), ReportValue.Count(first + second)]);

    /// <summary>Adds a total row summing every count column.</summary>
    private static ReportTable WithTotalRow(ReportTable table)
    {
        var totals = table.Columns.Select((c, i) => c.Format == ValueFormat.Count
            ? ReportValue.Count(table.Rows.Sum(r => (long)(r.Values[i].Number ?? 0)))
            : c.Format == ValueFormat.Share && i > 0 && table.Columns.Take(i).Count(x => x.Format == ValueFormat.Count) >= 2
                ? ShareOfTotals(table, i)
                : ReportValue.None(c.Format)).ToList();
        return table with { Rows = [.. table.Rows, new ReportRow("Total", totals, IsTotal: true)] };
    }

    // Only the safeguarding table has a share column beside counts: done in time over done.
    private static ReportValue ShareOfTotals(ReportTable table, int shareColumn)
    {
        var onTime = table.Rows.Sum(r => r.Values[0].Number ?? 0);
        var late = table.Rows.Sum(r => r.Values[1].Number ?? 0);
        return shareColumn == 5 && onTime + late > 0 ? ReportValue.Share(onTime / (onTime + late)) : ReportValue.None(ValueFormat.Share);
    }

    private static ReportRow Timeliness(string label, IReadOnlyList<(DateOnly ReferredOn, DateOnly DecidedOn, DecisionMaker Maker, int Count)> timings)
    {
        var total = timings.Sum(t => t.Count);
        var within = timings.Where(t => t.DecidedOn <= NrmClocks.ReasonableGroundsDue(t.ReferredOn, t.Maker)).Sum(t => t.Count);
        var median = Median([.. timings.Select(t => (t.DecidedOn.DayNumber - t.ReferredOn.DayNumber, t.Count))]);
        return new ReportRow(label, [ReportValue.Count(total), ReportValue.Days(median), ReportValue.Count(within), ReportValue.Share(total == 0 ? null : (double)within / total)]);
    }

    /// <summary>The median of values given with how many times each occurs.</summary>
    public static double? Median(IReadOnlyList<(int Value, int Count)> weighted)
    {
        var total = weighted.Sum(w => (long)w.Count);
        if (total == 0)
        {
            return null;
        }

        var sorted = weighted.Where(w => w.Count > 0).OrderBy(w => w.Value).ToList();
        double At(long index)
        {
            long seen = 0;
            foreach (var (value, count) in sorted)
            {
                seen += count;
                if (index < seen)
                {
                    return value;
                }
            }

            return sorted[^1].Value;
        }

        return total % 2 == 1 ? At(total / 2) : (At((total / 2) - 1) + At(total / 2)) / 2;
    }

    private static string MedianText(List<(int Days, int Count)> waits) =>
        Median(waits) is { } days ? $"{days:0.#} days" : "nobody waiting";

    public static string PlaceLabel(PlaceType place) => place switch
    {
        PlaceType.CarWash => "Car wash",
        PlaceType.NailBar => "Nail bar or beauty salon",
        PlaceType.Agriculture => "Farm, field or food packing",
        PlaceType.Construction => "Building site",
        PlaceType.Factory => "Factory",
        PlaceType.Warehouse => "Warehouse",
        PlaceType.Hospitality => "Restaurant, takeaway, hotel or bar",
        PlaceType.PrivateHome => "Someone's home",
        PlaceType.SexIndustry => "Brothel, massage parlour or sex work",
        PlaceType.CannabisFarm => "Cannabis farm",
        PlaceType.Street => "Street, begging or selling",
        PlaceType.TransportHub => "Station, port, airport or lorry park",
        PlaceType.Other => "Somewhere else",
        _ => "Not known",
    };

    private sealed record Period(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End);

    private sealed record MainRow(int Year, int Month, ReferralKind? Kind, CaseRoute? Route, AgeAnswer? UnderEighteenAtExploitation, Gender Gender, ExploitedIn ExploitedIn, ExploitationComponents Exploitation, int Count);

    private sealed record KeyedRow<T>(T Key, ReferralKind? Kind, int Count);

    private sealed record ResponderRow(Guid? OrganisationId, Guid? TeamId, ReferralKind? Kind, int Count);
}

/// <summary>Business and place names compared as people mean them: "Kettleby Nails Ltd." is "kettleby nails".</summary>
public static class BusinessNames
{
    private static readonly string[] Suffixes = [" limited", " ltd", " plc", " llp"];

    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = new string([.. name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        var key = string.Join(' ', letters.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var suffix in Suffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
            }
        }

        return key;
    }
}
