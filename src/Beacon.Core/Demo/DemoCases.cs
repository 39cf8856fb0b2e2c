using System.Globalization;
using System.Text.Json;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using static Beacon.Core.Demo.DemoVocabulary;

namespace Beacon.Core.Demo;

/// <summary>
/// The demo area's caseload: a few hundred invented cases over the last eight quarters, at every
/// stage of the journey (concern, triage, case, NRM referral or Duty to Notify, decisions,
/// safeguarding, closure), written directly as the services would leave them, audit events
/// included, so that trays, case pages and timelines look lived in. Everything comes from the
/// seeded <see cref="DemoContext.Random"/> in a fixed order, so the same seed and clock give the
/// same references and dates.
/// </summary>
internal static class DemoCases
{
    public const int CaseCount = 320;

    /// <summary>The start of the quarter seven quarters before the current one (UK time): eight quarters in all.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now)
    {
        var today = Day(now);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return UkTime.StartOf(quarter.AddMonths(-21)).ToUniversalTime();
    }

    public static void Add(AppDbContext db, DemoContext context)
    {
        var caseload = new Caseload(context);
        caseload.Build();
        db.Concerns.AddRange(caseload.Concerns);
        db.Cases.AddRange(caseload.Cases);
        db.CasePeople.AddRange(caseload.People);
        db.PersonAliases.AddRange(caseload.Aliases);
        db.PersonNameKeys.AddRange(caseload.NameKeys);
        db.CaseRouteChanges.AddRange(caseload.RouteChanges);
        db.CaseNotes.AddRange(caseload.Notes);
        db.SafeguardingActions.AddRange(caseload.Actions);
        db.Referrals.AddRange(caseload.Referrals);
        db.NrmDecisions.AddRange(caseload.Decisions);
        db.Reconsiderations.AddRange(caseload.Reconsiderations);
        db.Escalations.AddRange(caseload.Escalations);
        db.CaseShares.AddRange(caseload.Shares);
        db.AuditEvents.AddRange(caseload.Events);
        db.ReferenceCounters.AddRange(caseload.Counters);
        context.Lines.Add(caseload.Describe());
    }

