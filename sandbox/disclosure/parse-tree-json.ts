/** The JSON of DuckDB's `json_serialize_sql` tree, and the two questions every walk of it asks. */
import type { JsonObject } from '../guard/parse-tree';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isJsonObject = (v: Json | undefined): v is JsonObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** A name as DuckDB compares it (identifiers are case-insensitive). */
export const lowerName = (s: unknown): string => String(s ?? '').toLowerCase();
