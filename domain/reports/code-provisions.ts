/**
 * Every provision on the Ombudsman's self-assessment form for the 2024 Code (sections 1 to 9), with the
 * requirement in the product's own short words (the Code's text is not reproduced).
 */

export interface CodeSection {
  number: number;
  title: string;
}

export const CODE_SECTIONS: readonly CodeSection[] = [
  { number: 1, title: 'Definition of a complaint' },
  { number: 2, title: 'Exclusions' },
  { number: 3, title: 'Accessibility and awareness' },
  { number: 4, title: 'Complaint handling staff' },
  { number: 5, title: 'The complaint handling process' },
  { number: 6, title: 'Complaint stages' },
  { number: 7, title: 'Putting things right' },
  { number: 8, title: 'Self-assessment, reporting and compliance' },
  { number: 9, title: 'Scrutiny and oversight: continuous learning and improvement' },
];

export interface CodeProvision {
  provision: string;
  section: number;
  requirement: string;
}

const p = (provision: string, requirement: string): CodeProvision => ({ provision, section: Number(provision.split('.')[0]), requirement });

export const CODE_PROVISIONS: readonly CodeProvision[] = [
  p('1.2', "The policy uses the Code's definition of a complaint: any expression of dissatisfaction with the landlord's service, action or inaction, its staff or agents, affecting one or more residents."),
  p('1.3', 'Dissatisfaction is treated as a complaint whether or not the word is used, the resident is offered the choice to complain, and complaints made through others follow the policy.'),
  p('1.4', 'The policy distinguishes service requests from complaints; service requests are recorded, monitored and reviewed.'),
  p('1.5', 'Dissatisfaction with the response to a service request is logged as a complaint, and work on the request carries on.'),
  p('1.6', 'Survey feedback is not a complaint, but people giving feedback are told how to complain.'),
  p('2.1', 'A complaint is accepted unless there is a valid reason not to, which the landlord can evidence, each case on its merits.'),
  p('2.2', 'The policy sets out fair and reasonable circumstances in which a matter is not accepted or escalated.'),
  p('2.3', 'Complaints made within 12 months of the issue (or of the resident becoming aware of it) are accepted, with discretion beyond that.'),
  p('2.4', "A refusal is explained to the resident with the reasons and their right to take the decision to the Ombudsman."),
  p('2.5', 'No blanket exclusions: each complaint is considered on its own circumstances.'),
  p('3.1', 'Residents can complain through several channels, and the Equality Act duties and reasonable adjustments are anticipated.'),
  p('3.2', 'Complaints can be made in any way to any member of staff, and all staff know how to pass them on.'),
  p('3.3', 'High complaint volumes are not treated as a bad sign; low volumes may mean residents cannot complain.'),
  p('3.4', 'The policy is clear, accessible and on the website, and describes the two stages, what happens at each and the timescales.'),
  p('3.5', 'The policy explains how the landlord publicises it, the Ombudsman and the Code.'),
  p('3.6', 'Residents may have a representative deal with their complaint and be accompanied at meetings.'),
  p('3.7', "Residents are told of their right to go to the Ombudsman and how to engage with it."),
  p('4.1', 'A person or team (the complaints officer) is responsible for complaint handling, Ombudsman liaison and reporting to the governing body.'),
  p('4.2', 'The complaints officer can reach staff at every level and has the authority to resolve complaints promptly and fairly.'),
  p('4.3', 'Complaint handling is prioritised and resourced, and relevant staff are trained in it.'),
  p('5.1', 'One policy covers complaints under the Code, and residents are not treated differently for complaining.'),
  p('5.2', 'There are no extra named stages such as "stage 0" or an informal complaint.'),
  p('5.3', 'The process has no more than two stages.'),
  p('5.4', 'Any third party handling complaints does so inside the two-stage process, not a second process.'),
  p('5.5', 'The landlord makes sure third parties handle complaints in line with the Code.'),
  p('5.6', 'At logging and at escalation the landlord sets out its understanding of the complaint and the outcomes sought, asking for clarification where needed.'),
  p('5.7', 'At acknowledgement the landlord says which aspects it is and is not responsible for.'),
  p('5.8', 'Handlers deal with complaints on their merits, independently, fairly, managing conflicts of interest and weighing all evidence.'),
  p('5.9', 'When a response will be outside the timescales, suitable update intervals are agreed with the resident (and kept).'),
  p('5.10', 'Reasonable adjustments are made, recorded and kept under review, with any disability disclosed recorded.'),
  p('5.11', 'Escalation is refused only for valid reasons, set out clearly and in line with section 2.'),
  p('5.12', 'A full record is kept: the complaint and date received, all correspondence, supporting documents and the outcome at each stage.'),
  p('5.13', 'Complaints can be remedied at any stage without needing escalation.'),
  p('5.14', 'There are policies for unacceptable behaviour, with evidenced and regularly reviewed restrictions.'),
  p('5.15', 'Restrictions on contact are proportionate and have regard to the Equality Act.'),
  p('6.1', 'Complaints are triaged for what can be answered early and what needs investigation, considering complexity and vulnerability.'),
  p('6.2', 'Stage 1 complaints are acknowledged, defined and logged within 5 working days of receipt.'),
  p('6.3', 'The stage 1 response is sent within 10 working days of the acknowledgement.'),
  p('6.4', 'Stage 1 extensions are decided with the resident told the new timescale, no more than 10 working days without good reason, with reasons explained.'),
  p('6.5', "Residents told of a stage 1 extension are given the Ombudsman's contact details."),
  p('6.6', 'The stage 1 response is sent when the answer is known; outstanding actions are tracked and the resident kept updated.'),
  p('6.7', 'The stage 1 response addresses every point of the definition with clear reasons, citing policy, law and good practice.'),
  p('6.8', 'Related issues raised during stage 1 join the response if not yet sent; otherwise they become a new complaint.'),
  p('6.9', 'The stage 1 response states the stage, definition, decision, reasons, remedy, outstanding actions and how to escalate.'),
  p('6.10', 'A complaint not resolved to the resident\'s satisfaction at stage 1 goes to stage 2, the final response.'),
  p('6.11', 'Stage 2 requests are acknowledged, defined and logged within 5 working days of the request.'),
  p('6.12', 'Residents need not give reasons for asking for stage 2; the landlord tries to understand why they remain unhappy.'),
  p('6.13', 'The person considering stage 2 is not the person who considered stage 1.'),
  p('6.14', 'The stage 2 response is sent within 20 working days of the acknowledgement.'),
  p('6.15', 'Stage 2 extensions are decided with the resident told the new timescale, no more than 20 working days without good reason, with reasons explained.'),
  p('6.16', "Residents told of a stage 2 extension are given the Ombudsman's contact details."),
  p('6.17', 'The stage 2 response is sent when the answer is known; outstanding actions are tracked and the resident kept updated.'),
  p('6.18', 'The stage 2 response addresses every point of the definition with clear reasons, citing policy, law and good practice.'),
  p('6.19', 'The stage 2 response states the stage, definition, decision, reasons, remedy, outstanding actions and how to go to the Ombudsman.'),
  p('6.20', 'Stage 2 is the final response and involves all the staff needed to give it.'),
  p('7.1', 'Where something went wrong the landlord acknowledges it and sets out what it has done or will do to put it right.'),
  p('7.2', 'Remedies reflect the impact of the fault on the resident.'),
  p('7.3', 'Remedy offers say what will happen and by when, and are followed through to completion.'),
  p('7.4', "Remedies take account of the Ombudsman's remedies guidance."),
  p('8.1', 'An annual complaints performance and service improvement report is produced, with the self-assessment, performance analysis, refusals summary, Ombudsman findings and reports, and improvements made.'),
  p('8.2', "The annual report goes to the governing body and is published with the governing body's response."),
  p('8.3', 'The self-assessment is repeated after a significant restructure, merger or change in procedures.'),
  p('8.4', 'The self-assessment is reviewed after an Ombudsman investigation when asked.'),
  p('8.5', 'If exceptional circumstances prevent compliance, the Ombudsman and residents are told and a return date published.'),
  p('9.1', 'The landlord looks beyond each complaint for service improvements it can make.'),
  p('9.2', 'Complaints are used as intelligence to change service delivery, in a positive complaint handling culture.'),
  p('9.3', 'Wider learning and improvements are reported back to residents, staff and committees.'),
  p('9.4', 'A senior lead is accountable for complaint handling and reviews themes and trends for systemic issues.'),
  p('9.5', 'A member of the governing body is appointed Member Responsible for Complaints (MRC).'),
  p('9.6', 'The MRC makes sure the governing body gets regular insight into complaint handling performance.'),
  p('9.7', 'The MRC and governing body receive regular updates on volumes, categories, outcomes and performance, trends, Ombudsman outcomes and orders, and the annual report.'),
  p('9.8', 'Relevant staff and third parties have a standard objective on collaborative complaint resolution, shared responsibility and professional standards.'),
];
