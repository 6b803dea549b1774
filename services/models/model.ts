/** A model (模型/算法): named, parameterised SQL with a purpose; each version immutable and reviewed. */
import { z } from 'zod';

export const modelStatuses = ['submitted', 'approved', 'rejected'] as const;
export type ModelStatus = (typeof modelStatuses)[number];

export const parameterTypes = ['VARCHAR', 'INTEGER', 'BIGINT', 'DOUBLE', 'DATE', 'BOOLEAN'] as const;
export const parameterSchema = z.strictObject({
  name: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case identifier').meta({ description: 'The parameter’s name, used as $name in the SQL', example: 'born_before' }),
  type: z.enum(parameterTypes).meta({ description: 'The type its values are bound as', example: 'DATE' }),
});
export type ModelParameter = z.infer<typeof parameterSchema>;

export type ModelCheck = { name: string; passed: boolean; message: string };

export type Model = {
  id: string;
  sandboxId: string;
  agreementId: string;
  name: string;
  version: number;
  sql: string;
  parameters: ModelParameter[];
  purpose: string;
  sha256: string;
  status: ModelStatus;
  checks: ModelCheck[];
  createdBy: string;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  recordLevelGranted: boolean;
  unsafeStatisticsGranted: boolean;
};
