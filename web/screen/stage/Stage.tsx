import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { fitStage, STAGE, type Fit } from './fit.ts';

const current = () => fitStage(window.innerWidth, window.innerHeight);

const ScaleContext = createContext(1);

/** How much the stage is scaled: charts draw their canvas that much finer so text stays sharp. */
export function useStageScale(): number {
  return useContext(ScaleContext);
}

/**
 * A fixed 1920×1080 stage scaled to the window: every display shows the same layout, never a
 * scrollbar, whatever its size.
 */
export function Stage({ children }: { children: ReactNode }) {
  const [fit, setFit] = useState<Fit>(current);
  useEffect(() => {
    const onResize = () => setFit(current());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <ScaleContext value={fit.scale}>
      <div
        className="stage"
        style={{ width: STAGE.width, height: STAGE.height, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` }}
        data-testid="screen-stage"
      >
        {children}
      </div>
    </ScaleContext>
  );
}
