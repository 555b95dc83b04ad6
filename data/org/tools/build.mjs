// Builds data/org/provinces.json and data/org/demo-province.json from the transcribed
// source tables in data/org/tools/sources/ (see data/README.md for where each came from).
// Usage: node data/org/tools/build.mjs
// Plain Node ESM, no dependencies. Deterministic output (same input -> same bytes).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SRC = join(here, 'sources');
const OUT = join(here, '..');

// ---------- helpers ----------

function readCsv(name) {
  const text = readFileSync(join(SRC, name), 'utf8').trim();
  const [head, ...lines] = text.split('\n');
  const cols = head.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== cols.length) throw new Error(`${name}:${i + 2}: expected ${cols.length} cells, got ${cells.length}`);
    return Object.fromEntries(cols.map((c, j) => [c, cells[j].trim()]));
  });
}

/** Vietnamese -> ASCII without diacritics ("Đắk Lắk" -> "Dak Lak"). */
function ascii(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Splits "Tỉnh Hà Giang" into ["Tỉnh", "Hà Giang"] for the known unit-type prefixes. */
const PREFIXES = ['Thành phố', 'Thị xã', 'Thị trấn', 'Huyện', 'Quận', 'Tỉnh', 'Phường', 'Xã', 'Đặc khu'];
function splitName(full) {
  for (const p of PREFIXES) if (full.startsWith(p + ' ')) return [p, full.slice(p.length + 1)];
  throw new Error(`no unit-type prefix in "${full}"`);
}

const EN_SUFFIX = {
  province: 'Province', city: 'City',
  rural_district: 'District', urban_district: 'District', town: 'Town', provincial_city: 'City',
  commune: 'Commune', ward: 'Ward', township: 'Township', special_zone: 'Special Zone',
};
function nameEn(full, kind) {
  return `${ascii(splitName(full)[1])} ${EN_SUFFIX[kind]}`;
}

function writeJson(file, obj) {
  writeFileSync(join(OUT, file), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}

// ---------- legal documents and sources ----------

const DOC = {
  r202: {
    number: '202/2025/QH15', issuedOn: '2025-06-12',
    title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh', url: null,
  },
  r175: {
    number: '175/2024/QH15', issuedOn: '2024-11-30',
    title: 'Nghị quyết về việc thành lập thành phố Huế trực thuộc trung ương', url: null,
  },
  r203: {
    number: '203/2025/QH15', issuedOn: '2025-06-16',
    title: 'Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', url: null,
  },
  r1665: {
    number: '1665/NQ-UBTVQH15', issuedOn: '2025-06-16',
    title: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Tĩnh năm 2025',
    url: 'https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/1665_NQ-UBTVQH15.md',
  },
  d347: {
    number: '347/QĐ-UBND', issuedOn: '2025-02-19',
    title: 'Quyết định phê duyệt Đề án sắp xếp, kiện toàn các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Tĩnh',
    url: 'https://lawnet.vn/vb/Quyet-dinh-347-QD-UBND-2025-De-an-kien-toan-co-quan-chuyen-mon-thuoc-Uy-ban-tinh-Ha-Tinh-9F48B.html',
  },
};

const SRC_PROVINCES = [
  { title: 'Nghị quyết của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (list of the 11 unchanged and 23 merged units; text not read directly, list cross-checked against the two entries below)', number: '202/2025/QH15', issuedOn: '2025-06-12', url: null },
  { title: 'Nghị quyết Hội nghị lần thứ 11 BCH Trung ương Đảng khóa XIII, annex "Danh sách dự kiến tên gọi ... của 34 đơn vị hành chính cấp tỉnh" (transcription)', number: '60-NQ/TW', issuedOn: '2025-04-12', url: 'https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/60-NQ_TW.md' },
  { title: 'VnExpress: "Quốc hội chốt cả nước còn 34 tỉnh, thành phố" (report of the vote on 12 Jun 2025 with the merger list)', number: null, issuedOn: '2025-06-12', url: 'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html' },
  { title: 'Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam (codes from 2025-07-01; text not read directly, codes taken from the statistics office letter below)', number: '19/2025/QĐ-TTg', issuedOn: '2025-06-30', url: null },
  { title: 'Công văn của Cục Thống kê: mã số 34 tỉnh sau sáp nhập (transcription)', number: '915/CTK-CSCL', issuedOn: null, url: 'https://github.com/dvhcvn/20250701/blob/62ea64ea0ba0f0f932ccb6573e05d3b1a5ef5029/input/docs/915_CTK-CSCL.csv' },
  { title: 'Quyết định ban hành Danh mục và mã số các đơn vị hành chính Việt Nam (codes until 2025-06-30, as amended); verified against a download of danhmuchanhchinh.gso.gov.vn of 2025-07-18 (district list, which still carried province code and name)', number: '124/2004/QĐ-TTg', issuedOn: '2004-07-08', url: 'https://github.com/tranngocminhhieu/vietnamadminunits/blob/7fb384341fca69e5d0fae31f11d4fe4725e38077/data/raw/danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv' },
  { title: 'Nghị quyết của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương (in force 2025-01-01)', number: '175/2024/QH15', issuedOn: '2024-11-30', url: null },
  { title: 'Nghị quyết của Quốc hội về việc chia và điều chỉnh địa giới hành chính một số tỉnh (Lai Châu/Điện Biên, Đắk Lắk/Đắk Nông, Cần Thơ/Hậu Giang; in force 2004-01-01)', number: '22/2003/QH11', issuedOn: '2003-11-26', url: null },
  { title: 'Nghị quyết của Quốc hội về việc điều chỉnh địa giới hành chính thành phố Hà Nội và một số tỉnh có liên quan (in force 2008-08-01)', number: '15/2008/QH12', issuedOn: '2008-05-29', url: null },
  { title: 'Nghị quyết của Quốc hội (không số) về việc chia và điều chỉnh địa giới hành chính một số tỉnh (new provinces operating from 1997-01-01)', number: null, issuedOn: '1996-11-06', url: 'https://vbpl.vn/caobang/Pages/vbpq-toanvan.aspx?ItemID=9023' },
];

// ---------- dataset 1: provinces ----------

function buildProvinces() {
  const before = readCsv('provinces-2025-06-30.csv');
  const after = readCsv('provinces-2025-07-01.csv');
  const mergedNew = after.filter((r) => r.predecessorCodes);
  const reused = new Set(mergedNew.map((r) => r.code)); // codes carried by a new merged unit
  const endedCodes = new Set(mergedNew.flatMap((r) => r.predecessorCodes.split(' ')));

  const keyOld = (code) => (reused.has(code) ? `P${code}-2004` : `P${code}`);
  const units = [];

  // Thừa Thiên Huế, ended when it became the centrally-run Thành phố Huế.
  units.push({
    key: 'P46-2004', code: '46', name: 'Tỉnh Thừa Thiên Huế', nameEn: 'Thua Thien Hue Province',
    level: 'province', kind: 'province', validFrom: '1997-01-01', validTo: '2024-12-31', parentKey: null,
  });

  for (const r of before) {
    units.push({
      key: endedCodes.has(r.code) ? keyOld(r.code) : `P${r.code}`,
      code: r.code, name: r.name, nameEn: nameEn(r.name, r.kind),
      level: 'province', kind: r.kind, validFrom: r.validFrom,
      validTo: endedCodes.has(r.code) ? '2025-06-30' : null, parentKey: null,
    });
  }
  for (const r of mergedNew) {
    units.push({
      key: `P${r.code}`, code: r.code, name: r.name, nameEn: nameEn(r.name, r.kind),
      level: 'province', kind: r.kind, validFrom: '2025-07-01', validTo: null, parentKey: null,
    });
  }
  // unchanged 11: must be identical to the unit valid on 2025-06-30 (same code, same name)
  for (const r of after.filter((x) => !x.predecessorCodes)) {
    const u = units.find((x) => x.key === `P${r.code}`);
    if (!u || u.name !== r.name || u.validTo !== null) throw new Error(`unchanged province ${r.code} ${r.name} does not match`);
  }

  const events = [
    {
      kind: 'rename', date: '2025-01-01', predecessors: ['P46-2004'], successors: ['P46'],
      legalDoc: DOC.r175,
      note: 'Tỉnh Thừa Thiên Huế became the centrally-run Thành phố Huế on the whole of its territory (name and kind change, same code 46).',
    },
    ...mergedNew.map((r) => ({
      kind: 'merge', date: '2025-07-01',
      predecessors: r.predecessorCodes.split(' ').map(keyOld),
      successors: [`P${r.code}`],
      legalDoc: DOC.r202,
    })),
  ];

  units.sort((a, b) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom));
  writeJson('provinces.json', {
    dataset: 'provinces',
    description: 'Provincial-level administrative units of Viet Nam (tỉnh, thành phố trực thuộc trung ương): the 63 valid on 2025-06-30 and the 34 valid from 2025-07-01, with the 2025-01-01 Huế change and the 2025-07-01 mergers as events. Codes: Decision 124/2004/QĐ-TTg (as amended) until 2025-06-30, Decision 19/2025/QĐ-TTg from 2025-07-01. validFrom 1997-01-01 is a floor (see data/README.md).',
    sources: SRC_PROVINCES,
    units,
    events,
  });
  return units;
}

// ---------- dataset 2: demo province (Hà Tĩnh) ----------

const P42 = { dataset: 'provinces', key: 'P42' };

const COMMUNE_KIND = { 'Xã': 'commune', 'Phường': 'ward', 'Thị trấn': 'township', 'Đặc khu': 'special_zone' };
const DISTRICT_KIND = { 'Huyện': 'rural_district', 'Quận': 'urban_district', 'Thị xã': 'town', 'Thành phố': 'provincial_city' };

// The statistics-office list spells "Xã Cỗ Đạm"; Resolution 1665 and Công văn 1027 spell "Cổ Đạm".
const NAME_FIXES = { '18391': 'Xã Cổ Đạm' };

// Departments of Hà Tĩnh. Codes: <provinceCode>.<ABBR> (cchc scheme, not official).
// `to: true` = ended 2025-02-28 (merged); `cont: true` = continues after 2025-03-01.
const DEPTS_BEFORE = [
  ['42.VP', 'Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh', 'Office of the Ha Tinh Provincial People\'s Committee', 'cont'],
  ['42.SNV', 'Sở Nội vụ tỉnh Hà Tĩnh', 'Ha Tinh Department of Home Affairs', 'cont'],
  ['42.STP', 'Sở Tư pháp tỉnh Hà Tĩnh', 'Ha Tinh Department of Justice', 'cont'],
  ['42.SKHDT', 'Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh', 'Ha Tinh Department of Planning and Investment', 'end'],
  ['42.STC', 'Sở Tài chính tỉnh Hà Tĩnh', 'Ha Tinh Department of Finance', 'end'],
  ['42.SCT', 'Sở Công Thương tỉnh Hà Tĩnh', 'Ha Tinh Department of Industry and Trade', 'cont'],
  ['42.SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh', 'Ha Tinh Department of Agriculture and Rural Development', 'end'],
  ['42.STNMT', 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', 'Ha Tinh Department of Natural Resources and Environment', 'end'],
  ['42.SGTVT', 'Sở Giao thông vận tải tỉnh Hà Tĩnh', 'Ha Tinh Department of Transport', 'end'],
  ['42.SXD', 'Sở Xây dựng tỉnh Hà Tĩnh', 'Ha Tinh Department of Construction', 'end'],
  ['42.STTTT', 'Sở Thông tin và Truyền thông tỉnh Hà Tĩnh', 'Ha Tinh Department of Information and Communications', 'end'],
  ['42.SKHCN', 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', 'Ha Tinh Department of Science and Technology', 'end'],
  ['42.SLDTBXH', 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh', 'Ha Tinh Department of Labour, Invalids and Social Affairs', 'end'],
  ['42.SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh', 'Ha Tinh Department of Culture, Sports and Tourism', 'cont'],
  ['42.SGDDT', 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh', 'Ha Tinh Department of Education and Training', 'cont'],
  ['42.SYT', 'Sở Y tế tỉnh Hà Tĩnh', 'Ha Tinh Department of Health', 'cont'],
  ['42.TTR', 'Thanh tra tỉnh Hà Tĩnh', 'Ha Tinh Provincial Inspectorate', 'cont'],
  ['42.SNGV', 'Sở Ngoại vụ tỉnh Hà Tĩnh', 'Ha Tinh Department of Foreign Affairs', 'cont'],
];
const DEPTS_NEW = [
  ['42.STC', 'Sở Tài chính tỉnh Hà Tĩnh', 'Ha Tinh Department of Finance', ['42.SKHDT', '42.STC']],
  ['42.SKHCN', 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', 'Ha Tinh Department of Science and Technology', ['42.STTTT', '42.SKHCN']],
  ['42.SXD', 'Sở Xây dựng tỉnh Hà Tĩnh', 'Ha Tinh Department of Construction', ['42.SGTVT', '42.SXD']],
  ['42.SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh', 'Ha Tinh Department of Agriculture and Environment', ['42.SNNPTNT', '42.STNMT']],
];
const DEPT_MERGE_DATE = '2025-03-01';

function buildDemo() {
  const units = [];
  const events = [];

  // --- departments ---
  const newCodes = new Set(DEPTS_NEW.map((d) => d[0]));
  const deptKey = (code) => (newCodes.has(code) ? `${code}-2024` : code);
  for (const [code, name, en, fate] of DEPTS_BEFORE) {
    units.push({
      key: fate === 'end' ? deptKey(code) : code, code, name, nameEn: en, level: 'department', kind: null,
      validFrom: null, validTo: fate === 'end' ? '2025-02-28' : null, parentRef: P42,
    });
  }
  for (const [code, name, en, preds] of DEPTS_NEW) {
    units.push({ key: code, code, name, nameEn: en, level: 'department', kind: null, validFrom: DEPT_MERGE_DATE, validTo: null, parentRef: P42 });
    events.push({
      kind: 'merge', date: DEPT_MERGE_DATE, predecessors: preds.map(deptKey), successors: [code], legalDoc: DOC.d347,
      note: 'Date and the establishing act are UNCONFIRMED for Hà Tĩnh (national pattern: Nghị định 45/2025/NĐ-CP, in force 2025-03-01); Decision 347/QĐ-UBND approved the province\'s plan.',
    });
  }
  events.push({
    kind: 'merge', date: DEPT_MERGE_DATE, predecessors: ['42.SNV', '42.SLDTBXH'], successors: ['42.SNV'], legalDoc: DOC.d347,
    note: 'Sở Nội vụ continues and takes over Sở Lao động - Thương binh và Xã hội (national pattern); social-protection, children and social-evils functions went to Sở Y tế and vocational education to Sở Giáo dục và Đào tạo (national pattern, UNCONFIRMED for Hà Tĩnh).',
  });
  units.push({
    key: '42.TTHCC', code: '42.TTHCC', name: 'Trung tâm Hành chính công tỉnh Hà Tĩnh', nameEn: 'Ha Tinh Provincial Public Administration Service Centre',
    level: 'service_centre', kind: null, validFrom: null, validTo: null, parentKey: '42.VP',
    note: 'Established by Quyết định 531/QĐ-UBND (year not confirmed), under the Office of the Provincial People\'s Committee. Whether and when it was renamed "Trung tâm Phục vụ hành chính công tỉnh" under Nghị định 118/2025/NĐ-CP is UNCONFIRMED.',
  });

  // --- districts and communes before 2025-07-01 ---
  const oldRows = readCsv('ha-tinh-communes-2025-06-30.csv');
  const newRows = readCsv('ha-tinh-communes-2025-07-01.csv');
  const mapping = readCsv('ha-tinh-1665-NQ-UBTVQH15.csv');
  const newCodeSet = new Set(newRows.map((r) => r.code));
  const unchanged = new Set(newRows.filter((r) => !mapping.some((m) => m.newCode === r.code)).map((r) => r.code));

  const districts = new Map();
  for (const r of oldRows) if (!districts.has(r.districtCode)) districts.set(r.districtCode, r.districtName);
  for (const [code, name] of districts) {
    const kind = DISTRICT_KIND[splitName(name)[0]];
    units.push({ key: `D${code}`, code, name, nameEn: nameEn(name, kind), level: 'district', kind, validFrom: null, validTo: '2025-06-30', parentRef: P42 });
  }
  events.push({
    kind: 'dissolve', date: '2025-07-01', predecessors: [...districts.keys()].map((c) => `D${c}`), successors: [], legalDoc: DOC.r203,
    note: 'District-level units end nationally on 2025-07-01 (two-tier local government; Luật Tổ chức chính quyền địa phương 72/2025/QH15). Their communes were rearranged by Resolution 1665/NQ-UBTVQH15 and now sit directly under the province.',
  });

  const oldKey = (code) => (newCodeSet.has(code) && !unchanged.has(code) ? `C${code}-2004` : `C${code}`);
  const byName = new Map();
  for (const r of oldRows) {
    const name = NAME_FIXES[r.code] ?? r.name;
    if (byName.has(name)) throw new Error(`ambiguous old commune name ${name}`);
    byName.set(name, r.code);
    const kind = COMMUNE_KIND[r.kind];
    if (splitName(name)[0] !== r.kind) throw new Error(`kind/name mismatch ${r.code}`);
    const u = { key: oldKey(r.code), code: r.code, name, nameEn: nameEn(name, kind), level: 'commune', kind, validFrom: null };
    if (unchanged.has(r.code)) {
      Object.assign(u, {
        validTo: null, parentRef: P42,
        parentHistory: [
          { parentKey: `D${r.districtCode}`, validFrom: null, validTo: '2025-06-30' },
          { parentRef: P42, validFrom: '2025-07-01', validTo: null },
        ],
        note: 'Not rearranged by Resolution 1665/NQ-UBTVQH15 (Art. 1 cl. 68); same unit and code, directly under the province from 2025-07-01.',
      });
    } else {
      Object.assign(u, { validTo: '2025-06-30', parentKey: `D${r.districtCode}` });
    }
    if (r.code === '18391') u.note = 'The statistics-office list of 2025 spells the name "Cỗ Đạm"; Resolution 1665/NQ-UBTVQH15 and Công văn 1027/CTK-CSCL spell "Cổ Đạm".';
    units.push(u);
  }

  // --- communes from 2025-07-01 and merge events ---
  for (const r of newRows) {
    if (unchanged.has(r.code)) {
      const old = oldRows.find((o) => o.code === r.code);
      if (!old || old.name !== r.name) throw new Error(`unchanged commune ${r.code} differs`);
      continue;
    }
    const m = mapping.find((x) => x.newCode === r.code);
    if (m.newName !== r.name) throw new Error(`name mismatch for ${r.code}: 1665 says ${m.newName}, 1027 says ${r.name}`);
    const kind = COMMUNE_KIND[splitName(r.name)[0]];
    units.push({ key: `C${r.code}`, code: r.code, name: r.name, nameEn: nameEn(r.name, kind), level: 'commune', kind, validFrom: '2025-07-01', validTo: null, parentRef: P42 });
  }
  for (const m of mapping) {
    const preds = [];
    const partial = [];
    for (let p of m.predecessors.split(';')) {
      const isPartial = p.startsWith('~');
      if (isPartial) p = p.slice(1);
      const code = byName.get(p);
      if (!code) throw new Error(`item ${m.item}: predecessor "${p}" not in the 2025-06-30 list`);
      preds.push(oldKey(code));
      if (isPartial) partial.push(oldKey(code));
    }
    const ev = { kind: 'merge', date: '2025-07-01', predecessors: preds, successors: [`C${m.newCode}`], legalDoc: { ...DOC.r1665, article: `Điều 1, khoản ${m.item}` } };
    if (partial.length) {
      ev.partialPredecessors = partial;
      ev.note = 'Listed partial predecessors contributed only part of their area or population and also appear in other merges of this resolution (see data/README.md).';
    }
    events.push(ev);
  }

  writeJson('demo-province.json', {
    dataset: 'demo-province',
    description: 'REAL data for one province, Hà Tĩnh (code 42, unchanged at province level): its provincial departments before and after the 2025-03-01 department merger, its public administration service centre, its 12 district-level units and 209 communes valid on 2025-06-30, and its 69 communes/wards valid from 2025-07-01 (Resolution 1665/NQ-UBTVQH15). validFrom null = start date not recorded here (see data/README.md).',
    sources: [
      { title: 'Nghị quyết của UBTVQH về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Tĩnh năm 2025 (transcription of the full text)', number: '1665/NQ-UBTVQH15', issuedOn: '2025-06-16', url: DOC.r1665.url },
      { title: 'Công văn của Cục Thống kê, Phụ lục I: danh mục và mã số các đơn vị hành chính cấp xã (codes from 2025-07-01; transcription)', number: '1027/CTK-CSCL', issuedOn: '2025-06-25', url: 'https://github.com/dvhcvn/20250701/blob/62ea64ea0ba0f0f932ccb6573e05d3b1a5ef5029/input/docs/1027_CTK-CSCL.md' },
      { title: 'danhmuchanhchinh.gso.gov.vn, ward list downloaded 2025-07-18 (still the pre-2025-07-01 list: 209 communes of Hà Tĩnh with district codes)', number: '124/2004/QĐ-TTg (as amended)', issuedOn: null, url: 'https://github.com/tranngocminhhieu/vietnamadminunits/blob/7fb384341fca69e5d0fae31f11d4fe4725e38077/data/raw/danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv' },
      { title: 'danhmuchanhchinh.gso.gov.vn, district list downloaded 2025-07-18 (12 district-level units of Hà Tĩnh)', number: null, issuedOn: null, url: 'https://github.com/tranngocminhhieu/vietnamadminunits/blob/7fb384341fca69e5d0fae31f11d4fe4725e38077/data/raw/danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv' },
      { title: 'Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp (cited in the preamble of 1665/NQ-UBTVQH15); end of the district level on 2025-07-01', number: '203/2025/QH15', issuedOn: '2025-06-16', url: null },
      { title: 'Quyết định của UBND tỉnh Hà Tĩnh phê duyệt Đề án sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND tỉnh (title and preamble read only)', number: '347/QĐ-UBND', issuedOn: '2025-02-19', url: DOC.d347.url },
      { title: 'Nghị định quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc trung ương (national basis of the department merger; cited by Hà Nội Decision 24/2025/QĐ-UBND)', number: '45/2025/NĐ-CP', issuedOn: '2025-02-28', url: null },
      { title: 'Cadn.com.vn: "Khai trương trung tâm hành chính công tỉnh Hà Tĩnh" (established by Quyết định 531/QĐ-UBND)', number: null, issuedOn: null, url: 'https://cadn.com.vn/print/khai-truong-trung-tam-hanh-chinh-cong-tinh-ha-tinh-post169049.html' },
    ],
    units,
    events,
  });
  return units;
}

buildProvinces();
buildDemo();
console.log('wrote data/org/provinces.json and data/org/demo-province.json');
