import { CHANNELS, REMEDY_KINDS } from '../complaint/complaint.js';
import { requireText } from '../complaint/record-input.js';
import { InvalidInput, NotFound } from '../errors.js';
import type { CounterTable } from './aggregates.js';
import { acknowledgeTimeliness, itemProgress, receivedCounts, respondTimeliness } from './annual.js';
import { CODE_PROVISIONS, CODE_SECTIONS } from './code-provisions.js';
import type { Period } from './period.js';
import { formatNumber } from './tsm.js';

/**
 * The self-assessment against the Code (8.1a, 8.3): one row per provision on the Ombudsman's form, with
 * compliance, evidence and commentary. Where the records can state the evidence the product computes it;
 * where a rule is kept by the software itself it says so; the rest is the landlord's own entry.
 */

export type Compliance = 'yes' | 'no' | 'not_applicable' | 'undetermined';

/** What the landlord writes for a provision (PUT /v1/self-assessment/{year}/{provision}, audited). */
export interface LandlordEntry {
  compliant: 'yes' | 'no' | 'not_applicable';
  evidence: string;
  commentary?: string;
}

export interface ComputedEvidence {
  evidence: string;
  /** What the records show, where they can decide it: every case met the rule, or not. */
  compliance?: 'yes' | 'no';
  /** The software keeps the rule itself: a record that breaks it cannot be made. */
  enforced: boolean;
}

export interface SelfAssessmentRow {
  provision: string;
  section: number;
  sectionTitle: string;
  requirement: string;
  /** The landlord's answer where it gave one, else what the records show, else undetermined. */
  compliance: Compliance;
  /** Computed evidence first (as "6.2: ..." would read on the form), then the landlord's. */
  evidence: string[];
  commentary: string;
  computed?: ComputedEvidence;
  landlord?: LandlordEntry;
  /** Set when the landlord's answer differs from what the records show, so the governing body sees both. */
  warning?: string;
}

const pct = (part: number, whole: number): string => formatNumber((part / whole) * 100, 1);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const allOrSome = (part: number, whole: number): 'yes' | 'no' | undefined => (whole === 0 ? undefined : part === whole ? 'yes' : 'no');

