/** A tiny dataset for strategy tests: an integer row number and one personal VARCHAR column `v`. */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';

export const textSchema: DatasetSchema = {
  name: 'texts',
  level: 'general',
  openness: 'conditional',
  columns: [
    { name: 'i', type: 'INTEGER', personal: 'none', identifier: 'none' },
    { name: 'v', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
  ],
};
