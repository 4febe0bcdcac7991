import { SHIPPED_BANK_HOLIDAYS } from '../../domain/calendar/bank-holidays.js';
import type { PlainDate } from '../../domain/calendar/plain-date.js';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { Channel, Complaint, Decision, RefusalGround, RemedyKind, Tenure } from '../../domain/complaint/complaint.js';
import { completeImprovement, recordLearning } from '../../domain/complaint/learning.js';
import {
  acknowledge,
  close,
  completeAction,
  escalate,
  extend,
  logComplaint,
  refuse,
  respond,
  withdraw,
  type LandlordPolicy,
  type TransitionContext,
} from '../../domain/complaint/lifecycle.js';
import { completeOrder, recordDetermination, recordOmbudsmanReferral, type DeterminationInput } from '../../domain/complaint/ombudsman-case.js';
import { recordTenure } from '../../domain/complaint/tenure.js';
import { DEFAULT_CATEGORIES } from '../../domain/landlord/report-settings.js';

/** A complaint's life written as the dates things happened, run through the real lifecycle (for report tests). */

export const calendar = new WorkingCalendar(SHIPPED_BANK_HOLIDAYS['england-and-wales']);
export const policy: LandlordPolicy = { timeZone: 'Europe/London', calendar };
export const TZ = 'Europe/London';

/** Noon UTC is the same date in London all year. */
export const on = (date: PlainDate, userId = 'u-officer'): TransitionContext => ({
  now: new Date(`${date}T12:00:00Z`),
  actor: { userId, roles: ['officer'] },
  policy,
});

const definition = { understanding: 'The repair was not done', outcomesSought: ['Do the repair'], notResponsibleFor: [], excludedParts: [] };

let sequence = 0;
export const newId = (): string => `id-${++sequence}`;

export interface StoryStart {
  tenure?: Tenure;
  channel?: Channel;
  category?: string;
  id?: string;
}

export class Story {
  constructor(public complaint: Complaint) {}

  static received(receivedOn: PlainDate, start: StoryStart = {}): Story {
    const id = start.id ?? newId();
    let complaint = logComplaint(
      {
        channel: start.channel ?? 'phone',
        resident: { name: 'A Resident' },
        description: 'The repair was not done',
        receivedAt: `${receivedOn}T09:00:00Z`,
        ...(start.category !== undefined && { category: start.category }),
      },
      { id, reference: `CMP-${id}`, landlordId: 'L1' },
      on(receivedOn),
    ).complaint;
    if (start.tenure) complaint = recordTenure(complaint, start.tenure, on(receivedOn)).complaint;
    return new Story(complaint);
  }

  acknowledge(date: PlainDate, handlerId = this.complaint.stage === 1 ? 'h1' : 'h2'): this {
    this.complaint = acknowledge(this.complaint, { handlerId, definition }, on(date, handlerId === 'h1' ? 'u-h1' : 'u-h2')).complaint;
    return this;
  }

  extend(date: PlainDate, workingDays: number, goodReason?: string): this {
    this.complaint = extend(
      this.complaint,
      { workingDays, reason: 'Waiting for a survey', ...(goodReason && { goodReason, updateEveryWorkingDays: 5 }) },
      on(date),
    ).complaint;
    return this;
  }

  respond(
    date: PlainDate,
    decision: Decision = 'upheld',
    extra: { remedies?: { kind: RemedyKind; description: string; amount?: number; dueBy?: PlainDate; done?: boolean }[]; actions?: { description: string; dueBy: PlainDate }[] } = {},
  ): this {
    this.complaint = respond(
      this.complaint,
      { decision, reasons: 'Because', remedies: extra.remedies ?? [], outstandingActions: extra.actions ?? [] },
      on(date),
      newId,
    ).complaint;
    return this;
  }

  escalate(date: PlainDate): this {
    this.complaint = escalate(this.complaint, { requestedAt: `${date}T09:00:00Z` }, on(date)).complaint;
    return this;
  }

  refuse(date: PlainDate, ground: RefusalGround = 'over_12_months'): this {
    // 2.3: the 12-month ground needs a matter that was over 12 months old at receipt.
    if (ground === 'over_12_months' && !this.complaint.matter) this.complaint = { ...this.complaint, matter: { arose: '2019-06-01', basis: 'occurred' } };
    this.complaint = refuse(this.complaint, { ground, explanation: 'The issue arose in 2019' }, on(date)).complaint;
    return this;
  }

  withdraw(date: PlainDate): this {
    this.complaint = withdraw(this.complaint, {}, on(date)).complaint;
    return this;
  }

  close(date: PlainDate): this {
    this.complaint = close(this.complaint, {}, on(date)).complaint;
    return this;
  }

  completeAction(date: PlainDate, index = 0): this {
    const open = [...this.complaint.outstandingActions, ...this.complaint.remedies].filter((item) => item.dueBy && !item.completedAt);
    this.complaint = completeAction(this.complaint, open[index]!.id, on(date)).complaint;
    return this;
  }

  learn(date: PlainDate, input: { category?: string; rootCause?: string; improvements?: { description: string; owner: string; dueBy: PlainDate }[] }): this {
    this.complaint = recordLearning(this.complaint, input, on(date), { categories: DEFAULT_CATEGORIES, newId }).complaint;
    return this;
  }

  completeImprovement(date: PlainDate, index = 0): this {
    const item = this.complaint.learning!.improvements[index]!;
    this.complaint = completeImprovement(this.complaint, item.id, { evidence: 'New procedure issued' }, on(date)).complaint;
    return this;
  }

  referToOmbudsman(date: PlainDate, reference = 'HOS-1'): this {
    this.complaint = recordOmbudsmanReferral(this.complaint, { referredOn: date, reference }, on(date)).complaint;
    return this;
  }

  determination(date: PlainDate, input: Omit<DeterminationInput, 'determinedOn'>): this {
    this.complaint = recordDetermination(this.complaint, { determinedOn: date, ...input }, on(date), newId).complaint;
    return this;
  }

  completeOrder(date: PlainDate, index = 0): this {
    const order = this.complaint.ombudsman!.determination!.orders[index]!;
    this.complaint = completeOrder(this.complaint, order.id, { evidence: 'Paid and apologised' }, on(date)).complaint;
    return this;
  }
}
