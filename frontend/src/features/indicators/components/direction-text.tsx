import type { Schemas } from '@/lib/api-client';

type Direction = Schemas['Direction'];

const DIRECTIONS: Record<Direction, { arrow: string; text: string; className?: string }> = {
  IMPROVING: { arrow: '▲', text: 'Improving', className: 'app-direction--improving' },
  DECLINING: { arrow: '▼', text: 'Declining', className: 'app-direction--declining' },
  STABLE: { arrow: '►', text: 'Stable' },
  NO_TREND: { arrow: '', text: 'No trend' },
};

/** Direction of travel: an arrow for the eye and the word always, colour never alone. */
export function DirectionText({ direction }: { direction: Direction | null | undefined }) {
  const d = DIRECTIONS[direction ?? 'NO_TREND'];
  return (
    <span className={`app-trend${d.className ? ` ${d.className}` : ''}`}>
      {d.arrow && <span aria-hidden="true">{d.arrow} </span>}
      {d.text}
    </span>
  );
}
