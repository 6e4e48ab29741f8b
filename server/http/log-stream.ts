import pretty from 'pino-pretty';

/**
 * What a person at a terminal reads: one coloured line per entry, local time, no pid or host.
 * Synchronous so that the last lines before the process exits (shutting down, stopped) are
 * written, not lost in a buffer.
 */
export function terminalLogStream(): NodeJS.WritableStream {
  return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
}
