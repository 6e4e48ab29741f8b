import { useEffect, useState } from 'react';
import { addDays } from '../../../../common/time.ts';

/** About one day a second: slow enough to read the bubbles, quick enough to see spread. */
const STEP_MS = 1000;

export interface Playback {
  /** The day shown while playing or paused mid-way; null: the whole period. */
  day: string | null;
  /** What the map counts over: from the period's first day to `day`, or the whole period. */
  period: { from: string; to: string };
  playing: boolean;
  play(): void;
  pause(): void;
  /** Jumps to a day, pausing; the period's last day is the whole period again. */
  show(day: string): void;
  /** The next day, or the end of the playback after the last. */
  step(): void;
}

/** A playback belongs to the period it steps through. */
interface State {
  from: string;
  to: string;
  day: string | null;
  playing: boolean;
}

/** The day a playback shows in [from, to], or null (the whole period) for any other. */
export function dayWithin(day: string | null, from: string, to: string): string | null {
  return day !== null && day >= from && day <= to ? day : null;
}

/** Stepping through the period's days (播放). Another period starts over. */
export function usePlayback(from: string, to: string): Playback {
  const [state, setState] = useState<State>({ from, to, day: null, playing: false });
  // Another period starts over, before anything is asked for it: a day of the last period
  // could lie outside this one (the server refuses a `to` before `from`).
  if (state.from !== from || state.to !== to) setState({ from, to, day: null, playing: false });
  const own = state.from === from && state.to === to;
  const day = own ? dayWithin(state.day, from, to) : null;
  const playing = own && state.playing;
  const set = (next: Pick<State, 'day' | 'playing'>) => setState({ from, to, ...next });

  return {
    day,
    period: { from, to: day ?? to },
    playing,
    play: () => set({ day: day === null || day >= to ? from : day, playing: true }),
    pause: () => set({ day, playing: false }),
    show: (next) => set({ day: next >= to ? null : dayWithin(next, from, to), playing: false }),
    step: () => set(day === null || day >= to ? { day: null, playing: false } : { day: addDays(day, 1), playing }),
  };
}

/**
 * Moves a playing playback on once the day's counts have arrived (`ready`) and a step's time
 * has passed, so a slow answer holds the day on screen rather than skipping it.
 */
export function usePlaybackClock(playback: Playback, ready: boolean): void {
  const { playing, day, step } = playback;
  useEffect(() => {
    if (!playing || !ready) return undefined;
    const timer = setTimeout(step, STEP_MS);
    return () => clearTimeout(timer);
    // `step` is a new function each render; the day it moves from is in the dependencies.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [playing, ready, day]);
}
