import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './dynamodb-query-all.js';
import type { Actor } from '../../domain/complaint/audit-event.js';
import { Conflict } from '../../domain/errors.js';
import { settingsEvent, type SettingsEvent } from '../../domain/landlord/settings-audit.js';
import { DEFAULT_SETTINGS, type LandlordSettings, type StaffMember } from '../../domain/landlord/settings.js';
import type { LandlordStore, VersionedSettings } from '../../domain/ports/landlord-store.port.js';
import { keys } from './table-design.js';

const normalisedAddress = (address: string) => address.trim().toLowerCase();
const normalisedAddresses = (addresses: readonly string[]) => [...new Set(addresses.map(normalisedAddress))];

/**
 * Landlord settings are read on every complaint write, so they are cached per process. The cache is
 * safe because every complaint write carries a condition on the settings version it used
 * (see WriteGuards): a stale copy makes the write fail, the caller forgets it and retries.
 */
export class DynamoDbLandlordStore implements LandlordStore {
  private readonly cache = new Map<string, VersionedSettings>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getSettings(landlordId: string): Promise<VersionedSettings> {
    const cached = this.cache.get(landlordId);
    if (cached) return cached;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.landlord(landlordId), SK: keys.settingsSk }, ConsistentRead: true }),
    );
    const found: VersionedSettings = Item
      ? { settings: { ...DEFAULT_SETTINGS, ...(Item.settings as LandlordSettings) }, version: Item.version as number }
      : { settings: DEFAULT_SETTINGS, version: 0 };
    this.cache.set(landlordId, found);
    return found;
  }

  async putSettings(landlordId: string, settings: LandlordSettings, change: { actor: Actor; at: Date }): Promise<VersionedSettings> {
    const current = await this.getSettingsUncached(landlordId);
    // Addresses compare without case, and one transaction may touch an address once: settings saved
    // before this rule (["A@x", "a@x"]) are read as one address, so they can still be changed.
    const claimed = normalisedAddresses(settings.inboundAddresses);
    const released = normalisedAddresses(current.settings.inboundAddresses).filter((address) => !claimed.includes(address));
    const next: VersionedSettings = { settings: { ...settings, inboundAddresses: claimed }, version: current.version + 1 };
    const addressKey = (address: string) => ({ PK: keys.inboundAddress(address), SK: keys.inboundAddressSk });
    try {
      // Settings and the address registry move together, conditional on the version just read:
      // of two concurrent PUTs one wins and one is told.
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            guardedPut(
              this.tableName,
              { PK: keys.landlord(landlordId), SK: keys.settingsSk, entity: 'settings', settings: next.settings, version: next.version },
              { exists: current.version !== 0, version: current.version },
            ),
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  PK: keys.landlord(landlordId),
                  SK: keys.settingsEventSk(next.version),
                  entity: 'settings-event',
                  ...settingsEvent(landlordId, next.version, current.version === 0 ? undefined : current.settings, settings, change.actor, change.at),
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...claimed.map((address) => ({
              Put: {
                TableName: this.tableName,
                Item: { ...addressKey(address), entity: 'inbound-address', landlordId },
                // An address routes mail to one landlord only.
                ConditionExpression: 'attribute_not_exists(PK) OR landlordId = :me',
                ExpressionAttributeValues: { ':me': landlordId },
              },
            })),
            ...released.map((address) => ({
              Delete: { TableName: this.tableName, Key: addressKey(address), ConditionExpression: 'landlordId = :me', ExpressionAttributeValues: { ':me': landlordId } },
            })),
          ],
        }),
      );
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      const failed = reasons?.findIndex((reason) => reason.Code === 'ConditionalCheckFailed') ?? -1;
      if (failed === 0) throw new Conflict('the settings changed meanwhile; read them and try again');
      if (failed === 1) throw new Conflict('the settings changed meanwhile; read them and try again');
      if (failed > 1 && failed <= claimed.length + 1) throw new Conflict(`inbound address ${claimed[failed - 2]} belongs to another landlord`);
      throw error;
    }
    this.cache.set(landlordId, next);
    return next;
  }

  async landlordForAddress(address: string): Promise<string | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: keys.inboundAddress(normalisedAddress(address)), SK: keys.inboundAddressSk } }),
    );
    return Item?.landlordId as string | undefined;
  }

  forget(landlordId: string): void {
    this.cache.delete(landlordId);
  }

  async putStaff(landlordId: string, member: StaffMember): Promise<StaffMember> {
    const key = { PK: keys.landlord(landlordId), SK: keys.staffSk(member.id) };
    const { Item: current } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    const login = (record: Record<string, unknown> | undefined) => (record?.active && typeof record.userId === 'string' ? record.userId : undefined);
    const held = login(current);
    const wanted = login(member as unknown as Record<string, unknown>);
    const marker = (userId: string) => ({ PK: keys.landlord(landlordId), SK: keys.staffUserSk(userId) });
    try {
      // The record and the one-record-per-login marker move together, conditional on the record as read.
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            guardedPut(
              this.tableName,
              { ...key, entity: 'staff', ...member, version: ((current?.version as number | undefined) ?? 0) + 1 },
              { exists: current !== undefined, version: current?.version as number | undefined },
            ),
            ...(wanted && wanted !== held
              ? [
                  {
                    Put: {
                      TableName: this.tableName,
                      Item: { ...marker(wanted), entity: 'staff-user', staffId: member.id },
                      ConditionExpression: 'attribute_not_exists(PK) OR staffId = :me',
                      ExpressionAttributeValues: { ':me': member.id },
                    },
                  },
                ]
              : []),
            ...(held && held !== wanted
              ? [{ Delete: { TableName: this.tableName, Key: marker(held), ConditionExpression: 'staffId = :me', ExpressionAttributeValues: { ':me': member.id } } }]
              : []),
          ],
        }),
      );
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if (reasons?.[1]?.Code === 'ConditionalCheckFailed' && wanted) {
        throw new Conflict(`user ${wanted} already has an active staff record; one person holds one record (6.13 tells people apart by it)`);
      }
      if (reasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')) throw new Conflict('the staff record changed meanwhile; try again');
      throw error;
    }
    return member;
  }

  async settingsEvents(landlordId: string): Promise<SettingsEvent[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :events)',
      ExpressionAttributeValues: { ':pk': keys.landlord(landlordId), ':events': 'SETTINGS_EVENT#' },
    });
    return items.map(({ PK: _pk, SK: _sk, entity: _entity, ...event }) => event as unknown as SettingsEvent);
  }

  async listStaff(landlordId: string): Promise<StaffMember[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :staff)',
      ExpressionAttributeValues: { ':pk': keys.landlord(landlordId), ':staff': 'STAFF#' },
    });
    return items.map((item) => {
      const member: StaffMember = { id: item.id as string, name: item.name as string, email: item.email as string, active: item.active as boolean };
      return typeof item.userId === 'string' ? { ...member, userId: item.userId } : member;
    });
  }

  private async getSettingsUncached(landlordId: string): Promise<VersionedSettings> {
    this.forget(landlordId);
    return this.getSettings(landlordId);
  }
}

/**
 * A Put that commits only over the record as it was read: where nothing was, where a record had no
 * version yet (written before versions), or at the version read. Two writers never both win.
 */
function guardedPut(TableName: string, Item: Record<string, unknown>, read: { exists: boolean; version?: number | undefined }) {
  if (!read.exists) return { Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } };
  const ExpressionAttributeNames = { '#version': 'version' };
  if (read.version === undefined) return { Put: { TableName, Item, ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#version)', ExpressionAttributeNames } };
  return { Put: { TableName, Item, ConditionExpression: '#version = :v', ExpressionAttributeNames, ExpressionAttributeValues: { ':v': read.version } } };
}
