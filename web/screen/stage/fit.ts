/** The size the screen is designed at: a 1080p wall display. */
export const STAGE = { width: 1920, height: 1080 } as const;

export interface Fit {
  scale: number;
  /** Offsets that centre the scaled stage, leaving even bars on the longer side. */
  x: number;
  y: number;
}

/** Scales the whole stage to fit the window without cropping or distorting it. */
export function fitStage(width: number, height: number): Fit {
  const scale = Math.min(width / STAGE.width, height / STAGE.height);
  return { scale, x: (width - STAGE.width * scale) / 2, y: (height - STAGE.height * scale) / 2 };
}
