import type { PlainDate } from '../calendar/plain-date.js';
import { currentStage, stageKey, type Complaint, type Decision, type Definition, type RefusalGround, type RemedyKind, type Stage } from '../complaint/complaint.js';
import { responseDue } from '../complaint/deadlines.js';
import type { Letter, Section } from './letter.js';
import { ombudsmanContact } from './ombudsman.js';
import { letterRecipient, type LetterRecipient } from './delivery.js';

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "Monday 30 November 2026": plain dates print as themselves, whatever the server's zone. */
export function formatDate(date: PlainDate): string {
  // Assembled from parts: ICU versions differ on the comma after the weekday.
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    longDate.formatToParts(new Date(`${date}T00:00:00Z`)).find((candidate) => candidate.type === type)!.value;
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export interface LetterContext {
  landlordName: string;
  /** Last day to ask for stage 2, when the landlord's policy sets a window (FAQ on 6.10). */
  escalationWindowEnds?: PlainDate;
  escalationWindowWorkingDays?: number;
  /** Who this copy is for (see addressees); the complaint's first addressee when not given. */
  recipient?: LetterRecipient;
}

const DECISION_WORDS: Record<Decision, string> = {
  upheld: 'We have upheld your complaint: we agree that we got things wrong.',
  partly_upheld: 'We have partly upheld your complaint: we agree that we got some things wrong.',
  not_upheld: 'We have not upheld your complaint: we do not find that we got things wrong.',
};

const REMEDY_WORDS: Record<RemedyKind, string> = {
  apology: 'An apology',
  acknowledgement: 'Acknowledging where things went wrong',
  explanation: 'An explanation',
  action_on_delay: 'Action to put right a delay',
  decision_changed: 'Reconsidering or changing a decision',
  record_amended: 'Amending a record',
  financial: 'A financial remedy',
  policy_change: 'Changing a policy or practice',
};

const REFUSAL_WORDS: Record<RefusalGround, string> = {
  over_12_months: 'the issues you raised happened more than 12 months ago',
  legal_proceedings: 'legal proceedings about these issues have been started at court',
  previously_considered: 'these issues have already been considered under our complaints policy',
  other: 'of the reasons set out below',
};

/** Everything agreed and not yet done, from both stages: remedies (7.3) and outstanding actions (6.6, 6.17). */
export function stillToDo(complaint: Complaint): { id: string; description: string; dueBy: PlainDate }[] {
  return [...complaint.remedies, ...complaint.outstandingActions]
    .filter((item): item is typeof item & { dueBy: PlainDate } => !item.completedAt && item.dueBy !== undefined)
    .map(({ id, description, dueBy }) => ({ id, description, dueBy }))
    .sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}

/** A reminder of something already promised in an earlier letter: its first words are enough to name it. */
function brief(description: string, max = 120): string {
  return description.length <= max ? description : `${description.slice(0, max - 1).trimEnd()}…`;
}

const dueLine = (item: { description: string; dueBy: PlainDate }) => `${item.description}, by ${formatDate(item.dueBy)}`;

/** The email address resident letters go to, if they are emailed (see letterRecipient). */
export function residentAddress(complaint: Complaint): string | undefined {
  const recipient = letterRecipient(complaint);
  return recipient.delivery === 'email' ? recipient.email : undefined;
}

/** Every resident letter exists whatever the contact details; it carries how it is delivered (6.9, 6.19, 2.4 ...). */
export function base(
  complaint: Pick<Complaint, 'id' | 'reference' | 'resident' | 'representative' | 'group' | 'adjustments'>,
  ctx: LetterContext,
  kind: Letter['kind'],
  subject: string,
  sections: Section[],
  stage?: Stage,
): Letter {
  const recipient = ctx.recipient ?? letterRecipient(complaint);
  return {
    kind,
    audience: 'resident',
    ...(stage && { stage }),
    to: recipient.email && recipient.delivery === 'email' ? [recipient.email] : [],
    subject: `[${complaint.reference}] ${subject}`,
    greeting: `Dear ${recipient.name},`,
    sections,
    signOff: `Yours sincerely,\nThe complaints team, ${ctx.landlordName}`,
    complaintId: complaint.id,
    reference: complaint.reference,
    delivery: recipient.delivery,
    recipientName: recipient.name,
    ...(recipient.delivery === 'post' && recipient.postalAddress && { postalAddress: recipient.postalAddress }),
    ...(recipient.reason && { undeliverableReason: recipient.reason }),
    ...(recipient.largePrint && { largePrint: true }),
  };
}

export const ombudsmanSection = (element: string, intro: string): Section => ({
  element,
  heading: 'The Housing Ombudsman',
  paragraphs: [intro],
  items: ombudsmanContact(),
});

function definitionSection(element: string, definition: Definition | undefined): Section {
  return {
    element,
    heading: 'What your complaint is about',
    paragraphs: definition ? [`Our understanding of your complaint: ${definition.understanding}`, 'The outcomes you are looking for:'] : [],
    items: definition?.outcomesSought ?? [],
  };
}

/**
 * 3.6 (the Ombudsman's FAQ): a complaint made by a representative before the resident agreed. The resident
 * is asked for consent in the first letters, so the complaint is not held up waiting for it.
 */
function consentRequest(complaint: Complaint): Section[] {
  const representative = complaint.representative;
  if (!representative?.awaitingConsent) return [];
  return [
    {
      element: 'representative-consent',
      heading: 'Someone acting for you',
      paragraphs: [
        `${representative.name} (${representative.relationship}) has contacted us about this complaint on your behalf. Before we share its details with them, we need your agreement.`,
        'Please tell us whether you agree to them acting for you, and whether our letters should go to them, to you, or to both. Until we hear from you, we will write to you.',
      ],
    },
  ];
}

/** 3.7: sent to a complaint made by email, with its reference and acknowledge-by date. */
export function receiptLetter(complaint: Complaint, ctx: LetterContext): Letter {
  return base(complaint, ctx, 'receipt', 'We have received your complaint', [
    { element: 'reference', paragraphs: [`Thank you for your email. We have logged it as a complaint. Your reference is ${complaint.reference}; please quote it when you contact us.`] },
    { element: 'acknowledge-by', paragraphs: [`We will acknowledge your complaint and confirm our understanding of it by ${formatDate(complaint.deadlines.stage1.acknowledgeBy!)}.`] },
    ...consentRequest(complaint),
    ombudsmanSection('3.7', 'You can contact the Housing Ombudsman for advice at any time while your complaint is with us.'),
  ]);
}

/** 6.2 / 6.11 with 5.6 and 5.7: the definition, responsibilities, excluded parts and the response date. */
export function acknowledgementLetter(complaint: Complaint, ctx: LetterContext): Letter | undefined {
  const stage = complaint.stage;
  const record = currentStage(complaint);
  const definition = record.definition;
  const due = responseDue(complaint.deadlines[stageKey(stage)]!)!;
  const sections: Section[] = [
    { element: 'stage', paragraphs: [`We are writing to acknowledge your complaint at stage ${stage} of our complaints procedure.`] },
    definitionSection('5.6', definition),
    {
      element: '5.7',
      heading: 'What we are responsible for',
      paragraphs: [
        definition?.notResponsibleFor.length
          ? 'We will look into everything above, except the following, which are not our responsibility:'
          : 'We are responsible for all of the matters above and will look into each of them.',
      ],
      items: definition?.notResponsibleFor ?? [],
    },
  ];
  if (definition?.excludedParts.length) {
    sections.push({
      element: 'excluded-parts',
      heading: 'Parts of your complaint we will not consider',
      paragraphs: ['We will not consider the following parts of your complaint under our complaints procedure, for the reasons given:'],
      items: definition.excludedParts.map((part) => `${part.description}: ${part.explanation}`),
    });
    sections.push(ombudsmanSection('excluded-ombudsman', 'If you disagree with our decision not to consider these parts, you can ask the Housing Ombudsman to review it.'));
  }
  sections.push({ element: 'respond-by', paragraphs: [`We will send you our response by ${formatDate(due)}. If anything above is wrong or missing, please tell us.`] });
  sections.push(...consentRequest(complaint));
  return base(complaint, ctx, 'acknowledgement', `We have acknowledged your stage ${stage} complaint`, sections, stage);
}

/** 6.4-6.5 / 6.15-6.16: why more time is needed, the new date, and the Ombudsman's details. */
export function extensionLetter(complaint: Complaint, ctx: LetterContext): Letter | undefined {
  const stage = complaint.stage;
  const record = currentStage(complaint);
  const extension = record.extensions.at(-1)!;
  const sections: Section[] = [
    { element: 'extension-reason', paragraphs: ['We need more time to respond to your complaint. We are sorry for this.', `The reason: ${extension.reason}`] },
    { element: 'new-date', paragraphs: [`We will now send you our response by ${formatDate(extension.to)}.`] },
  ];
  if (extension.updateEveryWorkingDays) {
    sections.push({ element: '5.9', paragraphs: [`We will update you at least every ${extension.updateEveryWorkingDays} working days until then.`] });
  }
  sections.push(
    ombudsmanSection(stage === 2 ? '6.16' : '6.5', 'If you are unhappy about this extension, you can contact the Housing Ombudsman.'),
  );
  return base(complaint, ctx, 'extension', `We need more time to respond to your complaint`, sections, stage);
}

/** 6.9 a-g (stage 1) and 6.19 a-g (stage 2). */
export function responseLetter(complaint: Complaint, ctx: LetterContext): Letter | undefined {
  const stage = complaint.stage;
  const p = stage === 1 ? '6.9' : '6.19';
  const record = currentStage(complaint);
  const remedies = complaint.remedies.filter((remedy) => remedy.stage === stage);
  // 6.9f / 6.19f: this response's actions, and whatever is still open from the stage 1 response (its
  // remedies too: this letter's own are dated under e). Carried-over items are named briefly, so the
  // largest letter still fits the store (functions/http/limits.ts).
  const actions = complaint.outstandingActions.filter((action) => action.stage === stage && !action.completedAt);
  const carried = stillToDo(complaint)
    .filter((item) => [...complaint.remedies, ...complaint.outstandingActions].some((known) => known.id === item.id && known.stage < stage))
    .map((item) => ({ ...item, description: brief(item.description) }));
  const open = [...actions, ...carried];
  const sections: Section[] = [
    {
      element: `${p}a`,
      paragraphs: [stage === 1 ? 'This is our stage 1 response to your complaint.' : 'This is our stage 2 response to your complaint. It is our final response.'],
    },
    definitionSection(`${p}b`, record.definition),
    { element: `${p}c`, heading: 'Our decision', paragraphs: record.decision ? [DECISION_WORDS[record.decision]] : [] },
    { element: `${p}d`, heading: 'Our reasons', paragraphs: record.reasons ? [record.reasons] : [] },
    {
      element: `${p}e`,
      heading: 'Putting things right',
      paragraphs: [remedies.length ? 'To put things right we will provide:' : 'We are not offering a remedy, for the reasons above.'],
      items: remedies.map(
        (remedy) =>
          `${REMEDY_WORDS[remedy.kind]}: ${remedy.description}${remedy.amount !== undefined ? ` (${money.format(remedy.amount)})` : ''}${remedy.dueBy ? `, by ${formatDate(remedy.dueBy)}` : ' (given with this letter)'}`,
      ),
    },
    {
      element: `${p}f`,
      heading: 'What is still to be done',
      paragraphs: [open.length ? 'These are still to be completed. We will keep you updated until they are done:' : 'There are no outstanding actions.'],
      items: open.map(dueLine),
    },
  ];
  if (stage === 1) {
    const window = ctx.escalationWindowEnds
      ? ` Please ask within ${ctx.escalationWindowWorkingDays} working days, by ${formatDate(ctx.escalationWindowEnds)}. If you have a good reason for asking later, please still contact us.`
      : '';
    sections.push({
      element: '6.9g',
      heading: 'If you are not satisfied',
      paragraphs: [
        `You can ask us to look at your complaint again at stage 2. ${(ctx.recipient ?? letterRecipient(complaint)).delivery === 'email' ? 'Reply to this email' : 'Write to us'} or contact us, quoting ${complaint.reference}. You do not have to give reasons.${window}`,
      ],
    });
    sections.push(ombudsmanSection('3.7', 'You can also contact the Housing Ombudsman for advice at any time.'));
  } else {
    sections.push(
      ombudsmanSection(
        '6.19g',
        'This completes our complaints procedure. If you are not satisfied with our response, you can refer your complaint to the Housing Ombudsman.',
      ),
    );
    sections.push({
      element: 'compensation-no-bar',
      paragraphs: ['Accepting any compensation or remedy we have offered does not stop you from taking your complaint to the Housing Ombudsman.'],
    });
  }
  return base(complaint, ctx, 'response', `Our stage ${stage} response to your complaint`, sections, stage);
}

/** 2.4 (refusal to accept) and 5.11 (refusal to escalate), each with the right to go to the Ombudsman. */
export function refusalLetter(complaint: Complaint, ctx: LetterContext): Letter | undefined {
  const refusal = complaint.refusal!;
  const stage = refusal.stage;
  const what = stage === 1 ? 'We are not able to accept your complaint under our complaints procedure' : 'We are not able to escalate your complaint to stage 2';
  return base(
    complaint,
    ctx,
    'refusal',
    stage === 1 ? 'We cannot accept your complaint' : 'We cannot escalate your complaint',
    [
      { element: 'refusal-reasons', heading: 'Our decision', paragraphs: [`${what} because ${REFUSAL_WORDS[refusal.ground]}.`, refusal.explanation] },
      ombudsmanSection('refusal-ombudsman', 'If you disagree with this decision, you can ask the Housing Ombudsman to review it.'),
    ],
    stage,
  );
}

/** 6.6, 6.17: the resident is kept updated until remedies and actions are done. */
export function actionUpdateLetter(complaint: Complaint, ctx: LetterContext, actionId: string): Letter | undefined {
  const done = [...complaint.remedies, ...complaint.outstandingActions].find((item) => item.id === actionId);
  if (!done) return undefined;
  const remaining = stillToDo(complaint);
  return base(complaint, ctx, 'action_update', 'An update on the actions from your complaint', [
    { element: 'completed', paragraphs: [`We have completed the following: ${done.description}.`] },
    {
      element: 'remaining',
      paragraphs: [remaining.length ? 'These are still to be done:' : 'Everything we agreed to do is now complete.'],
      items: remaining.map(dueLine),
    },
  ]);
}
