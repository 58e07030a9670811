import { paths } from '@piano2030/web-core';
import { AreaCard } from '@piano2030/web-ui';
import { byPosition } from '../by-position';

export interface AreaSummary {
  code: string;
  position: number;
  name: string;
  description: string;
}

export function AreaList({ areas, titleLevel }: { areas: readonly AreaSummary[]; titleLevel?: 2 | 3 }) {
  return (
    <ol className="row g-4 list-unstyled">
      {byPosition(areas).map((area) => (
        <li key={area.code} className="col-12 col-md-6 col-xl-3">
          <AreaCard
            position={area.position}
            name={area.name}
            description={area.description}
            to={paths.area(area.code)}
            titleLevel={titleLevel}
          />
        </li>
      ))}
    </ol>
  );
}
