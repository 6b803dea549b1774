/** A rule of who may act (two-person release, a model's approver): the caller may, but not here. */
import { AppError } from './app-error';

export class SeparationOfDutiesError extends AppError {
  constructor(message: string) {
    super(403, 'separation_of_duties', message);
  }
}

/** A reviewer of the operator's own unit never reviews its models or releases its outputs. */
export function assertIndependent(reviewer: { unit: string }, agreement: { operatorUnit: string }): void {
  if (reviewer.unit === agreement.operatorUnit) throw new SeparationOfDutiesError('a reviewer of the operator’s own unit may not review its models or outputs');
}
