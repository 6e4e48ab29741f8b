import type { CommandPanel as Command, MonitoringPanel as Monitoring } from '../../../common/contracts/dashboard.ts';
import { T } from '../text.ts';
import { CommandPanel } from './CommandPanel.tsx';
import { MonitoringPanel } from './MonitoringPanel.tsx';
import { useRotation } from './use-rotation.ts';

const VIEWS = [
  { key: 'monitoring', title: T.monitoring },
  { key: 'command', title: T.command },
] as const;
const ROTATE_MS = 20_000;

interface Props {
  monitoring: { data: Monitoring | undefined; isError: boolean };
  command: { data: Command | undefined; isError: boolean };
}

/**
 * The slot under the map, shared in turn by the people at work (人员监控) and the loop they
 * work in (指挥调度): both are wide and short, and neither fits beside the other. Both queries
 * stay live while the other is shown, so a turn shows current figures at once.
 */
export function LoopPanels({ monitoring, command }: Props) {
  const [index, pick] = useRotation(VIEWS.length, ROTATE_MS);
  const switcher = (
    <span className="dots" role="tablist">
      {VIEWS.map((v, i) => (
        <button key={v.key} type="button" role="tab" aria-selected={i === index} className={i === index ? 'dot on' : 'dot'}
          title={v.title} onClick={() => pick(i)} data-testid={`screen-view-${v.key}`} />
      ))}
    </span>
  );
  return VIEWS[index]!.key === 'monitoring'
    ? <MonitoringPanel query={monitoring} extra={switcher} />
    : <CommandPanel query={command} extra={switcher} />;
}
