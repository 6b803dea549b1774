/** Turns zod issues into the `details` of a 400, naming the path of each problem. */
import type { ZodError } from 'zod';
import type { ErrorDetail } from '../errors/app-error';

export function validationDetails(where: 'body' | 'query' | 'params', error: ZodError): ErrorDetail[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
