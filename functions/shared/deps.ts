import type { HolidaysByDivision } from '../../domain/calendar/bank-holidays.js';
import type { Clock } from '../../domain/ports/clock.port.js';
import type { ComplaintStore } from '../../domain/ports/complaint-store.port.js';
import type { LandlordStore } from '../../domain/ports/landlord-store.port.js';
import type { NoComplaintStore, ServiceRequestStore } from '../../domain/ports/non-complaint-store.port.js';

/** What the HTTP API is composed of; AWS and the local stack each supply their own. */
export interface ApiDeps {
  complaints: ComplaintStore;
  landlords: LandlordStore;
  clock: Clock;
  holidays: HolidaysByDivision;
  newId: () => string;
  /** Sender when a landlord has set neither fromAddress nor a complaints officer email. */
  defaultFromAddress: string;
  /** Service requests (1.4) and dissatisfaction recorded without a complaint (FAQ): not complaints, kept apart. */
  serviceRequests: ServiceRequestStore;
  noComplaints: NoComplaintStore;
}
