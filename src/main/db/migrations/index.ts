import type { Migration } from '../migrate.ts';
import { storeData } from './001-store-data.ts';

/** Every schema change, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [storeData];
