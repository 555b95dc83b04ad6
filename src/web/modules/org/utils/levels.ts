import type { OrgLevel } from '../../../api/types';

/** Levels from the top of the province down; also the order of siblings in the tree. */
export const ORG_LEVELS: readonly OrgLevel[] = ['province', 'department', 'service_centre', 'district', 'commune', 'other'];

export const levelRank = (level: OrgLevel): number => {
  const rank = ORG_LEVELS.indexOf(level);
  return rank === -1 ? ORG_LEVELS.length : rank;
};

export const LEVEL_COLOURS: Record<OrgLevel, string> = {
  province: 'red',
  department: 'blue',
  service_centre: 'purple',
  district: 'gold',
  commune: 'green',
  other: 'default',
};
