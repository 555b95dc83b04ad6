import { describe, expect, it } from 'vitest';
import { eventHighlights } from './event-highlights';

describe(eventHighlights.name, () => {
  it('shows the appointment of a receipt and the list of a supplement request', () => {
    expect(eventHighlights('received', { dueAt: 1767600000000 })).toEqual([{ key: 'dueAt', kind: 'instant', value: 1767600000000 }]);
    expect(eventHighlights('supplement_requested', { missing: ['Tờ khai'], legalBasis: null, atReception: true, withinThreeWorkingDays: true }))
      .toEqual([{ key: 'missing', kind: 'list', value: ['Tờ khai'] }, { key: 'withinThreeWorkingDays', kind: 'flag', value: true }]);
  });

  it('names an agency step\'s deadline apart from the appointment, with its note and on-time result', () => {
    const highlights = eventHighlights('task_completed', { taskId: 't1', seq: 0, name: 'Xác minh', taskDueAt: 1767600000000, onTime: false, note: 'Đã xác minh', nextTaskId: null });
    expect(highlights.map((h) => [h.key, h.value])).toEqual([['taskDueAt', 1767600000000], ['note', 'Đã xác minh'], ['onTime', false]]);
  });

  it('names the consultation deadline apart from the appointment and leaves ids out', () => {
    const highlights = eventHighlights('consultation_requested', { consultationId: 'c1', unitId: 'u1', question: 'Ý kiến?', dueAt: 1767600000000 });
    expect(highlights.map((h) => h.key)).toEqual(['consultationDueAt', 'question']);
  });

  it('shows an apology\'s new and original dates, and steps as from → to', () => {
    expect(eventHighlights('extension_approved', { newDueAt: 2, originalDueAt: 1, reason: 'x' }).map((h) => h.key)).toEqual(['newDueAt', 'originalDueAt']);
    expect(eventHighlights('step_completed', { fromStep: 'TD', toStep: 'PD', assigneeId: null, note: null }))
      .toEqual([{ key: 'steps', kind: 'text', value: 'TD → PD' }]);
  });
});
