/**
 * The shape of a registered dataset, as the catalog stores it and the rule compiler reads it.
 * Classification follows GB/T 43697 (level) and the glossary in ARCHITECTURE.md.
 */
import { z } from 'zod';

/** DuckDB types a dataset column may have. Data is always loaded with these, never sniffed. */
export const columnTypes = ['VARCHAR', 'BOOLEAN', 'INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)', 'DATE', 'TIMESTAMP'] as const;
export type ColumnType = (typeof columnTypes)[number];

export const semantics = [
  'cn_id', 'cn_mobile', 'cn_name', 'cn_address', 'uscc', 'bank_card', 'plate', 'email',
  'date', 'birth_date', 'region_code', 'amount', 'category', 'free_text',
] as const;
export type Semantic = (typeof semantics)[number];

export const levels = ['general', 'important', 'core'] as const;
export const opennesses = ['unconditional', 'conditional', 'closed'] as const;
export const personalKinds = ['none', 'personal', 'sensitive'] as const;
export const identifierKinds = ['direct', 'quasi', 'none'] as const;

export type ColumnSpec = {
  name: string;
  type: ColumnType;
  description?: string;
  personal: (typeof personalKinds)[number];
  identifier: (typeof identifierKinds)[number];
  semantic?: Semantic;
  /** false: NOT NULL, checked on every upload. Default true. */
  nullable?: boolean;
};

export type DatasetSchema = {
  name: string;
  level: (typeof levels)[number];
  openness: (typeof opennesses)[number];
  subjectKey?: string;
  columns: ColumnSpec[];
};

/** Column and dataset names: lower-case ASCII identifiers, or CJK, never quotes or spaces. */
export const identifierName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[\p{Script=Han}a-z_][\p{Script=Han}a-z0-9_]*$/u, 'lower-case letters, digits, underscore or Chinese characters; not starting with a digit');

/** Names DuckDB gives a meaning of its own inside a table (the row id pseudo-column). */
export const reservedColumnNames: readonly string[] = ['rowid'];

export const columnSpecSchema = z.strictObject({
  name: identifierName.refine((name) => !reservedColumnNames.includes(name), 'rowid is reserved: DuckDB uses it for the row number')
    .meta({ description: 'The column name, as in the file header: lower-case letters, digits, underscore or Chinese characters', example: 'id_number' }),
  type: z.enum(columnTypes).meta({ description: 'The DuckDB type every value must have (never sniffed)', example: 'VARCHAR' }),
  description: z.string().max(500).optional().meta({ description: 'What the column holds', example: '公民身份号码' }),
  personal: z.enum(personalKinds).meta({ description: 'Personal information: none, personal 个人信息, sensitive 敏感个人信息', example: 'sensitive' }),
  identifier: z.enum(identifierKinds).meta({ description: 'Identifies a person: direct (直接标识符), quasi (准标识符) or none', example: 'direct' }),
  semantic: z.enum(semantics).optional().meta({ description: 'What the values mean, for detection, masking and the twin', example: 'cn_id' }),
  nullable: z.boolean().optional().meta({ description: 'false: every row must have a value (checked on each upload); default true', example: false }),
});

/** True when a column must have an explicit rule (privacy by default). */
export function needsRule(column: ColumnSpec): boolean {
  return column.personal !== 'none' || column.identifier !== 'none';
}
