-- Decision 766 index (issue 5), sub-index 2.1: dossiers ended early or on time after more than one supplement request
-- count as overdue (F766). They become a counter of the daily and monthly rollups (by end day), filled here from the
-- stored facts, so the index sums rollup rows instead of reading facts. The few still open are read through a partial
-- index of the facts with more than one supplement request.
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

create index stat_dossier_facts_multi_supplement_idx on stat_dossier_facts (unit_id, end_day) where supplement_count > 1;
-- 3.2 and 3.5 ask which procedures had an online / paid-online dossier received in the period: index-only scans by unit and day.
create index stat_dossier_facts_online_idx on stat_dossier_facts (unit_id, received_day) include (procedure_code) where counted and online;
create index stat_dossier_facts_paid_online_idx on stat_dossier_facts (unit_id, received_day) include (procedure_code) where counted and paid_online;
