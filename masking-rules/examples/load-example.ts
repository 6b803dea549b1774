/**
 * Loads the runnable examples in this folder: one YAML file per strategy (and one for row rules),
 * each holding a small dataset, its rule set, input rows and the expected masked rows (or, where the
 * output depends on a dictionary, a pattern per column). test/masking-rules/compiler runs every one
 * against DuckDB, so the documented behaviour cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { columnSpecSchema, identifierName, levels, opennesses, type DatasetSchema } from '../dataset-schema';

export const exampleNames = ['keep', 'drop', 'redact', 'mask', 'pseudonymize', 'generalize', 'noise', 'fake', 'row-rules'] as const;
export type ExampleName = (typeof exampleNames)[number];

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const row = z.record(z.string(), cell);

const exampleSchema = z.strictObject({
  description: z.string(),
  dataset: z.strictObject({
    name: identifierName,
    level: z.enum(levels),
    openness: z.enum(opennesses),
    subjectKey: identifierName.optional(),
    columns: z.array(columnSpecSchema).min(1),
  }),
  key: z.string(),
  asOf: z.string(),
  rules: z.unknown(),
  rows: z.array(row).min(1),
  expected: z.array(row).optional(),
  matches: z.record(z.string(), z.string()).optional(),
});

export type MaskingExample = Omit<z.infer<typeof exampleSchema>, 'dataset'> & { name: ExampleName; dataset: DatasetSchema };

/** Reads and checks one example file. */
export function loadExample(name: ExampleName): MaskingExample {
  const text = readFileSync(join(__dirname, `${name}.yaml`), 'utf8');
  const parsed = exampleSchema.parse(YAML.parse(text, { maxAliasCount: 0 }));
  return { ...parsed, name };
}