    internal static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);

    internal static DateTimeOffset At(DateOnly day, double hours) => UkTime.StartOf(day).AddHours(hours).ToUniversalTime();

    private sealed class Caseload(DemoContext context)
    {
        private static readonly string[] MashWorkers = ["mo.mash", "kit.keyworker", "sol.social", "fen.family"];
        private static readonly string[] AdultWorkers = ["ade.triage", "ash.advocate", "nat.navigator"];

        private static readonly (string Local, int Weight)[] Raisers =
        [
            ("sam.staffer", 20), ("pat.police", 20), ("nia.nurse", 12), ("cy.charity", 10), ("cass.coordinator", 6),
            ("mo.mash", 4), ("ade.triage", 4), ("ines.inspector", 3), ("percy.procure", 2), ("tam.trainer", 2),
        ];

        private readonly Random random = context.Random;
        private readonly DateTimeOffset now = context.Now;
        private readonly Dictionary<string, int> ids = [];
        private readonly Dictionary<Guid, string> caseReferences = [];

        public List<Concern> Concerns { get; } = [];

        public List<Case> Cases { get; } = [];

        public List<CasePerson> People { get; } = [];

        public List<PersonAlias> Aliases { get; } = [];

        public List<PersonNameKey> NameKeys { get; } = [];

        public List<CaseRouteChange> RouteChanges { get; } = [];

        public List<CaseNote> Notes { get; } = [];

        public List<SafeguardingAction> Actions { get; } = [];

        public List<Referral> Referrals { get; } = [];

        public List<NrmDecision> Decisions { get; } = [];

        public List<Reconsideration> Reconsiderations { get; } = [];

        public List<Escalation> Escalations { get; } = [];

        public List<CaseShare> Shares { get; } = [];

        public List<AuditEvent> Events { get; } = [];

        public List<ReferenceCounter> Counters { get; } = [];

        private DateOnly Today => Day(now);

        private Guid MashTeam => context.Teams["council/MASH"].Id;

        private Guid AdultTeam => context.Teams["council/Adult triage"].Id;

        public void Build()
        {
            var start = WindowStart(now);
            var span = (now.AddDays(-3) - start).TotalMinutes;
            var openings = Enumerable.Range(0, CaseCount).Select(_ => start.AddMinutes(span * Math.Pow(random.NextDouble(), 0.85))).Order().ToList();
            foreach (var raisedAt in openings)
            {
                AddCase(raisedAt);
            }

            for (var i = 0; i < 45; i++)
            {
                AddNoFurtherAction(start.AddMinutes((now.AddDays(-2) - start).TotalMinutes * random.NextDouble()));
            }

            for (var i = 0; i < 16; i++)
            {
                AddWaitingConcern(now.AddMinutes(-30 - random.Next(70 * 60)), child: i % 7 < 4);
            }

            AddShares();
            NumberConcerns();
        }

        public string Describe()
        {
            var open = Cases.Count(c => c.Status == CaseStatus.Open);
            var children = Cases.Count(c => c.Route == CaseRoute.Child);
            var waiting = Concerns.Count(c => c.Status is ConcernStatus.New or ConcernStatus.Assigned);
            var nrm = Referrals.Count(r => r.Kind == ReferralKind.Nrm);
            var dtn = Referrals.Count(r => r.Kind == ReferralKind.DutyToNotify);
            var overdue = Actions.Count(a => a.Status is SafeguardingActionStatus.NotStarted or SafeguardingActionStatus.InProgress && a.DueAt < now);
            return string.Create(CultureInfo.InvariantCulture, $"Cases: {Cases.Count} over the last eight quarters ({open} open, {Cases.Count - open} closed; {children} on the children's route, {Cases.Count - children} on the adults'), {Concerns.Count} concerns ({waiting} waiting in the trays), {nrm} NRM referrals, {dtn} Duty to Notify reports ({Cases.Count(c => c.IsAnonymous)} anonymous), {Decisions.Count} decisions, {Notes.Count} notes, {Actions.Count} safeguarding actions ({overdue} overdue), {Events.Count} audit events; {Shares.Count} cases shared with the police, the NHS trust or the charity");
        }

        private Guid NextId(string kind)
        {
            ids[kind] = ids.GetValueOrDefault(kind) + 1;
            return DeterministicGuid.Create($"demo-{kind}", ids[kind].ToString(CultureInfo.InvariantCulture));
        }

        private BeaconUser User(string local) => context.People[local];

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private T Weighted<T>(IEnumerable<(T Item, int Weight)> items)
        {
            var list = items.Where(i => i.Weight > 0).ToList();
            var roll = random.Next(list.Sum(i => i.Weight));
            foreach (var (item, weight) in list)
            {
                if ((roll -= weight) < 0)
                {
                    return item;
                }
            }

            return list[^1].Item;
        }

        private bool Chance(double p) => random.NextDouble() < p;

        private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
            to <= from ? from : from.AddMinutes((to - from).TotalMinutes * random.NextDouble());

        private void Audit(string entityType, Guid entityId, DateTimeOffset at, BeaconUser? by, string action, Dictionary<string, string?[]>? changes = null, string? reason = null) =>
            Events.Add(new AuditEvent
            {
                Id = NextId("audit"),
                At = at,
                UserId = by?.Id,
                OrganisationId = by?.OrganisationId,
                EntityType = entityType,
                EntityId = entityId,
                Action = action,
                Changes = changes is null ? null : JsonSerializer.Serialize(changes),
                Reason = reason,
            });

        private void CaseEvent(Case @case, DateTimeOffset at, BeaconUser? by, string action, Dictionary<string, string?[]>? changes = null, string? reason = null) =>
            Audit(CaseAccess.ResourceType, @case.Id, at, by, action, changes, reason);

        private Concern NewConcern(DateTimeOffset raisedAt, CaseRoute route, string type, bool child, int age, AgeAnswer ageAnswer, Gender gender, string nationality)
        {
            var raiser = User(Weighted(Raisers.Select(r => (r.Local, r.Weight))));
            var place = Place(type, child, random);
            var town = Pick(Towns);
            var rag = Weighted(new[] { (RagRating.Red, child && type.Contains("Criminal", StringComparison.Ordinal) ? 35 : 20), (RagRating.Amber, 50), (RagRating.Green, 25) });
            var danger = rag == RagRating.Red && Chance(0.3);
            var concern = new Concern
            {
                Id = NextId("concern"),
                Reference = "",
                AreaId = context.Area!.Id,
                RaisedByUserId = raiser.Id,
                RaisedByOrganisationId = raiser.OrganisationId,
                RaisedAt = raisedAt,
                JourneyId = NextId("journey"),
                Status = ConcernStatus.New,
                Route = route,
                TriageTeamId = route == CaseRoute.Child ? MashTeam : AdultTeam,
                Rag = rag,
                Indicators = DemoVocabulary.Indicators(type, child, random),
                WhatWasSeen = Seen(type, place, child, town),
                SeenOn = Day(raisedAt).AddDays(-random.Next(4)),
                WhereSeen = $"{Pick(Streets)}, {town}",
                PlaceType = place,
                Town = town,
                BusinessName = DemoVocabulary.Business(place, town, raisedAt),
                Age = ageAnswer,
                EstimatedAge = ageAnswer == AgeAnswer.NotSure || Chance(0.5) ? age : null,
                Gender = Chance(0.9) ? gender : null,
                NationalityCode = Chance(0.7) ? nationality : null,
                ImmediateDanger = danger,
                PoliceCalled = danger ? true : null,
                Version = Guid.NewGuid(),
            };
            if (Chance(0.4))
            {
                concern.OwnWords = Pick<string>(
                [
                    "I have to pay back the money for the journey. When it is paid I can go.",
                    "The boss keeps my passport so I do not lose it.",
                    "If I tell you they will hurt my family.",
                    "I just do what they say, then they leave me alone.",
                    "I don't know this town. They bring us in the van.",
                ]);
            }

            Concerns.Add(concern);
            return concern;
        }

        private void Triage(Concern concern, DateTimeOffset triagedAt, BeaconUser worker, ConcernStatus status, Guid? caseId, string? note)
        {
            concern.AssignedToUserId = worker.Id;
            concern.AssignedAt = Between(concern.RaisedAt, triagedAt);
            concern.Status = status;
            concern.CaseId = caseId;
            concern.TriagedAt = triagedAt;
            concern.TriagedByUserId = worker.Id;
            concern.TriageNote = note;
        }

        private void AddCase(DateTimeOffset raisedAt)
        {
            var child = Chance(0.78);
            var ageAnswer = child ? (Chance(0.2) ? AgeAnswer.NotSure : AgeAnswer.Under18) : (Chance(0.1) ? AgeAnswer.NotSure : AgeAnswer.Adult);
            var openRoute = child || ageAnswer == AgeAnswer.NotSure ? CaseRoute.Child : CaseRoute.Adult;
            var age = child ? Weighted(new[] { (13, 1), (14, 2), (15, 3), (16, 4), (17, 3) })
                : ageAnswer == AgeAnswer.NotSure ? 18 + random.Next(3) : 18 + (int)(Math.Pow(random.NextDouble(), 1.6) * 40);
            var type = Weighted(ExploitationTypes.Select(t => (t.Type, child ? t.Child : t.Adult)));
            var gender = child
                ? Weighted(new[] { (Gender.Male, 80), (Gender.Female, 19), (Gender.DoesNotIdentifyAsEither, 1) })
                : type.StartsWith("Sexual", StringComparison.Ordinal) ? Weighted(new[] { (Gender.Female, 85), (Gender.Male, 15) })
                : type == "Domestic" ? Weighted(new[] { (Gender.Female, 70), (Gender.Male, 30) })
                : Weighted(new[] { (Gender.Male, 75), (Gender.Female, 25) });
            var (nationality, country, _) = Weighted((child ? ChildNationalities : AdultNationalities).Select(n => (n, n.Weight)));
            var dutyToNotify = openRoute == CaseRoute.Adult && Chance(0.27);
            var cooperates = dutyToNotify && Chance(0.15);

            var concern = NewConcern(raisedAt, openRoute, type, child, age, ageAnswer, gender, nationality);
            var workers = openRoute == CaseRoute.Child ? MashWorkers : AdultWorkers;
            var worker = User(Pick(workers));
            var openedAt = raisedAt.AddHours(concern.Rag switch { RagRating.Red => 1 + random.Next(6), RagRating.Amber => 3 + random.Next(18), _ => 12 + random.Next(30) });
            var caseId = NextId("case");
            var year = Day(openedAt).Year;
            var counter = Counters.FirstOrDefault(c => c.Series == $"{References.CasePrefix}-{year}");
            if (counter is null)
            {
                Counters.Add(counter = new ReferenceCounter { Series = $"{References.CasePrefix}-{year}" });
            }

            counter.Next++;
            var @case = new Case
            {
                Id = caseId,
                Reference = string.Create(CultureInfo.InvariantCulture, $"{counter.Series}-{counter.Next:D5}"),
                AreaId = context.Area!.Id,
                OwningOrganisationId = context.Organisations["council"].Id,
                OwningTeamId = concern.TriageTeamId,
                CreatedByUserId = worker.Id,
                CreatedAt = openedAt,
                Summary = Summary(type, concern.PlaceType, child, age),
                Route = openRoute,
                Status = CaseStatus.Open,
                AssignedWorkerId = Chance(0.93) ? worker.Id : null,
                Version = Guid.NewGuid(),
            };
            Cases.Add(@case);
            caseReferences[caseId] = @case.Reference;
            Triage(concern, openedAt, worker, ConcernStatus.CaseOpened, caseId, null);

            // The person, as triage recorded them from the concern.
            var (first, last) = Name(random, gender);
            var born = Chance(child ? 0.7 : 0.6) ? Day(raisedAt).AddYears(-age).AddDays(-random.Next(365)) : (DateOnly?)null;
            var language = LanguageOf(nationality);
            var person = new CasePerson
            {
                CaseId = caseId,
                FirstName = first,
                LastName = Chance(0.85) ? last : null,
                DateOfBirth = born,
                EstimatedAge = born is null ? age : null,
                AgeEstimatedOn = born is null ? Day(openedAt) : null,
                Gender = gender,
                NationalityCode = nationality,
                SecondNationalityCode = Chance(0.03) ? "British" : null,
                Languages = language == "English" ? "English" : $"{language}, some English",
                InterpreterNeeded = language != "English",
                InterpreterLanguage = language != "English" ? language : null,
                SafeToContact = Weighted(new[] { (SafeToContact.Yes, 50), (SafeToContact.No, 20), (SafeToContact.NotKnown, 30) }),
                Version = Guid.NewGuid(),
            };
            if (person.SafeToContact == SafeToContact.No)
            {
                person.ContactSafetyNotes = "The phone is checked by the people controlling them; contact only through the key worker.";
            }
            else if (Chance(0.6))
            {
                person.Phone = string.Create(CultureInfo.InvariantCulture, $"07700 900{random.Next(1000):D3}");
            }

            if (!child && Chance(0.3))
            {
                person.Address = $"Flat {1 + random.Next(20)}, {10 + random.Next(80)} {Pick(Streets)}, {Pick(Towns)}";
            }

            if (nationality != "British" && Chance(0.4))
            {
                person.HomeOfficeReference = string.Create(CultureInfo.InvariantCulture, $"D{random.Next(1_000_000, 9_999_999)}");
            }

            var aliases = new List<PersonAlias>();
            if (Chance(0.3))
            {
                aliases.Add(new PersonAlias { Id = NextId("alias"), CaseId = caseId, Name = $"{Variant(first)} {last}", Kind = AliasKind.Alias });
            }

            if (Chance(0.15))
            {
                person.Nickname = Nickname(random);
            }

            if (Chance(0.1))
            {
                aliases.Add(new PersonAlias { Id = NextId("alias"), CaseId = caseId, Name = $"{Name(random, gender).First} {Variant(last)}", Kind = AliasKind.NameUsedDuringExploitation });
            }

            concern.PersonKnown = Chance(0.9);
            if (concern.PersonKnown)
            {
                concern.PersonName = person.LastName is null ? first : $"{first} {person.LastName}";
                concern.PersonOtherNames = aliases.Count > 0 ? aliases[0].Name : null;
                concern.PersonDateOfBirth = Chance(0.5) ? born : null;
            }
            else
            {
                concern.PersonDescription = child ? "Slim, dark jacket, carrying a rucksack; looked tired." : "Wore work clothes covered in dust; kept looking at the manager.";
            }

            Audit(ConcernAccess.ResourceType, concern.Id, concern.RaisedAt, User(Raisers.First(r => context.People[r.Local].Id == concern.RaisedByUserId).Local), "Concern raised");
            Audit(ConcernAccess.ResourceType, concern.Id, concern.AssignedAt!.Value, worker, "Concern assigned");
            if (@case.AssignedWorkerId is not null)
            {
                CaseEvent(@case, openedAt.AddMinutes(1), worker, "Worker assigned");
            }

            RouteChanges.Add(new CaseRouteChange { Id = NextId("route"), CaseId = caseId, From = null, To = openRoute, Reason = RouteChangeReason.Opened, At = openedAt, ByUserId = worker.Id });

            var lastEvent = openedAt;
            var closeBy = now;

            // An age assessment or an 18th birthday moves the case to the adults' route and team.
            DateTimeOffset? movedAt = null;
            RouteChangeReason? movedFor = null;
            if (openRoute == CaseRoute.Child && !child)
            {
                movedAt = openedAt.AddDays(14 + random.Next(32));
                movedFor = RouteChangeReason.AgeAssessment;
            }
            else if (openRoute == CaseRoute.Child && born is { } birth && birth.AddYears(18) > Day(openedAt))
            {
                movedAt = At(birth.AddYears(18), 9.5);
                movedFor = RouteChangeReason.EighteenthBirthday;
            }

            // The referral: children always go to the NRM; adults who consent too; the others by Duty to Notify.
            var referralStarted = openedAt.AddHours(2 + random.Next(96));
            Referral? referral = null;
            ReferralAnswers? answers = null;
            if (referralStarted < now.AddHours(-2))
            {
                var submitted = dutyToNotify ? referralStarted.AddHours(1 + random.Next(48)) : referralStarted.AddHours(20 + random.Next(9 * 24));
                var isSubmitted = submitted < now.AddHours(-1);
                if (dutyToNotify && !isSubmitted)
                {
                    submitted = Between(referralStarted, now.AddHours(-1));
                    isSubmitted = true;
                }

                var maker = openRoute == CaseRoute.Child
                    ? (Chance(0.2) ? DecisionMaker.DevolvedPanel : DecisionMaker.SingleCompetentAuthority)
                    : (Chance(0.07) ? DecisionMaker.ImmigrationEnforcementCompetentAuthority : DecisionMaker.SingleCompetentAuthority);
                var exploitedIn = nationality == "British" ? ExploitedIn.Uk : Weighted(new[] { (ExploitedIn.UkAndOverseas, 45), (ExploitedIn.Uk, 40), (ExploitedIn.Overseas, 10), (ExploitedIn.NotKnown, 5) });
                var components = Components(type, openRoute == CaseRoute.Child, random);
                var under18 = openRoute == CaseRoute.Child ? (ageAnswer == AgeAnswer.NotSure ? AgeAnswer.NotSure : AgeAnswer.Under18) : AgeAnswer.Adult;
                var under18Then = under18 == AgeAnswer.Adult && Chance(0.08) ? AgeAnswer.Under18 : under18;
                answers = Answers(@case, concern, person, worker, under18, under18Then, exploitedIn, country, components, type, dutyToNotify, cooperates);
                referral = new Referral
                {
                    Id = NextId("referral"),
                    CaseId = caseId,
                    Kind = dutyToNotify ? ReferralKind.DutyToNotify : ReferralKind.Nrm,
                    Status = isSubmitted ? ReferralStatus.Submitted : ReferralStatus.Draft,
                    AnswersJson = "",
                    UnderEighteen = under18,
                    UnderEighteenAtExploitation = under18Then,
                    ConsentGiven = openRoute == CaseRoute.Adult ? !dutyToNotify : null,
                    ExplanationsGiven = openRoute == CaseRoute.Adult ? ConsentExplanations.All : ConsentExplanations.None,
                    AgreesToCooperate = dutyToNotify ? cooperates : null,
                    Exploitation = components,
                    ExploitedIn = exploitedIn,
                    Gender = gender,
                    NationalityCode = nationality,
                    DecisionMaker = maker,
                    StartedAt = referralStarted,
                    StartedByUserId = worker.Id,
                    SubmittedAt = isSubmitted ? submitted : null,
                    SubmittedByUserId = isSubmitted ? worker.Id : null,
                    ReferredOn = isSubmitted ? Day(submitted) : null,
                    AreaId = isSubmitted ? @case.AreaId : null,
                    Route = isSubmitted ? (movedAt is { } moved && moved <= submitted ? CaseRoute.Adult : openRoute) : null,
                    FirstResponderOrganisationId = isSubmitted ? worker.OrganisationId : null,
                    FirstResponderTeamId = isSubmitted ? worker.TeamId : null,
                    Version = Guid.NewGuid(),
                };
                Referrals.Add(referral);
                var noun = dutyToNotify ? "Duty to Notify report" : "NRM referral";
                CaseEvent(@case, referralStarted, worker, $"{noun} started");
                if (isSubmitted)
                {
                    lastEvent = submitted;
                    if (dutyToNotify && !cooperates)
                    {
                        CaseEvent(@case, submitted.AddSeconds(-30), worker, "Case anonymised: Duty to Notify without co-operation (s.52(3))");
                    }

                    CaseEvent(@case, submitted, worker, $"{noun} submitted", new() { ["Kind"] = [null, referral.Kind.ToString()], ["Referred on"] = [null, referral.ReferredOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] });
                    if (!dutyToNotify && submitted.AddDays(5) < now && Chance(0.85))
                    {
                        referral.NationalReference = string.Create(CultureInfo.InvariantCulture, $"NRM{random.Next(10_000_000, 99_999_999)}");
                        var recorded = submitted.AddDays(1 + random.Next(4));
                        CaseEvent(@case, recorded, worker, "National NRM reference recorded");
                        lastEvent = recorded;
                    }

                    if (!dutyToNotify)
                    {
                        lastEvent = Decide(@case, referral, worker, lastEvent);
                    }
                }
            }

            // Closure, for some of the older cases.
            var ageDays = (now - openedAt).TotalDays;
            var closeChance = ageDays < 100 ? 0 : Math.Min(0.8, (ageDays - 100) / 400);
            if (Decisions.Any(d => d.ReferralId == referral?.Id && d.Kind == DecisionKind.ReasonableGrounds && d.Outcome == DecisionOutcome.Positive)
                && !Decisions.Any(d => d.ReferralId == referral?.Id && d.Kind == DecisionKind.ConclusiveGrounds))
            {
                closeChance *= 0.35;
            }

            DateTimeOffset? closedAt = null;
            if (Chance(closeChance))
            {
                var candidate = Max(lastEvent.AddDays(7 + random.Next(40)), openedAt.AddDays(60 + random.Next(140)));
                if (candidate < now.AddDays(-1))
                {
                    closedAt = candidate;
                    closeBy = candidate;
                }
            }

            if (movedAt is { } moveAt && moveAt < closeBy && moveAt > openedAt)
            {
                var adultWorker = User(Pick(AdultWorkers));
                RouteChanges.Add(new CaseRouteChange
                {
                    Id = NextId("route"),
                    CaseId = caseId,
                    From = CaseRoute.Child,
                    To = CaseRoute.Adult,
                    Reason = movedFor!.Value,
                    Note = movedFor == RouteChangeReason.AgeAssessment ? "Age assessment by two social workers found them to be an adult." : "Turned 18; handed over to adult triage with the family wellbeing plan.",
                    At = moveAt,
                    ByUserId = worker.Id,
                });
                CaseEvent(@case, moveAt, worker, "Route changed to adult", new() { ["Route"] = ["Child", "Adult"], ["Owning team"] = ["MASH", "Adult triage"] }, movedFor == RouteChangeReason.AgeAssessment ? "Age assessment" : "18th birthday");
                @case.Route = CaseRoute.Adult;
                @case.OwningTeamId = AdultTeam;
                @case.AssignedWorkerId = adultWorker.Id;
                worker = adultWorker;
            }

            if (@case.AssignedWorkerId is null)
            {
                worker = User(Pick(@case.Route == CaseRoute.Child ? MashWorkers : AdultWorkers));
            }

            AddActions(@case, child || openRoute == CaseRoute.Child, openedAt, closeBy, worker);
            if (Chance(0.15))
            {
                var linkedAt = openedAt.AddDays(5 + random.Next(200));
                if (linkedAt < closeBy.AddDays(-1))
                {
                    var again = NewConcern(linkedAt.AddHours(-4 - random.Next(30)), @case.Route, type, child, age, ageAnswer, gender, nationality);
                    again.TriageTeamId = @case.OwningTeamId;
                    again.PersonKnown = concern.PersonKnown;
                    again.PersonName = concern.PersonKnown ? (Chance(0.5) ? $"{Variant(first)} {last}" : concern.PersonName) : null;
                    Triage(again, linkedAt, worker, ConcernStatus.LinkedToCase, caseId, "Same person: name, age and nationality match the case.");
                    Audit(ConcernAccess.ResourceType, again.Id, again.RaisedAt, context.People.Values.First(u => u.Id == again.RaisedByUserId), "Concern raised");
                }
            }

            AddNotes(@case, openedAt, closeBy, worker);

            if (closedAt is { } closed)
            {
                var outcome = Decisions.Any(d => d.CaseId == caseId && d.Outcome == DecisionOutcome.Negative) && Chance(0.4)
                    ? ClosureOutcome.NoModernSlaveryConcern
                    : Weighted(new[]
                    {
                        (ClosureOutcome.SafeAndSupported, 35), (ClosureOutcome.SupportedByAnotherService, 20), (ClosureOutcome.MovedOutOfArea, 12),
                        (ClosureOutcome.DeclinedSupport, 10), (ClosureOutcome.LostContact, 12), (ClosureOutcome.NoModernSlaveryConcern, 5), (ClosureOutcome.Other, 3),
                    });
                var retain = Day(closed).AddYears(6);
                var birth = person.DateOfBirth ?? (person.EstimatedAge is { } estimated ? person.AgeEstimatedOn!.Value.AddYears(-estimated) : (DateOnly?)null);
                if (openRoute == CaseRoute.Child && birth is { } b && b.AddYears(25) > retain)
                {
                    retain = b.AddYears(25);
                }

                @case.Status = CaseStatus.Closed;
                @case.ClosedAt = closed;
                @case.ClosureOutcome = outcome;
                @case.ClosureNote = outcome switch
                {
                    ClosureOutcome.SafeAndSupported => "Settled in safe accommodation with support in place; no contact with the exploiters for three months.",
                    ClosureOutcome.SupportedByAnotherService => "Support continues through the Modern Slavery Victim Care Contract provider.",
                    ClosureOutcome.MovedOutOfArea => "Moved to another area; case transferred by phone and secure email.",
                    ClosureOutcome.DeclinedSupport => "Declined further support after a full explanation of what is on offer.",
                    ClosureOutcome.LostContact => "No contact for eight weeks despite visits and calls; police informed.",
                    ClosureOutcome.NoModernSlaveryConcern => "Assessment found no modern slavery; other needs referred on.",
                    _ => "Closed after review in supervision.",
                };
                @case.RetainUntil = retain;
                CaseEvent(@case, closed, worker, "Case closed", new() { ["Outcome"] = [null, outcome.ToString()], ["Retain until"] = [null, retain.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] });
                if (Chance(0.04) && closed.AddDays(40) < now)
                {
                    var reopened = closed.AddDays(10 + random.Next(30));
                    CaseEvent(@case, reopened, worker, "Case reopened", new() { ["Status"] = ["Closed", "Open"] }, "A new concern from the same employer: contact made again.");
                    @case.Status = CaseStatus.Open;
                    @case.ClosedAt = null;
                    @case.ClosureOutcome = null;
                    @case.ClosureNote = null;
                    @case.RetainUntil = null;
                }
            }

            // s.52(3): nothing identifying stays on a Duty to Notify case without co-operation.
            if (referral is not null && dutyToNotify && !cooperates)
            {
                @case.IsAnonymous = true;
                DutyToNotifyPrivacy.Strip(answers!);
                person = new CasePerson
                {
                    CaseId = caseId,
                    EstimatedAge = age,
                    AgeEstimatedOn = Day(openedAt),
                    Gender = gender,
                    NationalityCode = nationality,
                    Languages = person.Languages,
                    InterpreterNeeded = person.InterpreterNeeded,
                    InterpreterLanguage = person.InterpreterLanguage,
                    SafeToContact = SafeToContact.NotKnown,
                    Version = Guid.NewGuid(),
                };
                aliases.Clear();
                foreach (var c in Concerns.Where(c => c.CaseId == caseId))
                {
                    c.PersonName = null;
                    c.PersonOtherNames = null;
                    c.PersonDateOfBirth = null;
                    c.PersonDescription = null;
                    c.OwnWords = null;
                }
            }

            if (referral is not null)
            {
                referral.AnswersJson = JsonSerializer.Serialize(answers, DutyToNotifyPrivacy.Json);
            }

            People.Add(person);
            Aliases.AddRange(aliases);
            foreach (var key in Keys(person, aliases))
            {
                NameKeys.Add(new PersonNameKey { CaseId = caseId, Key = key });
            }
        }

        /// <summary>The duplicate check's match keys of every name the person has (full name, nickname, aliases).</summary>
        private static IEnumerable<string> Keys(CasePerson person, IEnumerable<PersonAlias> aliases) =>
            new[] { string.Join(' ', new[] { person.FirstName, person.LastName }.Where(n => n is not null)), person.Nickname }
                .Concat(aliases.Select(a => a.Name))
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .SelectMany(n => Core.Cases.Matching.NameKeys.For(n))
                .Distinct(StringComparer.Ordinal);

        private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

        private static string MakerLabel(DecisionMaker maker) => maker switch
        {
            DecisionMaker.SingleCompetentAuthority => "SCA",
            DecisionMaker.ImmigrationEnforcementCompetentAuthority => "IECA",
            _ => "devolved panel",
        };

        /// <summary>Reasonable and conclusive grounds as the competent authorities make them: mostly on time, with a tail.</summary>
        private DateTimeOffset Decide(Case @case, Referral referral, BeaconUser worker, DateTimeOffset lastEvent)
        {
            var referredOn = referral.ReferredOn!.Value;
            if (Chance(0.03) && @case.Route == CaseRoute.Adult)
            {
                var withdrawn = referral.SubmittedAt!.Value.AddDays(2 + random.Next(20));
                if (withdrawn < now)
                {
                    referral.Status = ReferralStatus.Withdrawn;
                    referral.StatusChangedAt = withdrawn;
                    referral.StatusReason = "The person withdrew their consent after advice from their solicitor.";
                    CaseEvent(@case, withdrawn, worker, "NRM referral withdrawn", reason: referral.StatusReason);
                    return withdrawn;
                }
            }

            if (Chance(0.015) && @case.Route == CaseRoute.Child)
            {
                var suspended = referral.SubmittedAt!.Value.AddDays(1 + random.Next(4));
                if (suspended < now)
                {
                    referral.Status = ReferralStatus.Suspended;
                    referral.StatusChangedAt = suspended;
                    referral.StatusReason = "Missing from care; the referral is suspended until they are found.";
                    CaseEvent(@case, suspended, worker, "NRM referral suspended", reason: referral.StatusReason);
                    return suspended;
                }
            }

            var maker = referral.DecisionMaker;
            var rgOn = maker == DecisionMaker.DevolvedPanel
                ? referredOn.AddDays(Chance(0.9) ? 10 + random.Next(36) : 46 + random.Next(25))
                : WorkingDays.Add(referredOn, Chance(0.8) ? 1 + random.Next(5) : 6 + random.Next(30));
            var rg = Record(@case, referral, worker, DecisionKind.ReasonableGrounds, rgOn, @case.Route == CaseRoute.Child ? 0.9 : 0.85);
            if (rg is null)
            {
                return lastEvent;
            }

            lastEvent = rg.RecordedAt;
            if (rg.Outcome == DecisionOutcome.Negative)
            {
                return AfterNegative(@case, referral, rg, worker, lastEvent);
            }

            var wait = maker == DecisionMaker.DevolvedPanel ? 45 : 260;
            var cgOn = rgOn.AddDays(NrmClocks.ConclusiveGroundsMinimumCalendarDays + (int)(-Math.Log(1 - random.NextDouble()) * wait));
            var cg = Record(@case, referral, worker, DecisionKind.ConclusiveGrounds, cgOn, 0.8);
            if (cg is null)
            {
                return lastEvent;
            }

            lastEvent = cg.RecordedAt;
            return cg.Outcome == DecisionOutcome.Negative ? AfterNegative(@case, referral, cg, worker, lastEvent) : lastEvent;
        }

        private NrmDecision? Record(Case @case, Referral referral, BeaconUser worker, DecisionKind kind, DateOnly on, double positive)
        {
            var recorded = At(on, 9 + random.Next(8)).AddDays(random.Next(3));
            if (recorded > now.AddMinutes(-10))
            {
                return null;
            }

            var decision = new NrmDecision
            {
                Id = NextId("decision"),
                CaseId = @case.Id,
                ReferralId = referral.Id,
                Kind = kind,
                Outcome = Chance(positive) ? DecisionOutcome.Positive : DecisionOutcome.Negative,
                DecidedOn = on,
                DecisionMaker = referral.DecisionMaker,
                RecordedAt = recorded,
                RecordedByUserId = worker.Id,
            };
            Decisions.Add(decision);
            var name = kind == DecisionKind.ReasonableGrounds ? "Reasonable grounds" : "Conclusive grounds";
            CaseEvent(@case, recorded, worker, $"{name}: {decision.Outcome.ToString().ToLowerInvariant()} ({MakerLabel(decision.DecisionMaker)})", new() { ["Decided on"] = [null, on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] });
            return decision;
        }

        private DateTimeOffset AfterNegative(Case @case, Referral referral, NrmDecision decision, BeaconUser worker, DateTimeOffset lastEvent)
        {
            var overturned = false;
            if (Chance(0.35))
            {
                var requestedOn = decision.DecidedOn.AddDays(3 + random.Next(18));
                if (At(requestedOn, 12) < now)
                {
                    var bySupport = Chance(0.2);
                    var reconsideration = new Reconsideration
                    {
                        Id = NextId("reconsideration"),
                        CaseId = @case.Id,
                        DecisionId = decision.Id,
                        RequestedBy = bySupport ? ReconsiderationRequester.SupportProvider : ReconsiderationRequester.FirstResponder,
                        RequesterName = bySupport ? "Cy Charity, Northbridge Freedom Project" : worker.DisplayName,
                        RequestedOn = requestedOn,
                        Grounds = "The decision did not take account of the school's evidence of going missing and the police intelligence about the older men; the account is consistent with known county lines and labour exploitation patterns.",
                        Outcome = ReconsiderationOutcome.Pending,
                        RecordedAt = At(requestedOn, 12),
                        RecordedByUserId = worker.Id,
                        Version = Guid.NewGuid(),
                    };
                    Reconsiderations.Add(reconsideration);
                    CaseEvent(@case, reconsideration.RecordedAt, worker, "Reconsideration requested");
                    lastEvent = reconsideration.RecordedAt;
                    var outcomeOn = requestedOn.AddDays(30 + random.Next(70));
                    if (At(outcomeOn, 15) < now)
                    {
                        overturned = Chance(0.4);
                        reconsideration.Outcome = overturned ? ReconsiderationOutcome.Overturned : ReconsiderationOutcome.Upheld;
                        reconsideration.OutcomeOn = outcomeOn;
                        CaseEvent(@case, At(outcomeOn, 15), worker, overturned ? "Reconsideration: decision overturned" : "Reconsideration: decision upheld");
                        lastEvent = At(outcomeOn, 15);
                        if (overturned)
                        {
                            var positive = new NrmDecision
                            {
                                Id = NextId("decision"),
                                CaseId = @case.Id,
                                ReferralId = referral.Id,
                                Kind = decision.Kind,
                                Outcome = DecisionOutcome.Positive,
                                DecidedOn = outcomeOn,
                                DecisionMaker = decision.DecisionMaker,
                                RecordedAt = At(outcomeOn, 15.5),
                                RecordedByUserId = worker.Id,
                            };
                            Decisions.Add(positive);
                            CaseEvent(@case, positive.RecordedAt, worker, $"{(decision.Kind == DecisionKind.ReasonableGrounds ? "Reasonable grounds" : "Conclusive grounds")}: positive ({MakerLabel(positive.DecisionMaker)})", reason: "On reconsideration");
                        }
                    }
                }
            }

            if (!overturned && Chance(0.3))
            {
                var escalatedOn = decision.DecidedOn.AddDays(5 + random.Next(16));
                if (At(escalatedOn, 11) < now)
                {
                    var board = @case.Route == CaseRoute.Child ? EscalationBoard.ChildrenSafeguardingPartnership : EscalationBoard.SafeguardingAdultsBoard;
                    var escalation = new Escalation
                    {
                        Id = NextId("escalation"),
                        CaseId = @case.Id,
                        DecisionId = decision.Id,
                        Board = board,
                        EscalatedOn = escalatedOn,
                        Concerns = "The NRM decision was negative but the indicators remain: still in contact with the people who controlled them, and going missing.",
                        RecordedAt = At(escalatedOn, 11),
                        RecordedByUserId = worker.Id,
                        Version = Guid.NewGuid(),
                    };
                    if (At(escalatedOn.AddDays(45), 11) < now)
                    {
                        escalation.Outcome = "The board agreed a multi-agency safety plan; the council continues support under its own duties.";
                        escalation.OutcomeOn = escalatedOn.AddDays(20 + random.Next(25));
                    }

                    Escalations.Add(escalation);
                    CaseEvent(@case, escalation.RecordedAt, worker, board == EscalationBoard.ChildrenSafeguardingPartnership ? "Escalated to the children's safeguarding partnership" : "Escalated to the safeguarding adults board");
                    lastEvent = Max(lastEvent, escalation.RecordedAt);
                }
            }

            return lastEvent;
        }

        private void AddActions(Case @case, bool child, DateTimeOffset openedAt, DateTimeOffset end, BeaconUser worker)
        {
            var planned = new List<(SafeguardingActionKind Kind, TimeSpan Due, string Details)>();
            if (child)
            {
                planned.Add((SafeguardingActionKind.FamilyWellbeingReferral, NrmClocks.FamilyWellbeingReferralWithin, "Referral to family wellbeing support"));
                if (Chance(0.6))
                {
                    planned.Add((SafeguardingActionKind.StrategyMeeting, TimeSpan.FromDays(2), "Strategy meeting with police, health and education"));
                }

                if (Chance(0.25))
                {
                    planned.Add((SafeguardingActionKind.ChildProtectionEnquiry, TimeSpan.FromDays(10), "Section 47 enquiry"));
                }

                if (Chance(0.3))
                {
                    planned.Add((SafeguardingActionKind.SupportOrganisationReferral, TimeSpan.FromDays(7), "Referral to the independent child trafficking guardian service"));
                }
            }
            else
            {
                if (Chance(0.5))
                {
                    planned.Add((SafeguardingActionKind.CareActEnquiry, TimeSpan.FromDays(7), "Care Act s.42 enquiry"));
                }

                if (Chance(0.4))
                {
                    planned.Add((SafeguardingActionKind.Housing, TimeSpan.FromDays(5), "Emergency accommodation through housing options"));
                }

                if (Chance(0.6))
                {
                    planned.Add((SafeguardingActionKind.SupportOrganisationReferral, TimeSpan.FromDays(3), "Referral to the Northbridge Freedom Project for outreach support"));
                }

                if (Chance(0.1))
                {
                    planned.Add((SafeguardingActionKind.Other, TimeSpan.FromDays(14), "Help to open a bank account and replace identity documents"));
                }
            }

            foreach (var (kind, due, details) in planned)
            {
                AddAction(@case, kind, details, openedAt.AddMinutes(5 + random.Next(60)), due, end, worker);
            }

            if (@case.Status == CaseStatus.Open && end == now && Chance(0.2))
            {
                var created = Max(openedAt, now.AddDays(-30 + random.Next(25)));
                AddAction(@case, SafeguardingActionKind.Other, "Review the safety plan with the person and their key worker", created, TimeSpan.FromDays(3 + random.Next(20)), end, worker);
            }
        }

        private void AddAction(Case @case, SafeguardingActionKind kind, string details, DateTimeOffset created, TimeSpan due, DateTimeOffset end, BeaconUser worker)
        {
            if (created >= end)
            {
                return;
            }

            var action = new SafeguardingAction
            {
                Id = NextId("action"),
                CaseId = @case.Id,
                Kind = kind,
                Details = details,
                OwnerUserId = worker.Id,
                DueAt = created + due,
                Status = SafeguardingActionStatus.NotStarted,
                CreatedAt = created,
                CreatedByUserId = worker.Id,
                Version = Guid.NewGuid(),
            };
            Actions.Add(action);
            CaseEvent(@case, created, worker, $"Safeguarding action added: {Label(kind)}", new() { ["Due"] = [null, Day(action.DueAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] });
            var closedCase = end < now;
            var old = action.DueAt < now.AddDays(-7);
            var roll = random.NextDouble();
            if (closedCase || (old && roll < 0.9) || (!old && roll < 0.4))
            {
                var completed = created.AddMinutes((action.DueAt - created).TotalMinutes * (0.2 + random.NextDouble()));
                if (completed >= end)
                {
                    completed = Between(created, end);
                }

                var cancelled = Chance(0.05);
                action.Status = cancelled ? SafeguardingActionStatus.Cancelled : SafeguardingActionStatus.Done;
                action.CompletedAt = completed;
                action.Outcome = cancelled ? "No longer needed: the person moved to another area." : kind switch
                {
                    SafeguardingActionKind.FamilyWellbeingReferral => "Referral accepted; family support worker allocated.",
                    SafeguardingActionKind.StrategyMeeting => "Held; safety plan agreed and police to lead on disruption.",
                    SafeguardingActionKind.ChildProtectionEnquiry => "Completed; child protection plan not needed, child in need plan instead.",
                    SafeguardingActionKind.CareActEnquiry => "Enquiry completed; care and support needs met by the support provider.",
                    SafeguardingActionKind.Housing => "Placed in safe temporary accommodation away from the exploiters.",
                    SafeguardingActionKind.SupportOrganisationReferral => "Accepted; first appointment held.",
                    _ => "Done.",
                };
                CaseEvent(@case, completed, worker, $"Safeguarding action {(cancelled ? "cancelled" : "done")}: {Label(kind)}");
            }
            else if (Chance(0.6))
            {
                action.Status = SafeguardingActionStatus.InProgress;
            }
        }

        private static string Label(SafeguardingActionKind kind) => kind switch
        {
            SafeguardingActionKind.StrategyMeeting => "strategy meeting",
            SafeguardingActionKind.ChildProtectionEnquiry => "section 47 enquiry",
            SafeguardingActionKind.FamilyWellbeingReferral => "family wellbeing referral",
            SafeguardingActionKind.CareActEnquiry => "Care Act s.42 enquiry",
            SafeguardingActionKind.Housing => "housing",
            SafeguardingActionKind.SupportOrganisationReferral => "referral to a support organisation",
            _ => "other action",
        };

        private void AddNotes(Case @case, DateTimeOffset openedAt, DateTimeOffset end, BeaconUser worker)
        {
            var days = (end - openedAt).TotalDays;
            var count = 1 + random.Next(1 + (int)Math.Min(6, days / 40));
            var times = Enumerable.Range(0, count).Select(_ => Between(openedAt.AddHours(1), end.AddHours(-1))).Order().ToList();
            foreach (var at in times)
            {
                var note = new CaseNote { Id = NextId("note"), CaseId = @case.Id, Text = Pick(NoteTemplates), WrittenByUserId = worker.Id, WrittenAt = at };
                Notes.Add(note);
                CaseEvent(@case, at, worker, "Note added");
                if (Chance(0.1))
                {
                    var later = at.AddHours(2 + random.Next(70));
                    if (later < end)
                    {
                        Notes.Add(new CaseNote { Id = NextId("note"), CaseId = @case.Id, AddendumToNoteId = note.Id, Text = Pick(AddendumTemplates), WrittenByUserId = worker.Id, WrittenAt = later });
                        CaseEvent(@case, later, worker, "Addendum added to a note");
                    }
                }
            }
        }

        private ReferralAnswers Answers(Case @case, Concern concern, CasePerson person, BeaconUser worker, AgeAnswer under18, AgeAnswer under18Then, ExploitedIn exploitedIn, string country, ExploitationComponents components, string type, bool dutyToNotify, bool cooperates)
        {
            var child = under18 != AgeAnswer.Adult;
            var team = child ? "mash" : "adult.triage";
            var overseas = exploitedIn is ExploitedIn.Overseas or ExploitedIn.UkAndOverseas;
            return new ReferralAnswers
            {
                FirstResponder = new() { WorkEmail = worker.Email, OwnReference = @case.Reference, OrganisationCode = "Northbridge Borough Council", Nation = UkNation.England },
                Age = new()
                {
                    UnderEighteen = under18,
                    UnderEighteenAtExploitation = under18Then,
                    LocalAuthorityCode = child ? "Northbridge Borough Council" : null,
                    LocalAuthorityContactName = child ? worker.DisplayName : null,
                    LocalAuthorityContactPhone = child ? "01632 960123" : null,
                    LocalAuthorityContactEmail = child ? worker.Email : null,
                },
                Background = new()
                {
                    Birthplace = country == "United Kingdom" ? "Born and grew up in the Northbridge area." : $"Born in a rural area of {country}.",
                    Family = child ? "Lives with mother and two younger siblings; father not in contact." : "Parents and siblings live abroad; sends money home when they can.",
                    Education = child ? "On roll at a local secondary school, attendance below 60% this year." : "Left school at 14.",
                    EmploymentHistory = child ? null : "Farm and building work at home; came to the UK on the promise of a job in a restaurant.",
                },
                Exploitation = new()
                {
                    MoreThanOneSituation = random.Next(3) == 0 ? YesNoNotSure.Yes : YesNoNotSure.No,
                    WhenAndTypes = $"{type} exploitation over several months before the concern was raised.",
                    HowItStarted = child ? "Befriended by older boys who gave them food, cigarettes and a phone, then said they owed money for them." : "Offered a job by a man from their home town who paid for the journey and said it could be paid back from wages.",
                    TakenSomewhere = overseas || child,
                    Journey = overseas ? $"Travelled overland from {country} through several countries, then by lorry to the UK." : "Driven between towns to sell drugs or work, sometimes overnight.",
                    AverageDay = concern.WhatWasSeen,
                    LivingConditions = "Shared a room with several others; little food; not allowed out alone.",
                    Treatment = "Threatened with violence against them and their family if they stopped.",
                    StillInSituation = false,
                    WhatKeepsThemOrHowTheyLeft = "Left when the place was visited by police and the council; now afraid the exploiters will find them.",
                    LastContactWithExploiters = LastContact.WithinAMonth,
                    ReportedBefore = YesNoNotSure.No,
                    WhatStoppedReporting = "Did not trust the police and feared being sent home.",
                },
                Insight = new()
                {
                    IndicatorsIdentified = true,
                    Indicators = concern.Indicators,
                    IndicatorsContext = "Seen by the raiser and confirmed at the first visit.",
                    Interview = "Interviewed with a professional interpreter, in a safe place, with breaks.",
                    WhyReferring = "The account and the indicators together meet the reasonable grounds threshold as we understand it.",
                    OtherProfessionals = child ? "School designated safeguarding lead, police missing persons coordinator." : "GP practice, housing options.",
                },
                Where = new()
                {
                    ExploitedIn = exploitedIn,
                    UkTowns = exploitedIn is ExploitedIn.Uk or ExploitedIn.UkAndOverseas ? [concern.Town!] : [],
                    UkAddress = concern.WhereSeen,
                    Countries = overseas ? [country] : [],
                    OverseasDetails = overseas ? $"Made to work on the journey in {country} and in transit countries." : null,
                    CurrentTown = concern.Town,
                },
                Exploiters = new()
                {
                    WhoTheyAre = child ? "A group of older men, one known by a street name." : "The employer and a man who arranged the travel.",
                    WhereTheyAreNow = "Believed to be still in the area.",
                    Components = components,
                    OtherVictims = YesNoNotSure.NotSure,
                    ReExploitationConcern = child,
                    ReExploitationDetails = child ? "Still receiving messages from the group." : null,
                    CrimeReported = random.Next(2) == 0,
                    PoliceForceCode = "Northbridge Police",
                    WillingToCooperateWithPolice = dutyToNotify && !cooperates ? YesNoNotSure.No : YesNoNotSure.NotSure,
                },
                Consent = child ? new() : new()
                {
                    Consents = !dutyToNotify,
                    Explained = ConsentExplanations.All,
                    WantsSupport = !dutyToNotify,
                    ContactMethod = dutyToNotify ? null : person.Phone is null ? SupportContactMethod.AnotherNumber : SupportContactMethod.OwnPhone,
                    ContactNumber = dutyToNotify ? null : person.Phone ?? "07700 900555",
                    ContactNumberWhose = dutyToNotify || person.Phone is not null ? null : "Key worker at the support provider",
                },
                DutyToNotify = dutyToNotify ? new()
                {
                    WhyNoReferral = "Does not want to be referred: afraid of the police and the Home Office, and of what the exploiters would do.",
                    AgreesToCooperate = cooperates,
                    Gender = person.Gender,
                    NationalityCode = person.NationalityCode,
                } : new(),
                Person = new()
                {
                    FirstName = person.FirstName,
                    LastName = person.LastName,
                    Nickname = person.Nickname,
                    DateOfBirth = person.DateOfBirth,
                    EstimatedAge = person.EstimatedAge,
                    Gender = person.Gender,
                    NumberOfChildren = child ? 0 : random.Next(3),
                    NationalityCode = person.NationalityCode,
                    InterpreterNeeded = person.InterpreterNeeded,
                    InterpreterLanguage = person.InterpreterLanguage,
                    HomeOfficeReferences = person.HomeOfficeReference,
                    Phone = person.Phone,
                },
                Contact = new()
                {
                    Recipient = DecisionRecipient.SupportWorker,
                    RecipientName = worker.DisplayName,
                    Email = worker.Email,
                    SafeToEmail = true,
                    ResponderName = worker.DisplayName,
                    ResponderRole = child ? "Social worker, MASH" : "Adult triage worker",
                    ResponderPhone = "01632 960123",
                    TeamMailbox = $"{team}@{DemoPartnership.EmailDomain}",
                },
            };
        }

        private void AddNoFurtherAction(DateTimeOffset raisedAt)
        {
            var child = Chance(0.6);
            var type = Weighted(ExploitationTypes.Select(t => (t.Type, child ? t.Child : t.Adult)));
            var gender = Chance(0.7) ? Gender.Male : Gender.Female;
            var concern = NewConcern(raisedAt, child ? CaseRoute.Child : CaseRoute.Adult, type, child, child ? 14 + random.Next(4) : 20 + random.Next(30), child ? AgeAnswer.Under18 : AgeAnswer.Adult, gender, Pick((child ? ChildNationalities : AdultNationalities).Select(n => n.Nationality).ToList()));
            concern.Rag = RagRating.Green;
            concern.PersonKnown = Chance(0.5);
            concern.PersonName = concern.PersonKnown ? string.Join(' ', Name(random, gender).First, Name(random, gender).Last) : null;
            var worker = User(Pick(child ? MashWorkers : AdultWorkers));
            var triaged = raisedAt.AddHours(2 + random.Next(28));
            Triage(concern, triaged, worker, ConcernStatus.NoFurtherAction, null, Pick(NoFurtherActionReasons));
            Audit(ConcernAccess.ResourceType, concern.Id, raisedAt, context.People.Values.First(u => u.Id == concern.RaisedByUserId), "Concern raised");
            Audit(ConcernAccess.ResourceType, concern.Id, concern.AssignedAt!.Value, worker, "Concern assigned");
            Audit(ConcernAccess.ResourceType, concern.Id, triaged, worker, "No further action", reason: concern.TriageNote);
        }

        private void AddWaitingConcern(DateTimeOffset raisedAt, bool child)
        {
            var type = Weighted(ExploitationTypes.Select(t => (t.Type, child ? t.Child : t.Adult)));
            var gender = child ? (Chance(0.8) ? Gender.Male : Gender.Female) : (Chance(0.6) ? Gender.Male : Gender.Female);
            var unsure = child && Chance(0.25);
            var concern = NewConcern(raisedAt, child ? CaseRoute.Child : CaseRoute.Adult, type, child, child ? 14 + random.Next(4) : 19 + random.Next(30), unsure ? AgeAnswer.NotSure : child ? AgeAnswer.Under18 : AgeAnswer.Adult, gender, Pick((child ? ChildNationalities : AdultNationalities).Select(n => n.Nationality).ToList()));
            concern.PersonKnown = Chance(0.7);
            if (concern.PersonKnown)
            {
                var (first, last) = Name(random, gender);
                concern.PersonName = $"{first} {last}";
                concern.PersonOtherNames = Chance(0.3) ? Nickname(random) : null;
            }

            Audit(ConcernAccess.ResourceType, concern.Id, raisedAt, context.People.Values.First(u => u.Id == concern.RaisedByUserId), "Concern raised");
            if (Chance(0.45))
            {
                var worker = User(Pick(child ? MashWorkers : AdultWorkers));
                concern.Status = ConcernStatus.Assigned;
                concern.AssignedToUserId = worker.Id;
                concern.AssignedAt = Between(raisedAt, now.AddMinutes(-5));
                Audit(ConcernAccess.ResourceType, concern.Id, concern.AssignedAt.Value, worker, "Concern assigned");
            }
        }

        private void AddShares()
        {
            var coordinator = User("cass.coordinator");
            var candidates = Cases.Where(c => c.Status == CaseStatus.Open && !c.IsAnonymous && c.AssignedWorkerId is not null).Reverse().ToList();
            var chosen = new HashSet<Guid>();
            void Share(Func<Case, bool> which, string organisation, CaseSections sections, string? police, string? health)
            {
                var @case = candidates.FirstOrDefault(c => !chosen.Contains(c.Id) && which(c));
                if (@case is null)
                {
                    return;
                }

                chosen.Add(@case.Id);
                var child = @case.Route == CaseRoute.Child;
                var at = Max(@case.CreatedAt.AddDays(1), now.AddDays(-1 - random.Next(10)));
                @case.PoliceInformation ??= police;
                @case.HealthInformation ??= health;
                var share = new CaseShare
                {
                    Id = NextId("share"),
                    CaseId = @case.Id,
                    OrganisationId = context.Organisations[organisation].Id,
                    Sections = sections,
                    Purpose = "Joint safeguarding and support of the person",
                    LegalBasis = child ? LegalBasis.SafeguardingChildrenAndAdultsAtRisk : LegalBasis.Consent,
                    Consent = child ? ShareConsent.NotApplicableChild : ShareConsent.Given,
                    SharedByUserId = coordinator.Id,
                    SharedAt = at,
                };
                Shares.Add(share);
                CaseEvent(@case, at, coordinator, $"Shared with {context.Organisations[organisation].Name}", new() { ["Sections"] = [null, sections.ToString()], ["Legal basis"] = [null, share.LegalBasis.ToString()], ["Consent"] = [null, share.Consent.ToString()] }, share.Purpose);
            }

            Share(c => c.Route == CaseRoute.Child && c.Summary.Contains("county lines", StringComparison.Ordinal), "police", CaseSections.Summary | CaseSections.Safeguarding, "Linked to an active county lines investigation. Do not contact the family before speaking to the MSU.", null);
            Share(c => c.Route == CaseRoute.Child, "police", CaseSections.Summary, null, null);
            Share(c => c.Route == CaseRoute.Adult && People.Any(p => p.CaseId == c.Id && p.Gender == Gender.Female), "nhs", CaseSections.Summary, null, "Seen in the emergency department with untreated injuries; interpreter used.");
            Share(c => c.Route == CaseRoute.Adult, "charity", CaseSections.Summary | CaseSections.Safeguarding, null, null);
        }

        /// <summary>Concern references in the order they were raised, year by year, and the audit events that name them.</summary>
        private void NumberConcerns()
        {
            foreach (var group in Concerns.OrderBy(c => c.RaisedAt).GroupBy(c => Day(c.RaisedAt).Year))
            {
                var series = $"{References.ConcernPrefix}-{group.Key}";
                var number = 0;
                foreach (var concern in group)
                {
                    concern.Reference = string.Create(CultureInfo.InvariantCulture, $"{series}-{++number:D5}");
                }

                Counters.Add(new ReferenceCounter { Series = series, Next = number });
            }

            foreach (var concern in Concerns.Where(c => c.CaseId is not null).OrderBy(c => c.TriagedAt))
            {
                var @case = Cases.First(c => c.Id == concern.CaseId);
                var worker = context.People.Values.First(u => u.Id == concern.TriagedByUserId);
                if (concern.Status == ConcernStatus.CaseOpened)
                {
                    CaseEvent(@case, concern.TriagedAt!.Value, worker, $"Case opened from concern {concern.Reference}", new() { ["Route"] = [null, concern.Route.ToString()], ["Status"] = [null, "Open"] });
                    Audit(ConcernAccess.ResourceType, concern.Id, concern.TriagedAt!.Value, worker, $"Case {caseReferences[@case.Id]} opened");
                }
                else
                {
                    CaseEvent(@case, concern.TriagedAt!.Value, worker, $"Concern {concern.Reference} linked to the case");
                    Audit(ConcernAccess.ResourceType, concern.Id, concern.TriagedAt!.Value, worker, $"Linked to case {caseReferences[@case.Id]}");
                }
            }
        }
    }
}
