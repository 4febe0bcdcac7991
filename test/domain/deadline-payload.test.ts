import { describe, expect, it } from 'vitest';
import { parseDeadlinePayload } from '../../functions/deadline-check/payload.js';

const good = { landlordId: 'L1', complaintId: 'c1', step: 'stage1-acknowledge', kind: 'check', dueBy: '2026-11-09' };

describe('the deadline schedule payload', () => {
  it('passes a well-formed payload through', () => {
    expect(parseDeadlinePayload(good)).toEqual(good);
  });

  it.each([
    [{ ...good, kind: 'nag' }, /kind/],
    [{ ...good, dueBy: '2026-02-30' }, /dueBy/],
    [{ ...good, landlordId: '' }, /landlordId/],
    [{ ...good, extra: 1 }, /unknown fields extra/],
    [null, /landlordId|kind/],
  ])('refuses %j', (payload, message) => {
    expect(() => parseDeadlinePayload(payload)).toThrow(message);
  });
});
