import { z } from 'zod';
import type { StaffMember } from '../../../domain/landlord/settings.js';
import type { ApiDeps } from '../../shared/deps.js';
import { route } from '../router.js';
import { settingsEventJson } from '../presenter.js';
import { IdParams, itemsOf, LandlordSettingsBody, LandlordSettingsResponse, SettingsEventResponse, StaffBody, StaffMemberResponse } from '../schemas.js';

export const landlordRoutes = (deps: ApiDeps) => [
  route({
    method: 'GET',
    path: '/v1/landlord',
    operationId: 'getLandlordSettings',
    summary: "The caller's landlord settings (defaults until saved)",
    roles: ['handler', 'officer', 'admin', 'viewer'],
    response: LandlordSettingsResponse,
    handle: async ({ caller }) => ({
      body: { ...(await deps.landlords.getSettings(caller.landlordId)).settings, id: caller.landlordId } satisfies z.input<typeof LandlordSettingsResponse>,
    }),
  }),
  route<Record<string, never>, Record<string, never>, z.infer<typeof LandlordSettingsBody>>({
    method: 'PUT',
    path: '/v1/landlord',
    operationId: 'putLandlordSettings',
    summary: 'Save the landlord settings',
    roles: ['admin'],
    body: LandlordSettingsBody,
    response: LandlordSettingsResponse,
    // 409: another save changed the settings meanwhile.
    errors: [409],
    handle: async ({ caller, body }) => {
      const saved = await deps.landlords.putSettings(caller.landlordId, body, { actor: { userId: caller.userId, roles: caller.roles }, at: deps.clock.now() });
      return { body: { ...saved.settings, id: caller.landlordId } satisfies z.input<typeof LandlordSettingsResponse> };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/landlord/events',
    operationId: 'listLandlordEvents',
    summary: 'Every change to the landlord settings: who, when, and the fields before and after',
    roles: ['officer', 'admin'],
    response: itemsOf(SettingsEventResponse, 'SettingsEventList'),
    handle: async ({ caller }) => ({ body: { items: (await deps.landlords.settingsEvents(caller.landlordId)).map(settingsEventJson) } }),
  }),
  route({
    method: 'GET',
    path: '/v1/staff',
    operationId: 'listStaff',
    summary: "The landlord's complaint handlers",
    roles: ['handler', 'officer', 'admin', 'viewer'],
    response: itemsOf(StaffMemberResponse, 'StaffList'),
    handle: async ({ caller }) => ({ body: { items: await deps.landlords.listStaff(caller.landlordId) } }),
  }),
  route<z.infer<typeof IdParams>, Record<string, never>, z.infer<typeof StaffBody>>({
    method: 'PUT',
    path: '/v1/staff/{id}',
    operationId: 'putStaffMember',
    summary: 'Add or update a staff member (name and email for reminders)',
    roles: ['admin', 'officer'],
    params: IdParams,
    body: StaffBody,
    response: StaffMemberResponse,
    errors: [409],
    handle: async ({ caller, params, body }) => {
      const member: StaffMember = { id: params.id, ...body };
      return { body: (await deps.landlords.putStaff(caller.landlordId, member)) satisfies z.input<typeof StaffMemberResponse> };
    },
  }),
];
