import { DomainError } from '../errors.js';
import { parseProcedureRecord, type ProcedureRecord } from './procedure-record.js';

/** Columns of the catalogue file, one row per version; multi-valued cells hold JSON. */
export const CSV_COLUMNS = [
  'code', 'validFrom', 'validTo', 'name', 'level', 'fieldCode', 'fieldName', 'competentUnitCodes', 'receivingUnitCodes', 'channels',
  'onlineLevel', 'onlineReason', 'timeLimitValue', 'timeLimitUnit', 'components', 'fees', 'resultType', 'resultName', 'legalBasis',
  'announcingDecision', 'steps', 'interAgency', 'supplementClock', 'clockStartsAfterPayment', 'outsideBoundaryAllowed', 'subjects', 'conditions',
  'agencySteps',
] as const;
const JSON_COLUMNS = new Set(['competentUnitCodes', 'receivingUnitCodes', 'channels', 'components', 'fees', 'legalBasis', 'announcingDecision', 'steps', 'subjects', 'conditions', 'agencySteps']);

/** UTF-8 byte order mark: Excel opens a CSV as UTF-8 (Vietnamese letters intact) only when the file starts with it. */
export const BOM = '\uFEFF';

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks; CRLF or LF). */
export function parseCsv(input: string): string[][] {
  const textIn = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i++) {
    const c = textIn[i];
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && textIn[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      (row = []), (cell = '');
    } else cell += c;
  }
  if (quoted) throw new DomainError('INVALID_INPUT', 'The CSV ends inside a quoted cell.', 'Tệp CSV kết thúc giữa một ô có dấu ngoặc kép.', { field: 'content' });
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Writes rows as CSV (RFC 4180: CRLF line ends; cells with a comma, quote or line break are quoted, quotes doubled). */
export function toCsv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** One record as CSV cells, in CSV_COLUMNS order. */
function recordCells(r: ProcedureRecord): string[] {
  const flat: Record<string, unknown> = { ...r, timeLimitValue: r.timeLimit.value, timeLimitUnit: r.timeLimit.unit };
  return CSV_COLUMNS.map((c) => {
    const v = flat[c];
    if (JSON_COLUMNS.has(c)) return v === undefined ? '' : JSON.stringify(v);
    return v === null || v === undefined ? '' : String(v);
  });
}

/** The catalogue as a CSV file for Excel: BOM, header row, one row per version. */
export function formatProcedureCsv(records: ProcedureRecord[]): string {
  return BOM + toCsv([[...CSV_COLUMNS], ...records.map(recordCells)]);
}

/** The outcome of one data row: its record, or why it was refused. `row` counts the header as row 1, as a spreadsheet does. */
export type CsvRow = { row: number; record: ProcedureRecord } | { row: number; error: DomainError };

/** Reads a catalogue CSV row by row; a bad row is reported with its number and the field at fault, the others are kept. */
export function parseProcedureCsv(input: string): CsvRow[] {
  const [header, ...data] = parseCsv(input);
  const missing = CSV_COLUMNS.filter((c) => !['subjects', 'conditions', 'validTo', 'onlineReason', 'agencySteps'].includes(c) && !header?.includes(c));
  if (!header || missing.length) {
    throw new DomainError('INVALID_INPUT', `The CSV header lacks: ${missing.join(', ') || 'everything'}.`, `Dòng tiêu đề CSV thiếu cột: ${missing.join(', ')}.`, { field: 'content', missing });
  }
  return data.map((cells, i) => {
    const row = i + 2;
    try {
      const raw: Record<string, unknown> = {};
      header.forEach((column, k) => {
        const cell = cells[k] ?? '';
        if (JSON_COLUMNS.has(column)) raw[column] = cell === '' ? (column === 'announcingDecision' ? null : undefined) : parseJsonCell(cell, column);
        else if (['clockStartsAfterPayment', 'outsideBoundaryAllowed'].includes(column)) raw[column] = cell === '' ? undefined : cell === 'true' ? true : cell === 'false' ? false : cell;
        else if (column === 'timeLimitValue') raw[column] = cell === '' || Number.isNaN(Number(cell)) ? cell : Number(cell);
        else raw[column] = cell === '' ? null : cell;
      });
      raw.timeLimit = { value: raw.timeLimitValue, unit: raw.timeLimitUnit };
      return { row, record: parseProcedureRecord(raw) };
    } catch (error) {
      if (error instanceof DomainError) return { row, error };
      throw error;
    }
  });
}

function parseJsonCell(cell: string, column: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    throw new DomainError('INVALID_INPUT', `${column}: the cell is not valid JSON.`, `${column}: ô không phải JSON hợp lệ.`, { field: column });
  }
}
