import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', withCode('ECONNRESET', 'read ECONNRESET')],
    ['timed out', withCode('ETIMEDOUT')],
    ['admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown', withCode('57P02')],
    ['cannot connect now', withCode('57P03', 'the database system is starting up')],
    ['too many connections', withCode('53300')],
    ['connection exception', withCode('08006', 'connection failure')],
    ['connection does not exist', withCode('08003')],
    ['pg: terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pg: terminated', new Error('Connection terminated')],
    ['pg-pool: connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pg-pool: no connection in time', new Error('timeout exceeded when trying to connect')],
    ['pg: dead client', new Error('Client has encountered a connection error and is not queryable')],
    ['wrapped', new Error('query failed', { cause: withCode('ECONNREFUSED') })],
    ['every address refused', Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''), {})],
  ])('%s → unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['NUL in text', withCode('22P05', 'unsupported Unicode escape sequence')],
    ['bad encoding', withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
    ['check violation', withCode('23514')],
    ['syntax', withCode('42601')],
    ['serialization', withCode('40001')],
    ['statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    // A server error whose text merely mentions a connection is still about the statement.
    ['database error quoting the words', withCode('P0001', 'Connection terminated by trigger')],
    ['plain error', new Error('boom')],
    ['not an error', 'Connection terminated'],
    ['null', null],
  ])('%s → not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
