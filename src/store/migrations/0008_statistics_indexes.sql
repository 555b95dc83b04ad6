-- Statistics (issue 5): the daily counters by unit and day, so the days at either end of a period (sumCounters reads
-- whole months from stat_monthly and the remaining days from stat_daily) are a range per unit rather than every row of
-- the unit (the primary key leads with unit_id, field_code). bench/statistics.bench.ts, 100,000 dossiers on PostgreSQL:
-- the province's counters for the Decree 09 quarter window 41 → 22 ms; no change for whole months. Counter columns are
-- not indexed, so the upserts stay HOT.
create index stat_daily_unit_day_idx on stat_daily (unit_id, day);
