import crypto from 'node:crypto';

/**
 * A public call (征集) by which the authority selects operators: its requirements and a
 * deadline for qualification applications. open → closed (by the authority, or by the
 * deadline passing: after it no application is accepted).
 */
export const callStatuses = ['open', 'closed'] as const;
export type CallStatus = (typeof callStatuses)[number];

export type Call = {
  id: string;
  title: string;
  requirements: string;
  /** The application scenarios the call is about, for the applicants' information. */
  scenarios: string[];
  deadline: string;
  status: CallStatus;
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
};

export function newCall(fields: Pick<Call, 'title' | 'requirements' | 'scenarios' | 'deadline' | 'openedBy' | 'openedAt'>): Call {
  return { ...fields, id: `call_${crypto.randomUUID()}`, status: 'open', closedBy: null, closedAt: null };
}

/** Whether the call takes applications at `now`: open and before its deadline. */
export function acceptsApplications(call: Call, now: Date): boolean {
  return call.status === 'open' && Date.parse(call.deadline) > now.getTime();
}
