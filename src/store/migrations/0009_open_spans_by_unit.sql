-- Statistics (issue 5): open spans by unit and end day, so a department's or commune's open dossiers at the end of a
-- day (today's in-progress figures, snapshots on first use) are one index range per unit instead of a pass over every
-- open span of the province. The columns the count reads are included.
create index stat_open_spans_unit_to_idx on stat_open_spans (unit_id, to_day) include (from_day, field_code, state);
