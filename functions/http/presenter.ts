import type { Complaint } from '../../domain/complaint/complaint.js';
import { nextDeadline } from '../../domain/complaint/deadlines.js';

/** The complaint as the API shows it: the stored record plus per-stage views portals ask for. */
export function complaintJson(complaint: Complaint) {
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
