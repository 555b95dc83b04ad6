import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { parseLegacyLine } from './parse-legacy-line.js';

const base = {
  code: '10001-260302-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'online',
  receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-09T17:00:00+07:00',
  events: [{ type: 'resolved', at: '2026-03-05T02:00:00Z' }, { type: 'extended', at: '2026-03-04T09:00+07:00', dueAt: '2026-03-12T17:00:00.000+07:00', reason: ' Chờ xác minh ' }],
};
const parse = (over: object) => parseLegacyLine(JSON.stringify({ ...base, ...over }));
const fieldOf = (over: object) => domainErrorOf(() => parse(over)).details;

describe(parseLegacyLine.name, () => {
  it('reads a well-formed line, trimming codes and reasons and ignoring unknown fields', () => {
    const line = parse({ code: ' 10001-260302-0001 ', extra: 'ignored' });
    expect(line).toEqual({ ...base, events: [base.events[0], { ...base.events[1], reason: 'Chờ xác minh' }] });
    expect(line).not.toHaveProperty('extra');
  });

  it('accepts a line without events, and a trailing carriage return', () => {
    const { events: _e, ...noEvents } = base;
    expect(parseLegacyLine(`${JSON.stringify(noEvents)}\r`).events).toEqual([]);
  });

  it('names the field of a missing or ill-typed value, with the dossier code when there is one', () => {
    expect(fieldOf({ procedureCode: undefined })).toEqual({ field: 'procedureCode', dossierCode: base.code });
    expect(fieldOf({ receivingUnitCode: 10001 })).toMatchObject({ field: 'receivingUnitCode' });
    expect(fieldOf({ competentUnitCode: '  ' })).toMatchObject({ field: 'competentUnitCode' });
    expect(fieldOf({ code: 'x'.repeat(81) })).toEqual({ field: 'code', dossierCode: 'x'.repeat(81) });
    expect(fieldOf({ channel: 'fax' })).toMatchObject({ field: 'channel' });
    expect(fieldOf({ events: {} })).toMatchObject({ field: 'events' });
  });

  it('requires ISO 8601 instants with an offset', () => {
    expect(fieldOf({ receivedAt: '2026-03-02T09:00:00' })).toMatchObject({ field: 'receivedAt' });
    expect(fieldOf({ dueAt: '09/03/2026 17:00' })).toMatchObject({ field: 'dueAt' });
    expect(fieldOf({ receivedAt: '2026-02-30T09:00:00+07:00' })).toMatchObject({ field: 'receivedAt' });
    expect(fieldOf({ events: [{ type: 'assigned', at: 1772416800000 }] })).toMatchObject({ field: 'events[0].at' });
    expect(fieldOf({ events: [base.events[0], { type: 'extended', at: base.events[1].at, dueAt: 'soon' }] })).toMatchObject({ field: 'events[1].dueAt' });
  });

  it('refuses unknown event types, events that are not objects, and long reasons', () => {
    expect(fieldOf({ events: [{ type: 'forwarded', at: base.receivedAt }] })).toMatchObject({ field: 'events[0].type' });
    expect(fieldOf({ events: ['resolved'] })).toMatchObject({ field: 'events[0]' });
    expect(fieldOf({ events: [{ type: 'refused', at: base.receivedAt, reason: 'x'.repeat(2001) }] })).toMatchObject({ field: 'events[0].reason' });
    expect(fieldOf({ events: Array.from({ length: 201 }, () => base.events[0]) })).toMatchObject({ field: 'events' });
  });

  it('refuses text that is not one JSON object', () => {
    expect(domainErrorOf(() => parseLegacyLine('{"code": "10001-260302-0001",'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'line', dossierCode: null } });
    expect(domainErrorOf(() => parseLegacyLine('[1, 2]')).details).toMatchObject({ field: 'line' });
    expect(domainErrorOf(() => parseLegacyLine('null')).details).toMatchObject({ field: 'line' });
  });
});
