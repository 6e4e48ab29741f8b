import pretty from 'pino-pretty';

interface RequestLine {
  msg?: string;
  req?: { method?: string; path?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** A request on one line: what and how it ended; the request id stays in the JSON logs. */
function oneLine(log: Record<string, unknown>): string {
  const { msg = '', req, res, responseTime } = log as RequestLine;
  const parts = [msg];
  if (req?.method) parts.push(`${req.method} ${req.path ?? ''}`);
  if (res?.statusCode) parts.push(`→ ${res.statusCode}`);
  if (typeof responseTime === 'number') parts.push(`(${Math.round(responseTime)} ms)`);
  return parts.join(' ');
}

/**
 * What a person at a terminal reads: one coloured line per entry, local time, no pid or host.
 * Synchronous so that the last lines before the process exits (shutting down, stopped) are
 * written, not lost in a buffer.
 */
export function terminalLogStream(): NodeJS.WritableStream {
  return pretty({
    colorize: true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    messageFormat: oneLine,
    ignore: 'pid,hostname,reqId,req,res,responseTime',
  });
}
