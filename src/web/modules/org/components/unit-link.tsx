import { Button } from 'antd';
import type { UnitRef } from '../../../api/types';

/** A unit mentioned in a history: opens that unit's details in the same panel. */
export function UnitLink({ unit, onOpen }: { unit: UnitRef; onOpen: (id: string) => void }) {
  return (
    <Button type="link" size="small" className="cchc-unit-link" onClick={() => onOpen(unit.id)}>
      {unit.name} <span className="cchc-unit-code">({unit.code})</span>
    </Button>
  );
}

/** A comma-free list of unit links, or the given text when empty. */
export function UnitLinks({ units, onOpen, emptyText }: { units: UnitRef[]; onOpen: (id: string) => void; emptyText: string }) {
  if (units.length === 0) return <span className="cchc-muted-text">{emptyText}</span>;
  return (
    <ul className="cchc-inline-list">
      {units.map((unit) => <li key={unit.id}><UnitLink unit={unit} onOpen={onOpen} /></li>)}
    </ul>
  );
}
