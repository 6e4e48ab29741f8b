import { useEffect, useState } from 'react';
import { addDays } from '../../../../common/time.ts';

/** About one day a second: slow enough to read the bubbles, quick enough to see spread. */
const STEP_MS = 1000;

export interface Playback {
  /** The day shown while playing or paused mid-way; null: the whole period. */
  day: string | null;
  playing: boolean;
  play(): void;
  pause(): void;
  /** Jumps to a day, pausing; the period's last day is the whole period again. */
  show(day: string): void;
  /** The next day, or the end of the playback after the last. */
  step(): void;
}

/** Stepping through the period's days (播放). Another period starts over. */
export function usePlayback(from: string, to: string): Playback {
  const [day, setDay] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    setDay(null);
    setPlaying(false);
  }, [from, to]);

  return {
    day,
    playing,
    play: () => {
      setDay((current) => (current === null || current >= to ? from : current));
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    show: (next) => {
      setPlaying(false);
      setDay(next >= to ? null : next);
    },
    step: () => {
      if (day === null || day >= to) {
        setPlaying(false);
        setDay(null);
      } else {
        setDay(addDays(day, 1));
      }
    },
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
  }, [playing, ready, day]);
}
