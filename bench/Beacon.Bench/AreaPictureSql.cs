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
/// nationality, first responder), then decisions made, time to the first reasonable grounds
/// decision, waiting for conclusive grounds, reconsiderations, safeguarding actions and concerns by
/// place, town and business; six statements sent as one batch. Rows are read and grouped as the
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
        var caseOrganisation = filter.OrganisationId is null ? "" : " AND c.owning_organisation_id = @organisation";
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
                    SELECT d.kind, d.outcome, count(*)
                    FROM nrm_decisions d JOIN referrals r ON r.id = d.referral_id
                    WHERE d.decided_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY d.kind, d.outcome
                    """),
                new($"""
                    SELECT r.referred_on, d.decided_on, r.decision_maker, count(*)
                    FROM nrm_decisions d JOIN referrals r ON r.id = d.referral_id
                    WHERE d.kind = 'ReasonableGrounds' AND d.decided_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                      AND NOT EXISTS (SELECT 1 FROM nrm_decisions e WHERE e.referral_id = d.referral_id AND e.kind = 'ReasonableGrounds'
                                      AND (e.decided_on < d.decided_on OR (e.decided_on = d.decided_on AND e.id < d.id)))
                    GROUP BY r.referred_on, d.decided_on, r.decision_maker
                    """),
                new($"""
                    SELECT rg.since, count(*)
                    FROM referrals r
                    JOIN (SELECT referral_id, min(decided_on) AS since FROM nrm_decisions
                          WHERE kind = 'ReasonableGrounds' AND outcome = 'Positive' AND decided_on <= @asAt GROUP BY referral_id) rg ON rg.referral_id = r.id
                    WHERE r.kind = 'Nrm' AND r.status <> 'Withdrawn' AND {referrals} AND r.referred_on <= @asAt
                      AND NOT EXISTS (SELECT 1 FROM nrm_decisions c WHERE c.referral_id = r.id AND c.kind = 'ConclusiveGrounds' AND c.decided_on <= @asAt)
                    GROUP BY rg.since
                    """),
                new($"""
                    SELECT d.kind, rc.outcome, count(*)
                    FROM reconsiderations rc JOIN nrm_decisions d ON d.id = rc.decision_id JOIN referrals r ON r.id = d.referral_id
                    WHERE rc.requested_on BETWEEN @from AND @to AND r.kind = 'Nrm' AND {referrals}
                    GROUP BY d.kind, rc.outcome
                    """),
                new($"""
                    SELECT a.kind, a.status = 'Done', a.completed_at IS NOT NULL AND a.completed_at <= a.due_at, a.completed_at IS NULL AND a.due_at < @now, count(*)
                    FROM safeguarding_actions a JOIN cases c ON c.id = a.case_id
                    WHERE a.created_at >= @start AND a.created_at < @end AND a.status <> 'Cancelled' AND c.area_id = ANY(@areas){caseOrganisation}
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
