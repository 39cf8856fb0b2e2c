using Beacon.Core.AreaPicture;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Statistics;
using Npgsql;

namespace Beacon.Bench;

/// <summary>
/// The area's picture's aggregates in hand-written SQL (Npgsql, no EF), for the same filter: the
/// referrals in one GROUPING SETS scan (by quarter, route, age, gender, location, exploitation,
/// nationality, first responder), then each referral's first reasonable grounds and conclusive
/// grounds decisions in the period, time to the first reasonable grounds decision and waiting for
/// conclusive grounds (all from the decision dates kept on the referral and its covering indexes),
/// reconsiderations, safeguarding actions by their area, and concerns by place, town and business;
/// seven statements sent as one batch. Rows are read and grouped as the
/// dashboard needs them; nothing is rendered.
/// </summary>
internal static class AreaPictureSql
{
    internal sealed class Figures
    {
        public Dictionary<(Quarter Quarter, string Kind), long> ByQuarter { get; } = [];

        public Dictionary<string, long> NrmByExploitationType { get; } = [];

        public long Breakdowns { get; set; }

        public long DecisionsMade { get; set; }

        public long ReasonableGroundsMade { get; set; }

        public long ConclusiveGroundsMade { get; set; }

        public long FirstReasonableGrounds { get; set; }

        public long WithinFiveWorkingDays { get; set; }

        public long Waiting { get; set; }

        public long Reconsiderations { get; set; }

        public long SafeguardingActions { get; set; }

        public long Concerns { get; set; }

        public long PlaceRows { get; set; }
    }

    private const string InArea = "r.status <> 'Draft' AND r.kind IS NOT NULL AND r.area_id = ANY(@areas)";

