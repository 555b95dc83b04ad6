import { describe, expect, it } from 'vitest';
import { checkCompleteness, COMPLETENESS_ELEMENTS, isPublishedComplete } from './check-completeness.js';
import { buildVersion } from './procedure.fixtures.js';

const elements = (v: Parameters<typeof checkCompleteness>[0]) => checkCompleteness(v).map((p) => p.element);

describe(checkCompleteness.name, () => {
  it('finds nothing missing in a complete version', () => {
    expect(checkCompleteness(buildVersion())).toEqual([]);
    expect(isPublishedComplete(buildVersion())).toBe(true);
  });

  it('lists every missing part of an empty version, each with its point of Decree 63/2010 Art. 8(2)', () => {
    const empty = buildVersion({ name: ' ', steps: [], channels: [], components: [], timeLimit: { value: 0, unit: 'working_days' }, subjects: undefined,
      competentUnitIds: [], resultName: '', conditions: undefined, fees: [], legalBasis: [] });
    const problems = checkCompleteness(empty);
    expect(problems.map((p) => p.element)).toEqual(COMPLETENESS_ELEMENTS.map((e) => e.element));
    expect(problems.find((p) => p.element === 'timeLimit')).toMatchObject({ legalPoint: 'Decree 63/2010/ND-CP Art. 8(2)(đ)', severity: 'required' });
    expect(problems.find((p) => p.element === 'subjects')!.messageVi).toContain('Điều 8(2)(e)');
    expect(isPublishedComplete(empty)).toBe(false);
  });

  it('accepts a same-day time limit of 0 but not 0 working days', () => {
    expect(elements(buildVersion({ timeLimit: { value: 0, unit: 'same_day' } }))).not.toContain('timeLimit');
    expect(elements(buildVersion({ timeLimit: { value: 0, unit: 'working_days' } }))).toContain('timeLimit');
  });

  it('wants the number of copies of every required component', () => {
    const v = buildVersion();
    const components = [{ ...v.components[0], copies: 0 }, v.components[1]];
    const problem = checkCompleteness(buildVersion({ components })).find((p) => p.element === 'components')!;
    expect(problem.message).toContain('TK');
  });

  it('treats forms, conditions and fees as parts required only where applicable', () => {
    const v = buildVersion();
    const noForms = buildVersion({ components: v.components.map((c) => ({ ...c, form: null })), fees: [], conditions: undefined });
    const problems = checkCompleteness(noForms);
    expect(problems.map((p) => [p.element, p.severity])).toEqual([['forms', 'if_applicable'], ['conditions', 'if_applicable'], ['fees', 'if_applicable']]);
    expect(isPublishedComplete(noForms)).toBe(true);
  });

  it('counts an explicit empty list of conditions and a zero fee as stated', () => {
    expect(elements(buildVersion({ conditions: [], fees: [{ name: 'Miễn phí', amountVnd: 0, when: 'before' }] }))).toEqual([]);
  });
});
