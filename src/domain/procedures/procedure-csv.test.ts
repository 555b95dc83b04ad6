import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { BOM, CSV_COLUMNS, formatProcedureCsv, parseCsv, parseProcedureCsv, toCsv } from './procedure-csv.js';
import { buildProcedureRecord } from './procedure.fixtures.js';

describe(parseCsv.name, () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, and drops the BOM', () => {
    const text = `${BOM}a,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\nlast,,\n`;
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'line 1\nline 2'], ['last', '', '']]);
  });
  it('keeps Vietnamese letters as they are', () => {
    expect(parseCsv('Đăng ký khai sinh,Hộ tịch')).toEqual([['Đăng ký khai sinh', 'Hộ tịch']]);
  });
  it('refuses a file that ends inside a quoted cell', () => {
    expect(domainErrorOf(() => parseCsv('a,"open\n'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'content' } });
  });
  it('round-trips any grid of cells through toCsv (RFC 4180)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ế', ',', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (grid) => {
      expect(parseCsv(toCsv(grid))).toEqual(grid);
    }));
  });
});

describe(formatProcedureCsv.name, () => {
  it('writes a BOM, the header and one CRLF row per version with list fields as JSON', () => {
    const csv = formatProcedureCsv([buildProcedureRecord()]);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(JSON.parse(row[header.indexOf('competentUnitCodes')])).toEqual(['*commune*']);
    expect(csv).toContain('\r\n');
  });
  it('reads back exactly what it wrote, Vietnamese text, quotes and line breaks included', () => {
    const records = [buildProcedureRecord(), buildProcedureRecord({ code: '2.000635', name: 'Cấp bản sao "Trích lục hộ tịch", bản sao Giấy khai sinh', subjects: undefined, conditions: undefined, announcingDecision: null, validTo: '2026-12-31', timeLimit: { value: 1.5, unit: 'working_days' } })];
    expect(parseProcedureCsv(formatProcedureCsv(records)).map((r) => ('record' in r ? r.record : r.error))).toEqual(records);
  });
  it('round-trips the agencies of an inter-agency procedure, and reads files written before the agencySteps column', () => {
    const record = buildProcedureRecord({ interAgency: 'sequential', timeLimit: { value: 10, unit: 'working_days' },
      agencySteps: [{ unitCode: 'T1.STP', name: 'Xác minh, "trích lục"', workingDays: 3 }, { unitCode: 'T1.SNV', name: 'Cho ý kiến', workingDays: 2.5 }] });
    const csv = formatProcedureCsv([record]);
    expect(parseProcedureCsv(csv).map((r) => ('record' in r ? r.record : r.error))).toEqual([record]);
    const [header, ...rows] = parseCsv(csv);
    const without = toCsv([header.slice(0, -1), ...rows.map((r) => r.slice(0, -1))]);
    expect(header.at(-1)).toBe('agencySteps');
    expect(parseProcedureCsv(without).map((r) => ('record' in r ? r.record.agencySteps : r.error))).toEqual([undefined]);
  });
});

describe(parseProcedureCsv.name, () => {
  it('reports a bad row with its spreadsheet row number and field, and keeps the good rows', () => {
    const [header, good] = parseCsv(formatProcedureCsv([buildProcedureRecord()]));
    const bad = [...good];
    bad[header.indexOf('level')] = 'village';
    const badJson = [...good];
    badJson[header.indexOf('channels')] = '[online';
    const rows = parseProcedureCsv(toCsv([header, good, bad, badJson, good]));
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(rows.filter((r) => 'record' in r).map((r) => r.row)).toEqual([2, 5]);
    expect(rows[1]).toMatchObject({ error: { code: 'INVALID_INPUT', details: { field: 'level' } } });
    expect(rows[2]).toMatchObject({ error: { details: { field: 'channels' } } });
  });
  it('refuses a file whose header lacks required columns', () => {
    expect(domainErrorOf(() => parseProcedureCsv('code,name\n1.001193,x\n'))).toMatchObject({ details: { field: 'content' } });
  });
  it('names a bad number of the time limit', () => {
    const [header, good] = parseCsv(formatProcedureCsv([buildProcedureRecord()]));
    good[header.indexOf('timeLimitValue')] = 'ba';
    expect(parseProcedureCsv(toCsv([header, good]))[0]).toMatchObject({ row: 2, error: { details: { field: 'timeLimit.value' } } });
  });
});
