-- Decision 766 index (issue 5), sub-index 2.1: dossiers with more than one supplement request count as overdue (F766),
-- whether they ended early / on time or are still open within the deadline. The ended ones become a counter of the
-- daily and monthly rollups (by end day), the open ones a flag on their open spans (from the fact), so the index sums
-- rollup rows and counts spans instead of reading facts. Both are filled here from the stored facts.
alter table stat_daily add column ended_in_time_multi_supplement integer not null default 0;
alter table stat_monthly add column ended_in_time_multi_supplement integer not null default 0;

update stat_daily d set ended_in_time_multi_supplement = s.n
from (select unit_id, field_code, end_day, count(*)::int as n from stat_dossier_facts
      where counted and received_day is not null and supplement_count > 1 and end_day is not null and end_class in ('early', 'on_time') group by unit_id, field_code, end_day) s
where d.unit_id = s.unit_id and d.field_code = s.field_code and d.day = s.end_day;

update stat_monthly m set ended_in_time_multi_supplement = s.n
from (select unit_id, field_code,
        (extract(year from date '1970-01-01' + end_day)::int * 12 + extract(month from date '1970-01-01' + end_day)::int - 1) as month, count(*)::int as n
      from stat_dossier_facts
      where counted and received_day is not null and supplement_count > 1 and end_day is not null and end_class in ('early', 'on_time') group by 1, 2, 3) s
where m.unit_id = s.unit_id and m.field_code = s.field_code and m.month = s.month;

alter table stat_open_spans add column multi_supplement boolean not null default false;
update stat_open_spans s set multi_supplement = true from stat_dossier_facts f where f.dossier_id = s.dossier_id and f.supplement_count > 1;
-- The open spans by unit and end day (0009) now cover the flag too, for index-only counts.
create index stat_open_spans_unit_to_flags_idx on stat_open_spans (unit_id, to_day) include (from_day, field_code, state, multi_supplement);
drop index stat_open_spans_unit_to_idx;

-- 3.2 and 3.5 ask which procedures had an online / paid-online dossier received in the period: index-only scans by unit and day.
create index stat_dossier_facts_online_idx on stat_dossier_facts (unit_id, received_day) include (procedure_code) where counted and online;
create index stat_dossier_facts_paid_online_idx on stat_dossier_facts (unit_id, received_day) include (procedure_code) where counted and paid_online;
