/**
 * An agreement (授权运营协议): an approved application. Its status follows the lifecycle in
 * ARCHITECTURE.md; every change is one compare-and-set over the allowed source statuses.
 */
import type { ScopedDataset } from '../applications/application';

export const agreementStatuses = ['active', 'suspended', 'expired', 'terminated', 'sealed', 'destroyed'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export type Agreement = {
  id: string;
  applicationId: string;
  operatorId: string;
  operatorUnit: string;
  scenario: string;
  scope: ScopedDataset[];
  startsAt: string;
  endsAt: string;
  status: AgreementStatus;
  sandboxId: string;
  createdAt: string;
  statusChangedAt: string;
  statusReason: string | null;
};

/** Every allowed transition: the statuses it may start from and the one it leads to. */
export const agreementTransitions = {
  suspend: { from: ['active'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'active' },
  terminate: { from: ['active', 'suspended'], to: 'terminated' },
  expire: { from: ['active', 'suspended'], to: 'expired' },
  seal: { from: ['expired', 'terminated'], to: 'sealed' },
  destroy: { from: ['sealed'], to: 'destroyed' },
} as const satisfies Record<string, { from: readonly AgreementStatus[]; to: AgreementStatus }>;

export type AgreementTransition = keyof typeof agreementTransitions;

/** Statuses in which the operator may still reach its sandbox. */
export function isLive(status: AgreementStatus): boolean {
  return status === 'active';
}

export function isEnded(status: AgreementStatus): boolean {
  return status === 'expired' || status === 'terminated' || status === 'sealed' || status === 'destroyed';
}