    public static async Task<Figures> RunAsync(NpgsqlDataSource data, AreaPictureFilter filter, DateOnly today, DateTimeOffset now)
    {
        var from = filter.From.Start;
        var to = filter.To.End;
        var asAt = to < today ? to : today;
        var organisation = filter.OrganisationId is null ? "" : " AND r.first_responder_organisation_id = @organisation";
        var caseOrganisation = filter.OrganisationId is null ? "" : " AND EXISTS (SELECT 1 FROM cases c WHERE c.id = a.case_id AND c.owning_organisation_id = @organisation)";
        var concernOrganisation = filter.OrganisationId is null ? "" : " AND raised_by_organisation_id = @organisation";
        var referrals = InArea + organisation;

        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new($"""
                    SELECT GROUPING(y, route, under_eighteen_at_exploitation, gender, exploited_in, exploitation, nationality_code, first_responder_organisation_id),
                           kind, y, q, route, under_eighteen_at_exploitation, gender, exploited_in, exploitation, nationality_code, first_responder_organisation_id, first_responder_team_id, count(*)
                    FROM (SELECT r.*, extract(year FROM r.referred_on)::int AS y, extract(quarter FROM r.referred_on)::int AS q
                          FROM referrals r WHERE {referrals} AND r.referred_on BETWEEN @from AND @to) r
                    GROUP BY GROUPING SETS ((kind, y, q), (kind, route), (kind, under_eighteen_at_exploitation), (kind, gender), (kind, exploited_in),
                                           (kind, exploitation), (kind, nationality_code), (kind, first_responder_organisation_id, first_responder_team_id))
                    """),
                new($"""
                    SELECT 'ReasonableGrounds', r.reasonable_grounds_outcome, count(*)
                    FROM referrals r
                    WHERE r.reasonable_grounds_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY r.reasonable_grounds_outcome
                    UNION ALL
                    SELECT 'ConclusiveGrounds', r.conclusive_grounds_outcome, count(*)
                    FROM referrals r
                    WHERE r.conclusive_grounds_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY r.conclusive_grounds_outcome
                    """),
                new($"""
                    SELECT r.referred_on, r.reasonable_grounds_on, r.decision_maker, count(*)
                    FROM referrals r
                    WHERE r.reasonable_grounds_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY r.referred_on, r.reasonable_grounds_on, r.decision_maker
                    """),
                new($"""
                    SELECT r.positive_reasonable_grounds_on, count(*)
                    FROM referrals r
                    WHERE r.conclusive_grounds_on IS NULL AND r.positive_reasonable_grounds_on IS NOT NULL AND r.positive_reasonable_grounds_on <= @asAt
                      AND r.kind = 'Nrm' AND r.status <> 'Withdrawn' AND {referrals}
                    GROUP BY r.positive_reasonable_grounds_on
                    UNION ALL
                    SELECT r.positive_reasonable_grounds_on, count(*)
                    FROM referrals r
                    WHERE r.conclusive_grounds_on > @asAt AND r.positive_reasonable_grounds_on <= @asAt
                      AND r.kind = 'Nrm' AND r.status <> 'Withdrawn' AND {referrals}
                    GROUP BY r.positive_reasonable_grounds_on
                    """),
                new($"""
                    SELECT d.kind, rc.outcome, count(*)
                    FROM reconsiderations rc JOIN nrm_decisions d ON d.id = rc.decision_id JOIN referrals r ON r.id = d.referral_id
                    WHERE rc.requested_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY d.kind, rc.outcome
                    """),
                new($"""
                    SELECT a.kind, a.status = 'Done', a.completed_at IS NOT NULL AND a.completed_at <= a.due_at, a.completed_at IS NULL AND a.due_at < @now, count(*)
                    FROM safeguarding_actions a
                    WHERE a.area_id = ANY(@areas) AND a.created_at >= @start AND a.created_at < @end AND a.status <> 'Cancelled'{caseOrganisation}
                    GROUP BY 1, 2, 3, 4
                    """),
                new($"""
                    SELECT GROUPING(place_type, town, business_name), place_type, town, business_name, count(*)
                    FROM concerns
                    WHERE area_id = ANY(@areas) AND raised_at >= @start AND raised_at < @end{concernOrganisation}
                    GROUP BY GROUPING SETS ((place_type), (town), (business_name, place_type, town))
                    """),
            },
        };
        for (var i = 0; i < batch.BatchCommands.Count; i++)
        {
            var parameters = batch.BatchCommands[i].Parameters;
            parameters.AddWithValue("areas", filter.AreaIds.ToArray());
            parameters.AddWithValue("from", from);
            parameters.AddWithValue("to", to);
            parameters.AddWithValue("asAt", asAt);
            parameters.AddWithValue("now", now);
            parameters.AddWithValue("start", UkTime.StartOf(from).ToUniversalTime());
            parameters.AddWithValue("end", UkTime.StartOf(to.AddDays(1)).ToUniversalTime());
            if (filter.OrganisationId is { } id)
            {
                parameters.AddWithValue("organisation", id);
            }
        }

        var figures = new Figures();
        batch.Timeout = 600;
        await using var reader = await batch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // GROUPING(...) has a bit per argument, 1 where the set leaves it out; the quarter set keeps only the year.
            var grouping = reader.GetInt32(0);
            var kind = reader.GetString(1);
            var n = reader.GetInt64(12);
            if ((grouping & (1 << 7)) == 0)
            {
                figures.ByQuarter[(new Quarter(reader.GetInt32(2), reader.GetInt32(3)), kind)] = n;
            }
            else if ((grouping & (1 << 2)) == 0 && kind == nameof(ReferralKind.Nrm))
            {
                var type = PublishedCategories.ExploitationType((ExploitationComponents)reader.GetInt32(8));
                figures.NrmByExploitationType[type] = figures.NrmByExploitationType.GetValueOrDefault(type) + n;
            }
            else
            {
                figures.Breakdowns += n;
            }
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            figures.DecisionsMade += reader.GetInt64(2);
            if (reader.GetString(0) == nameof(DecisionKind.ReasonableGrounds))
            {
                figures.ReasonableGroundsMade += reader.GetInt64(2);
            }
            else
            {
                figures.ConclusiveGroundsMade += reader.GetInt64(2);
            }
        }

        await reader.NextResultAsync();
        var timings = new List<(DateOnly ReferredOn, DateOnly DecidedOn, string Maker, long Count)>();
        while (await reader.ReadAsync())
        {
            timings.Add((reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetInt64(3)));
        }

        figures.FirstReasonableGrounds = timings.Sum(t => t.Count);
        figures.WithinFiveWorkingDays = timings.Where(t => t.DecidedOn <= NrmClocks.ReasonableGroundsDue(t.ReferredOn, Enum.Parse<DecisionMaker>(t.Maker))).Sum(t => t.Count);

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            figures.Waiting += reader.GetInt64(1);
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            figures.Reconsiderations += reader.GetInt64(2);
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            figures.SafeguardingActions += reader.GetInt64(4);
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var grouping = reader.GetInt32(0);
            if (grouping == 0b011)
            {
                figures.Concerns += reader.GetInt64(4);
            }
            else
            {
                figures.PlaceRows++;
            }
        }

        return figures;
    }
}
