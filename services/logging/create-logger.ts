/**
 * winston for operations: JSON lines, each with the request id of the request it belongs to,
 * and with secrets redacted. The audit log, not this, is the record of accountability.
 */
import winston from 'winston';
import { currentRequestId } from './request-context';
import { isSecretKey, redactSecrets, redactText } from './redact-secrets';

export type Logger = winston.Logger;
export type LogLevel = 'error' | 'warn' | 'info' | 'http' | 'verbose' | 'debug' | 'silent';

const withRequestAndRedaction = winston.format((info) => {
  const requestId = currentRequestId();
  if (requestId && info.requestId === undefined) info.requestId = requestId;
  if (typeof info.message === 'string') info.message = redactText(info.message);
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'message' || key === 'requestId' || key === 'timestamp') continue;
    info[key] = isSecretKey(key) ? '[redacted]' : redactSecrets(info[key]);
  }
  return info;
});

export function createLogger(level: LogLevel, stream?: NodeJS.WritableStream): Logger {
  const transport = stream
    ? new winston.transports.Stream({ stream })
    : new winston.transports.Console({ stderrLevels: ['error', 'warn'] });
  return winston.createLogger({
    level: level === 'silent' ? 'error' : level,
    silent: level === 'silent',
    format: winston.format.combine(
      withRequestAndRedaction(),
      winston.format.timestamp(),
      winston.format.json(),
    ),
    defaultMeta: { service: 'shuyu' },
    transports: [transport],
  });
}
