import { REGISTER_COLUMNS } from '../../../../common/field/register-format.ts';

const zh = {
  households: {
    title: '住户',
    hint: '{{region}}范围内登记的住户，点击行查看成员和走访记录',
    address: '地址',
    searchPlaceholder: '搜索地址',
    members: '成员数',
    lastVisit: '最近走访',
    neverVisited: '未走访',
    total: '共 {{total}} 户',
    detailTitle: '住户详情',
    note: '备注',
    membersTitle: '住户成员（{{count}}）',
    visitsTitle: '走访记录（{{count}}）',
    visitedAt: '走访时间',
    outcome: '走访结果',
    metCount: '见到人数',
    worker: '走访人',
    noMembers: '暂无登记成员',
    noVisits: '暂无走访记录',
    register: {
      template: '下载登记表模板',
      import: '导入住户登记表',
      title: '导入住户登记表',
      intro: '登记表为 Excel 工作簿（.xlsx），第一行为表头，每行登记一人；同一户的各行填写相同的户号和地址。住户位置填写网格编码，或填写经度、纬度（可注明坐标系）。',
      notes: Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.note])) as Record<string, string>,
      imported: '导入成功：新增 {{households}} 户、{{persons}} 人',
    },
  },
};

const en: typeof zh = {
  households: {
    title: 'Households',
    hint: 'Households registered in {{region}}; click a row for its members and visits',
    address: 'Address',
    searchPlaceholder: 'Search addresses',
    members: 'Members',
    lastVisit: 'Last visit',
    neverVisited: 'Not visited',
    total: '{{total}} households',
    detailTitle: 'Household',
    note: 'Note',
    membersTitle: 'Members ({{count}})',
    visitsTitle: 'Visits ({{count}})',
    visitedAt: 'Visited at',
    outcome: 'Outcome',
    metCount: 'People met',
    worker: 'Visited by',
    noMembers: 'No members registered',
    noVisits: 'No visits yet',
    register: {
      template: 'Download register template',
      import: 'Import household register',
      title: 'Import a household register',
      intro: 'The register is an Excel workbook (.xlsx) with the headers in row 1 and one person per row; rows of one household share its 户号 (household key) and address. Place each household by its 网格编码 (grid code), or by 经度/纬度 (longitude/latitude) with an optional 坐标系 (coordinate system).',
      notes: {
        householdKey: 'Household key: the same on every row of one household (unique within the file)',
        address: 'Street address; the same on every row of one household',
        gridCode: '15-digit grid code; give this or longitude and latitude',
        lon: 'Longitude of the household, decimal degrees',
        lat: 'Latitude of the household, decimal degrees',
        crs: 'WGS84 (default), GCJ02 (AMap/Tencent) or BD09 (Baidu)',
        name: 'Name',
        idNumber: '18-character ID number; enter it as text',
        phone: '11-digit mainland mobile number',
        sex: '男/女 (male/female); may be left empty when the ID number is given',
        birthDate: 'Date of birth, YYYY-MM-DD; may be left empty when the ID number is given',
        relation: 'Relation to the head: 户主, 配偶, 子女, 父母, 祖父母, 孙子女, 兄弟姐妹, 其他亲属, 租户, 其他',
      },
      imported: 'Imported {{households}} households with {{persons}} people',
    },
  },
};

/** Households: `households.*`. */
export const householdsMessages = { zh, en };