/** Evidence the records give for the period, by provision. */
export function computedEvidence(counters: CounterTable, days: Period): Map<string, ComputedEvidence> {
  const out = new Map<string, ComputedEvidence>();
  const set = (provision: string, evidence: string, enforced: boolean, compliance?: 'yes' | 'no'): void => {
    out.set(provision, { evidence, enforced, ...(compliance && { compliance }) });
  };
  const received = receivedCounts(counters, days);

  for (const [provision, stage, label] of [['6.2', '1', 'of receipt'], ['6.11', '2', 'of the escalation request']] as const) {
    const a = acknowledgeTimeliness(counters, days, stage);
    set(
      provision,
      a.total
        ? `${a.onTime} of ${plural(a.total, `stage ${stage} complaint`, `stage ${stage} complaints`)} acknowledged within 5 working days${stage === '2' ? ` ${label}` : ''} (${pct(a.onTime, a.total)}%)`
        : `no stage ${stage} complaint was acknowledged in the period`,
      false,
      allOrSome(a.onTime, a.total),
    );
  }
  for (const [provision, extensionProvision, stage, days_] of [['6.3', '6.4', '1', 10], ['6.14', '6.15', '2', 20]] as const) {
    const r = respondTimeliness(counters, days, stage);
    const extended = r.withinExtension + r.withinGoodReasonExtension;
    set(
      provision,
      r.total
        ? `${r.withinTimescale} of ${plural(r.total, `stage ${stage} response`, `stage ${stage} responses`)} sent within ${days_} working days of the acknowledgement (${pct(r.withinTimescale, r.total)}%); ${extended} more within an extension under ${extensionProvision}; ${r.late} late`
        : `no stage ${stage} response was sent in the period`,
      false,
      r.total ? (r.late === 0 ? 'yes' : 'no') : undefined,
    );
  }
  for (const [provision, stage, limit] of [['6.4', '1', 10], ['6.15', '2', 20]] as const) {
    const withinLimit = counters.sum('extension', days, { stage, class: 'within_limit' });
    const goodReason = counters.sum('extension', days, { stage, class: 'good_reason' });
    const notCompliant = counters.sum('extension', days, { stage, class: 'not_compliant' });
    const total = withinLimit + goodReason + notCompliant;
    set(
      provision,
      `${plural(total, `stage ${stage} extension`, `stage ${stage} extensions`)}: ${withinLimit} within the ${limit}-working-day limit, ${goodReason} beyond it with a recorded good reason` +
        (notCompliant ? `, ${notCompliant} neither` : '') +
        `; the software refuses an extension beyond the limit without a good reason, or decided after the response was due`,
      true,
      notCompliant ? 'no' : 'yes',
    );
  }
  for (const [provision, stage] of [['6.5', '1'], ['6.16', '2']] as const) {
    const total = counters.sum('extension', days, { stage });
    set(
      provision,
      `${plural(total, `stage ${stage} extension`, `stage ${stage} extensions`)} notified; the software will not queue an extension letter without the Ombudsman's contact details`,
      true,
      'yes',
    );
  }
  const differs = counters.sum('stage2_handler', days, { check: 'differs' });
  const same = counters.sum('stage2_handler', days, { check: 'same' });
  const cases = differs + same;
  set(
    '6.13',
    cases === 0
      ? "no stage 2 complaint was acknowledged in the period; the software refuses a stage 2 handler who handled stage 1"
      : same === 0
        ? `the stage 2 handler differed from stage 1's in ${cases === 1 ? 'the 1 case' : `all ${cases} cases`}; enforced by the software`
        : `the stage 2 handler differed from stage 1's in ${differs} of ${cases} cases`,
    true,
    same ? 'no' : 'yes',
  );
  for (const [provision, stage, one, many] of [['2.4', '1', 'complaint not accepted', 'complaints not accepted'], ['5.11', '2', 'request to escalate refused', 'requests to escalate refused']] as const) {
    set(
      provision,
      `${plural(counters.sum('refused', days, { stage }), one, many)}, each recorded with its ground and explanation; the software will not queue a refusal letter without the reasons and the resident's right to go to the Ombudsman`,
      true,
      'yes',
    );
  }
  const refusedAtStage1 = counters.sum('refused', days, { stage: '1' });
  set('2.1', `${received.stage1} stage 1 complaints accepted and ${refusedAtStage1} not accepted in the period (grounds in the annual report)`, false);
  set('5.2', 'the software has exactly two stages: there is no stage 0 and no stage 3', true, 'yes');
  set('5.3', 'the software has exactly two stages: a stage 2 response is final', true, 'yes');
  const acknowledgements = counters.sum('acknowledged', days);
  set('5.6', `${plural(acknowledgements, 'acknowledgement', 'acknowledgements')}, each recording the complaint definition and the outcomes sought; the software refuses an acknowledgement without them`, true, 'yes');
  set('5.7', "the software will not queue an acknowledgement letter that does not say what the landlord is and is not responsible for", true, 'yes');
  const kept = counters.sum('update', days, { outcome: 'kept' });
  const keptLate = counters.sum('update', days, { outcome: 'kept_late' });
  const missed = counters.sum('update', days, { outcome: 'missed' });
  const updates = kept + keptLate + missed;
  set(
    '5.9',
    (updates
      ? `${kept} of ${plural(updates, 'agreed update', 'agreed updates')} to residents made on time, ${keptLate} late, ${missed} missed`
      : 'no agreed update to a resident fell due in the period') + "; the software requires an agreed update interval for any response beyond the Code's timescales and checks each one",
    false,
    allOrSome(kept, updates),
  );
  set('5.10', `reasonable adjustments recorded on ${counters.sum('received_flag', days, { flag: 'reasonable_adjustments' })} of ${received.stage1} stage 1 complaints`, false);
  set('3.6', `${counters.sum('received_flag', days, { flag: 'representative' })} of ${received.stage1} stage 1 complaints made through a representative`, false);
  set('1.5', `${counters.sum('received_flag', days, { flag: 'service_request' })} of ${received.stage1} stage 1 complaints followed a service request`, false);
  const channels = CHANNELS.map((channel) => [channel, receivedCounts(counters, days, { channel }).stage1] as const).filter(([, n]) => n > 0);
  set('3.1', channels.length ? `stage 1 complaints received through ${plural(channels.length, 'channel', 'channels')}: ${channels.map(([channel, n]) => `${channel.replace('_', ' ')} ${n}`).join(', ')}` : 'no stage 1 complaint was received in the period', false);
  set('5.12', "every change to a complaint is kept in its audit trail with who, when and the record before and after, with its correspondence; the record cannot change without its audit entry", true, 'yes');
  for (const [provision, stage] of [['6.9', '1'], ['6.19', '2']] as const) {
    const responses = counters.sum('responded', days, { stage });
    set(provision, `${plural(responses, `stage ${stage} response`, `stage ${stage} responses`)}; the software will not queue a response letter missing any element of ${provision} a-g`, true, 'yes');
  }
  set('6.10', `${received.stage2} complaints escalated to stage 2 in the period; escalation stays available after a stage 1 response, also once closed or withdrawn`, false);
  set('6.12', 'the software asks the resident for no reason to escalate', true, 'yes');
  const actions = itemProgress(counters, days, { kind: 'action' });
  const actionEvidence = `${actions.created} outstanding actions promised in responses (both stages); ${actions.completedOnTime} completed by their due date, ${actions.completedLate} late; ${actions.openAtEnd} open at the end of the period, each reminded and checked on its due date`;
  set('6.6', actionEvidence, false);
  set('6.17', actionEvidence, false);
  const remedies = REMEDY_KINDS.map((kind) => [kind, counters.sum('remedy_offered', days, { kind })] as const).filter(([, n]) => n > 0);
  set('7.1', remedies.length ? `remedies offered: ${remedies.map(([kind, n]) => `${kind.replaceAll('_', ' ')} ${n}`).join(', ')}` : 'no remedy was offered in the period', false);
  const dated = itemProgress(counters, days, { kind: 'remedy' });
  set(
    '7.3',
    `${dated.created} remedies with a date; ${dated.completedOnTime} completed by it, ${dated.completedLate} late, ${dated.openAtEnd} open at the end of the period; the software refuses a remedy without a date unless it is given in the response itself`,
    false,
  );
  const improvements = itemProgress(counters, days, { kind: 'improvement' });
  set('9.1', `${improvements.created} service improvements recorded from complaints; ${improvements.completedOnTime + improvements.completedLate} completed (${improvements.completedOnTime} by their due date); ${improvements.openAtEnd} open at the end of the period`, false);
  const orders = itemProgress(counters, days, { kind: 'order' });
  set(
    '9.7',
    `${counters.sum('ombudsman_determined', days)} Ombudsman determinations with ${orders.created} orders; ${orders.completedOnTime + orders.completedLate} orders completed (${orders.completedOnTime} by their due date); ${orders.openAtEnd} open at the end of the period`,
    false,
  );
  return out;
}

