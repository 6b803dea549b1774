/** A sandbox (数据沙箱): one per agreement, a `live` database of masked data and a `dev` twin. */
export const sandboxStates = ['provisioning', 'ready', 'suspended', 'sealed', 'destroyed', 'failed'] as const;
export type SandboxState = (typeof sandboxStates)[number];

/** What a ready sandbox was loaded from, so every later output can name it. */
export type LoadedDataset = { datasetId: string; table: string; vaultVersion: number; rulesVersion: number; rows: number; columns: { name: string; type: string }[] };

export type Sandbox = {
  id: string;
  agreementId: string;
  state: SandboxState;
  progress: { done: number; total: number };
  attempts: number;
  loaded: LoadedDataset[];
  error: string | null;
  createdAt: string;
  readyAt: string | null;
  sealedAt: string | null;
  destroyedAt: string | null;
};
