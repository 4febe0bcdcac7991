import { describe, expect, it } from 'vitest';
import { noComplaintCounts, serviceRequestCounts } from '../../domain/non-complaints/counts.js';
import { recordNoComplaint } from '../../domain/non-complaints/no-complaint-record.js';
import { changeServiceRequestStatus, linkComplaint, recordServiceRequest, type ServiceRequest } from '../../domain/non-complaints/service-request.js';
import { Conflict, InvalidInput } from '../../domain/errors.js';
import { assertComplete } from '../../domain/letters/letter.js';
import { noComplaintLetter } from '../../domain/letters/further-letters.js';
import { RuleViolation } from '../../domain/errors.js';

const ctx = (iso: string) => ({ now: new Date(iso), actor: { userId: 'u1', roles: ['handler'] }, timeZone: 'Europe/London' });
const recorded = (receivedAt = '2026-11-02T10:00:00Z', id = 'sr1') =>
  recordServiceRequest({ channel: 'phone', resident: { name: 'Ann' }, description: 'Tap drips', receivedAt }, { id, landlordId: 'L1' }, ctx('2026-11-05T12:00:00Z')).record;

describe('service requests', () => {
  it('1.4: a service request is recorded open, dated in the landlord’s zone, with its first event', () => {
    const { record, event } = recordServiceRequest(
      { channel: 'web', resident: { name: 'Ann' }, description: 'Tap drips', receivedAt: '2026-06-30T23:30:00Z' },
      { id: 'sr1', landlordId: 'L1' },
      ctx('2026-07-01T09:00:00Z'),
    );
    expect(record).toMatchObject({ status: 'open', receivedOn: '2026-07-01', version: 1, complaints: [] });
    expect(event).toMatchObject({ type: 'recorded', seq: 1, serviceRequestId: 'sr1' });
  });

  it('1.4: status moves open -> resolved / cancelled and back to open, each audited with before and after', () => {
    const resolved = changeServiceRequestStatus(recorded(), { status: 'resolved', note: 'Washer replaced' }, ctx('2026-11-04T09:00:00Z'));
    expect(resolved.record).toMatchObject({ status: 'resolved', closedOn: '2026-11-04', note: 'Washer replaced', version: 2 });
    expect(resolved.event).toMatchObject({ type: 'resolved', seq: 2, before: { status: 'open' }, after: { status: 'resolved' } });
    const reopened = changeServiceRequestStatus(resolved.record, { status: 'open' }, ctx('2026-11-05T09:00:00Z'));
    expect(reopened.record.status).toBe('open');
    expect(reopened.record.closedOn).toBeUndefined();
    expect(reopened.event.type).toBe('reopened');
  });

  it('1.4: no change to the same status, no cancelling a resolved request, and a cancellation says why', () => {
    expect(() => changeServiceRequestStatus(recorded(), { status: 'open' }, ctx('2026-11-04T09:00:00Z'))).toThrow(Conflict);
    const resolved = changeServiceRequestStatus(recorded(), { status: 'resolved' }, ctx('2026-11-04T09:00:00Z')).record;
    expect(() => changeServiceRequestStatus(resolved, { status: 'cancelled', note: 'x' }, ctx('2026-11-04T09:00:00Z'))).toThrow(Conflict);
    expect(() => changeServiceRequestStatus(recorded(), { status: 'cancelled' }, ctx('2026-11-04T09:00:00Z'))).toThrow(InvalidInput);
  });

  it('1.5: a complaint logged from it is linked, and the request carries on in its own status', () => {
    const { record, event } = linkComplaint(recorded(), { id: 'c1', reference: 'CMP-2026-000001', stages: { stage1: { receivedOn: '2026-11-03', extensions: [] } } }, ctx('2026-11-03T09:00:00Z'));
    expect(record.status).toBe('open');
    expect(record.complaints).toEqual([{ complaintId: 'c1', reference: 'CMP-2026-000001', loggedOn: '2026-11-03' }]);
    expect(event.type).toBe('complaint_logged');
  });

  it('1.4, 1.5: counts for a period: received by date of receipt, status now, and conversion to complaints', () => {
    const link = (record: ServiceRequest, id: string) => linkComplaint(record, { id, reference: id, stages: { stage1: { receivedOn: '2026-11-10', extensions: [] } } }, ctx('2026-11-10T09:00:00Z')).record;
    const records = [
      link(link(recorded('2026-11-02T10:00:00Z', 'a'), 'c1'), 'c2'),
      changeServiceRequestStatus(recorded('2026-11-03T10:00:00Z', 'b'), { status: 'resolved' }, ctx('2026-11-04T09:00:00Z')).record,
      changeServiceRequestStatus(recorded('2026-11-04T10:00:00Z', 'c'), { status: 'cancelled', note: 'dup' }, ctx('2026-11-04T11:00:00Z')).record,
      recorded('2026-10-31T10:00:00Z', 'd'),
    ];
    expect(serviceRequestCounts(records, { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      received: 3,
      open: 1,
      resolved: 1,
      cancelled: 1,
      becameComplaints: 1,
      complaintsLogged: 2,
      conversionRate: 0.3333,
    });
    expect(serviceRequestCounts([], { from: '2026-11-01', to: '2026-11-30' }).conversionRate).toBeNull();
  });
});

describe('dissatisfaction without a complaint', () => {
  const record = (resident: { name: string; email?: string; address?: string }) =>
    recordNoComplaint(
      { channel: 'phone', resident, description: 'Unhappy with the repair appointment', reason: 'Wants it sorted informally' },
      { id: '0b7f6a52-5d1e-4a53', landlordId: 'L1' },
      { now: new Date('2026-11-02T10:00:00Z'), timeZone: 'Europe/London', userId: 'u1' },
    );

  it('FAQ: the decision is recorded with its own reference, never a complaint reference', () => {
    expect(record({ name: 'Ann', email: 'ann@example.org' })).toMatchObject({ reference: 'NC-2026-0B7F6A52', raisedOn: '2026-11-02', recordedBy: 'u1' });
  });

  it('FAQ, 3.7, 2.3: the letter says no complaint was logged, how to complain later and the Ombudsman’s details', () => {
    const letter = noComplaintLetter(record({ name: 'Ann', email: 'ann@example.org' }), { landlordName: 'Riverside' });
    expect(() => assertComplete(letter)).not.toThrow();
    expect(letter.to).toEqual(['ann@example.org']);
    expect(() => assertComplete({ ...letter, sections: letter.sections.filter((section) => section.element !== 'no-complaint-ombudsman') })).toThrow(RuleViolation);
    const posted = noComplaintLetter(record({ name: 'Ann', address: '1 High St' }), { landlordName: 'Riverside' });
    expect(posted).toMatchObject({ delivery: 'post', postalAddress: '1 High St' });
  });

  it('FAQ: the resident must be reachable to be told how to complain later', () => {
    expect(() => record({ name: 'Ann' })).toThrow(InvalidInput);
  });

  it('FAQ: counted by the date raised and by channel, separately from complaints', () => {
    const records = [
      { raisedOn: '2026-11-02', channel: 'phone' as const },
      { raisedOn: '2026-11-30', channel: 'phone' as const },
      { raisedOn: '2026-11-05', channel: 'email' as const },
      { raisedOn: '2026-12-01', channel: 'email' as const },
    ];
    expect(noComplaintCounts(records, { from: '2026-11-01', to: '2026-11-30' })).toEqual({ recorded: 3, byChannel: { phone: 2, email: 1 } });
  });
});