export function selfAssessment(counters: CounterTable, options: { period: Period; entries: Readonly<Record<string, LandlordEntry>> }): SelfAssessmentRow[] {
  const computed = computedEvidence(counters, options.period);
  return CODE_PROVISIONS.map(({ provision, section, requirement }) => {
    const fromRecords = computed.get(provision);
    const landlord = options.entries[provision];
    const compliance: Compliance = landlord?.compliant ?? fromRecords?.compliance ?? 'undetermined';
    const differs = landlord && fromRecords?.compliance && landlord.compliant !== fromRecords.compliance;
    return {
      provision,
      section,
      sectionTitle: CODE_SECTIONS.find((candidate) => candidate.number === section)!.title,
      requirement,
      compliance,
      evidence: [...(fromRecords ? [fromRecords.evidence] : []), ...(landlord ? [landlord.evidence] : [])],
      commentary: landlord?.commentary ?? '',
      ...(fromRecords && { computed: fromRecords }),
      ...(landlord && { landlord }),
      ...(differs && { warning: `the landlord answered "${landlord.compliant}" but the records show "${fromRecords!.compliance}": ${fromRecords!.evidence}` }),
    };
  });
}

/** A row's computed evidence as it reads on the form: "6.2: 212 of 214 ...". */
export const evidenceLine = (provision: string, evidence: ComputedEvidence): string => `${provision}: ${evidence.evidence}`;

/** A landlord's entry for one provision, checked before it is saved: a provision on the form, an answer, evidence. */
export function landlordEntry(provision: string, input: LandlordEntry): LandlordEntry {
  if (!CODE_PROVISIONS.some((candidate) => candidate.provision === provision)) throw new NotFound('provision');
  if (!['yes', 'no', 'not_applicable'].includes(input.compliant)) throw new InvalidInput('compliant', 'must be yes, no or not_applicable');
  return {
    compliant: input.compliant,
    evidence: requireText('evidence', input.evidence),
    ...(input.commentary !== undefined && input.commentary.trim() !== '' && { commentary: input.commentary }),
  };
}
