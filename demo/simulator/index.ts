import type { AppServices } from '../../server/core/services.ts';
import { AppError } from '../../server/core/errors.ts';
import type { Random } from '../geography/prng.ts';
import { chance } from '../history/random.ts';
import { loadCast, type Cast } from './cast.ts';
import type { SimContext } from './context.ts';
import { advanceEvent, answerInstructionStep } from './command.ts';
import { declare, moveCase, verifyOpenWarning } from './desk.ts';
import { keepShifts, recordArrival, reportEvent, startDuty, visitHousehold } from './field.ts';
import { GridPlaces } from './places.ts';

/**
 * The demo's life: every few seconds a little plausible activity, written through the same
 * services as real users' requests, so counters, warnings and the live stream behave as they
 * would. Runs only in demo mode; everything it writes is marked 【模拟】 or named 模拟居民….
 */
export interface SimulatorRates {
  /** Declarations per tick, on average. */
  declarations: number;
  /** Chances per tick of one of each. */
  event: number;
  visit: number;
  arrival: number;
  verification: number;
  shiftStart: number;
  caseChange: number;
  /** The command loop: a worker answers an instruction; an open event takes its next step. */
  instructionAnswer: number;
  eventStep: number;
  /** Open shifts given a heartbeat (or ended) per tick, at most. */
  heartbeats: number;
}

/** About one item a second: the dashboards move without the demo filling up. */
const GENTLE_RATES: SimulatorRates = {
  declarations: 1.5, event: 0.25, visit: 0.2, arrival: 0.06, verification: 0.3, shiftStart: 0.05, caseChange: 0.01, instructionAnswer: 0.3, eventStep: 0.4, heartbeats: 2,
};

export interface SimulatorLog {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface SimulatorOptions {
  intervalMs?: number;
  rates?: SimulatorRates;
  random?: Random;
}

/** Who and what to act with is reloaded this often (new checkpoints, workers, households). */
const CAST_MAX_AGE_MS = 10 * 60_000;

type Step = [name: string, run: (ctx: SimContext) => Promise<void>];

export class DemoSimulator {
  private readonly intervalMs: number;
  private readonly rates: SimulatorRates;
  private readonly random: Random;
  private readonly places: GridPlaces;
  private cast: Cast | null = null;
  private castLoadedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly services: AppServices, private readonly log: SimulatorLog, options: SimulatorOptions = {}) {
    this.intervalMs = options.intervalMs ?? 3_000;
    this.rates = options.rates ?? GENTLE_RATES;
    this.random = options.random ?? Math.random;
    this.places = new GridPlaces(services.database.db);
  }

  start(): void {
    this.schedule();
  }

  /**
   * One round of activity, each step at its own moment as a user's requests would be; a failing
   * step is logged (its kind and error code, no personal data) and the round goes on.
   */
  async tick(now?: Date): Promise<void> {
    if (!this.cast || Date.now() - this.castLoadedAt > CAST_MAX_AGE_MS) {
      this.cast = await loadCast(this.services.database.db);
      this.castLoadedAt = Date.now();
    }
    const cast = this.cast;
    for (const [name, run] of this.steps(cast)) {
      if (this.stopped) return;
      try {
        await run({ services: this.services, cast, places: this.places, random: this.random, now: now ?? new Date() });
      } catch (error) {
        this.report(name, error);
      }
    }
  }

  /** Waits for the round in progress; nothing runs after this resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private steps(cast: Cast): Step[] {
    const r = this.rates;
    const steps: Step[] = [];
    const declarations = Math.floor(r.declarations) + (chance(this.random, r.declarations % 1) ? 1 : 0);
    for (let i = 0; i < declarations; i++) steps.push(['declaration', declare]);
    const maybe = (p: number, step: Step) => {
      if (chance(this.random, p)) steps.push(step);
    };
    if (cast.gridsWithWorker.length > 0) {
      maybe(r.event, ['event', reportEvent]);
      maybe(r.visit, ['visit', visitHousehold]);
      maybe(r.arrival, ['arrival', recordArrival]);
      maybe(r.caseChange, ['case', moveCase]);
    }
    maybe(r.verification, ['verification', verifyOpenWarning]);
    if (cast.gridsWithWorker.length > 0) maybe(r.instructionAnswer, ['instruction', answerInstructionStep]);
    maybe(r.eventStep, ['event step', advanceEvent]);
    maybe(r.shiftStart, ['shift', startDuty]);
    if (r.heartbeats > 0) steps.push(['heartbeat', (ctx) => keepShifts(ctx, r.heartbeats)]);
    return steps;
  }

  private report(step: string, error: unknown): void {
    // A refusal (a rotated or closed checkpoint, a record someone deleted) means the cast is
    // stale: look at who and what exists again next round.
    if (error instanceof AppError) this.cast = null;
    const code = error instanceof AppError ? error.code : error instanceof Error ? error.name : 'unknown';
    this.log.warn({ step, code }, 'demo simulator: a simulated step failed');
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().catch((error: unknown) => this.report('round', error)).finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }
}

export function startDemoSimulator(services: AppServices, log: SimulatorLog, options?: SimulatorOptions): DemoSimulator {
  const simulator = new DemoSimulator(services, log, options);
  simulator.start();
  return simulator;
}
