import { describe, expect, it } from 'vitest';
import { DOSSIER_ACTION_TYPES } from './dossier-actions.js';
import { STATUS_CODES, type DossierStatus } from './dossier-types.js';
import { EVENT_TEXT, STATUS_TEXT } from './timeline-text.js';

describe('STATUS_TEXT', () => {
  it.each(Object.keys(STATUS_CODES) as DossierStatus[])('names %s for citizens in Vietnamese and English', (status) => {
    expect(STATUS_TEXT[status].vi.trim()).not.toBe('');
    expect(STATUS_TEXT[status].en.trim()).not.toBe('');
  });
});

describe('EVENT_TEXT', () => {
  it('covers the submission and every action of the lifecycle', () => {
    for (const type of ['submitted', ...DOSSIER_ACTION_TYPES]) expect(EVENT_TEXT).toHaveProperty(type);
  });

  it('hides the internal steps of an apology (its request and rejection) but shows its approval', () => {
    expect(EVENT_TEXT.extension_requested).toBeNull();
    expect(EVENT_TEXT.extension_rejected).toBeNull();
    expect(EVENT_TEXT.extension_approved?.vi).toMatch(/xin lỗi/);
  });

  it('says a refusal after appraisal comes with written reasons', () => {
    expect(EVENT_TEXT.refused?.en).toMatch(/reasons/);
  });
});
