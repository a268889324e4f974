import type { EntityName } from '../store/entity-name';

export type ChangeOperation = 'Create' | 'Update' | 'Delete' | 'Void' | 'Merge';

/** A change to one entity of one company, as webhooks report it. */
export interface ChangeEvent {
  realmId: string;
  entity: EntityName;
  id: string;
  operation: ChangeOperation;
  lastUpdated: string;
}

export type ChangeListener = (event: ChangeEvent) => void;
