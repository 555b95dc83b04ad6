import type { OrgDataset } from '../domain/org/org-dataset.js';

/**
 * A small fictional province ("Tỉnh Thử Nghiệm", code T1) that goes through the 2025 reform: two districts with
 * three communes each until 2025-06-30; from 2025-07-01 the districts end and the communes merge into three.
 * The Department of Labour merges into Home Affairs on 2025-03-01; provinces T2 and T3 merge into a new T3 (code reused).
 */
export function buildTestProvinceDatasets(): OrgDataset[] {
  const provinces: OrgDataset = {
    dataset: 'test-provinces',
    units: [
      { key: 'T1', code: 'T1', name: 'Tỉnh Thử Nghiệm', nameEn: 'Test Province', level: 'province', kind: 'province', validFrom: '2000-01-01', validTo: null },
      { key: 'T2', code: 'T2', name: 'Tỉnh Hai', level: 'province', kind: 'province', validFrom: '2000-01-01', validTo: '2025-06-30' },
      { key: 'T3', code: 'T3', name: 'Tỉnh Ba', level: 'province', kind: 'province', validFrom: '2000-01-01', validTo: '2025-06-30' },
      { key: 'T4', code: 'T3', name: 'Tỉnh Ba Mới', level: 'province', kind: 'province', validFrom: '2025-07-01', validTo: null },
    ],
    events: [{ kind: 'merge', date: '2025-07-01', predecessors: ['T2', 'T3'], successors: ['T4'], legalDoc: { number: '202/2025/QH15', issuedOn: '2025-06-12' } }],
  };
  const province = { dataset: 'test-provinces', key: 'T1' };
  const commune = (key: string, code: string, name: string, parentKey: string | null, validFrom: string, validTo: string | null) =>
    ({ key, code, name, level: 'commune' as const, kind: 'commune', validFrom, validTo, parentKey, parentRef: parentKey ? null : province });
  const local: OrgDataset = {
    dataset: 'test-local',
    units: [
      { key: 'SNV', code: 'T1.SNV', name: 'Sở Nội vụ', level: 'department', validFrom: '2000-01-01', validTo: null, parentRef: province },
      { key: 'SLD', code: 'T1.SLDTBXH', name: 'Sở Lao động - Thương binh và Xã hội', level: 'department', validFrom: '2000-01-01', validTo: '2025-02-28', parentRef: province },
      { key: 'STP', code: 'T1.STP', name: 'Sở Tư pháp', level: 'department', validFrom: '2000-01-01', validTo: null, parentRef: province },
      { key: 'HCC', code: 'T1.HCC', name: 'Trung tâm Phục vụ hành chính công', level: 'service_centre', validFrom: '2000-01-01', validTo: null, parentRef: province },
      { key: 'D1', code: '101', name: 'Huyện Một', level: 'district', kind: 'rural_district', validFrom: '2000-01-01', validTo: '2025-06-30', parentRef: province },
      { key: 'D2', code: '102', name: 'Huyện Hai', level: 'district', kind: 'rural_district', validFrom: '2000-01-01', validTo: '2025-06-30', parentRef: province },
      commune('C11', '10001', 'Xã Một Một', 'D1', '2000-01-01', '2025-06-30'),
      commune('C12', '10002', 'Xã Một Hai', 'D1', '2000-01-01', '2025-06-30'),
      commune('C13', '10003', 'Xã Một Ba', 'D1', '2000-01-01', '2025-06-30'),
      commune('C21', '10004', 'Xã Hai Một', 'D2', '2000-01-01', '2025-06-30'),
      commune('C22', '10005', 'Xã Hai Hai', 'D2', '2000-01-01', '2025-06-30'),
      commune('C23', '10006', 'Xã Hai Ba', 'D2', '2000-01-01', '2025-06-30'),
      commune('N1', '10001', 'Xã Một', null, '2025-07-01', null),
      commune('N2', '10004', 'Xã Hai', null, '2025-07-01', null),
      commune('N3', '10006', 'Xã Ba', null, '2025-07-01', null),
    ],
    events: [
      { kind: 'merge', date: '2025-03-01', predecessors: ['SNV', 'SLD'], successors: ['SNV'], legalDoc: { number: '01/NQ-HĐND', issuedOn: '2025-02-18' } },
      { kind: 'merge', date: '2025-07-01', predecessors: ['C11', 'C12', 'C13'], successors: ['N1'], legalDoc: { number: '1665/NQ-UBTVQH15', issuedOn: '2025-06-16' } },
      { kind: 'merge', date: '2025-07-01', predecessors: ['C21', 'C22'], successors: ['N2'], legalDoc: { number: '1665/NQ-UBTVQH15', issuedOn: '2025-06-16' } },
      { kind: 'merge', date: '2025-07-01', predecessors: ['C23'], successors: ['N3'], legalDoc: { number: '1665/NQ-UBTVQH15', issuedOn: '2025-06-16' } },
    ],
  };
  return [provinces, local];
}
