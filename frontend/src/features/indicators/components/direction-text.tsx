import type { Schemas } from '@/lib/api-client';
import { directionLabel } from '@/lib/indicator-text';

type Direction = Schemas['Direction'];

const ARROWS: Record<Direction, { arrow: string; className?: string }> = {
  IMPROVING: { arrow: '▲', className: 'app-direction--improving' },
  DECLINING: { arrow: '▼', className: 'app-direction--declining' },
  STABLE: { arrow: '►' },
  NO_TREND: { arrow: '' },
};

/** Direction of travel: an arrow for the eye and the word always, colour never alone. */
export function DirectionText({ direction }: { direction: Direction }) {
  const d = ARROWS[direction];
  return (
    <span className={`app-trend${d.className ? ` ${d.className}` : ''}`}>
      {d.arrow && <span aria-hidden="true">{d.arrow} </span>}
      {directionLabel(direction)}
    </span>
  );
}
