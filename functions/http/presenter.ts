import type { AuditEvent } from '../../domain/complaint/audit-event.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { SettingsEvent } from '../../domain/landlord/settings-audit.js';
import type { QuarantineEntry } from '../../domain/ports/quarantine.port.js';
import type { IntakeOutcome } from '../inbound-email/inbound-intake.js';
import type { z } from 'zod';
import type {
  AuditEventResponse,
  ComplaintResponse,
  IntakeOutcomeResponse,
  QuarantineEntryResponse,
  SettingsEventResponse,
} from './schemas.js';
import { nextDeadline } from '../../domain/complaint/deadlines.js';

/** The complaint as the API shows it: the stored record plus per-stage views portals ask for. */
// Each answer is typed by its documented schema, so a presenter change the document does not allow is a compile error.
export function complaintJson(complaint: Complaint): z.input<typeof ComplaintResponse> {
  // Schedules and sent reminders are the system's bookkeeping, not the complaint's.
  const { landlordId: _landlord, schedules: _schedules, reminders: _reminders, ...rest } = complaint;
  const { stage1, stage2 } = complaint.stages;
  const next = nextDeadline(complaint);
  return {
    ...rest,
    overdue: complaint.overdue ?? [],
    handlers: { stage1: stage1.handlerId, stage2: stage2?.handlerId },
    definition: { stage1: stage1.definition, stage2: stage2?.definition },
    decision: { stage1: stage1.decision, stage2: stage2?.decision },
    ...(next && { nextDeadline: next }),
  };
}

/** The version as an entity tag, so portals can send it back as If-Match. */
export const versionHeaders = (complaint: Complaint) => ({ etag: `"${complaint.version}"` });

/** The audit trail as the API shows it: the landlord is the caller's own, so it is not repeated. */
export function auditEventJson(event: AuditEvent): z.input<typeof AuditEventResponse> {
  const { landlordId: _landlord, ...rest } = event;
  return rest;
}

export function settingsEventJson(event: SettingsEvent): z.input<typeof SettingsEventResponse> {
  const { landlordId: _landlord, ...rest } = event;
  return rest;
}

/** Held mail for an officer: where the bytes are stored is the system's business (downloads go through the API). */
export function quarantineEntryJson(entry: QuarantineEntry): z.input<typeof QuarantineEntryResponse> {
  const { landlordId: _landlord, rawKey: _rawKey, outcome, ...rest } = entry;
  // The store keeps what release() recorded, which is always an intake outcome.
  return { ...rest, ...(outcome !== undefined && { outcome: outcome as IntakeOutcome['outcome'] }) };
}

export function intakeOutcomeJson(outcome: IntakeOutcome): z.input<typeof IntakeOutcomeResponse> {
  // Releasing refuses (InvalidInput) rather than hold a message again, so this is a broken invariant, a 500.
  if (outcome.outcome === 'quarantined') throw new Error(`a released message was held again (${outcome.reason})`);
  const { landlordId: _landlord, ...rest } = outcome;
  return rest;
}
