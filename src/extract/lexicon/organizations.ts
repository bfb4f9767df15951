import type { EntityType } from '../fact';

/**
 * Name endings that tell what kind of thing a name names, longest first when matched. A domain expert
 * extends these lists; the engine only reads them.
 */
export interface SuffixRule {
  suffix: string;
  types: EntityType[];
  /** Names ending so that are NOT of this kind (`俱樂部` ends in `部` but is no ministry). */
  except?: string[];
}

export const nameSuffixes: SuffixRule[] = [
  { suffix: '聯絡辦公室', types: ['LiaisonOffice', 'GovernmentOrganization'] },
  { suffix: '联络办公室', types: ['LiaisonOffice', 'GovernmentOrganization'] },
  { suffix: '聯絡辦事處', types: ['LiaisonOffice', 'GovernmentOrganization'] },
  { suffix: '联络办事处', types: ['LiaisonOffice', 'GovernmentOrganization'] },
  { suffix: '聯絡處', types: ['LiaisonOffice', 'GovernmentOrganization'] },
  { suffix: '辦公室', types: ['Organization'] },
  { suffix: '办公室', types: ['Organization'] },
  { suffix: '辦事處', types: ['Organization'] },
  { suffix: '委員會', types: ['Committee', 'GovernmentOrganization'] },
  { suffix: '委员会', types: ['Committee', 'GovernmentOrganization'] },
  { suffix: '部', types: ['GovernmentMinistry', 'GovernmentOrganization'], except: ['俱樂部', '俱乐部', '總部', '总部', '本部', '內部', '内部', '外部', '北部', '南部', '東部', '东部', '西部', '中部', '幹部', '干部', '全部', '局部', '頭部', '头部'] },
  { suffix: '局', types: ['GovernmentOrganization'], except: ['結局', '结局', '時局', '时局', '格局', '大局', '騙局', '骗局'] },
  { suffix: '署', types: ['GovernmentOrganization'] },
  { suffix: '廳', types: ['GovernmentOrganization'] },
  { suffix: '厅', types: ['GovernmentOrganization'] },
  { suffix: '聯合通訊社', types: ['NewsOrganization'] },
  { suffix: '联合通讯社', types: ['NewsOrganization'] },
  { suffix: '通訊社', types: ['NewsOrganization'] },
  { suffix: '通讯社', types: ['NewsOrganization'] },
  { suffix: '新聞社', types: ['NewsOrganization'] },
  { suffix: '新闻社', types: ['NewsOrganization'] },
  { suffix: '電視台', types: ['NewsOrganization'] },
  { suffix: '电视台', types: ['NewsOrganization'] },
  { suffix: '日報', types: ['NewsOrganization'] },
  { suffix: '日报', types: ['NewsOrganization'] },
  { suffix: '廣播公司', types: ['NewsOrganization'] },
  { suffix: '广播公司', types: ['NewsOrganization'] },
  { suffix: '宣言', types: ['Declaration', 'Document'] },
  { suffix: '聲明', types: ['Declaration', 'Document'] },
  { suffix: '声明', types: ['Declaration', 'Document'] },
  { suffix: '協議', types: ['Document'] },
  { suffix: '协议', types: ['Document'] },
  { suffix: '協定', types: ['Document'] },
  { suffix: '协定', types: ['Document'] },
  { suffix: '條約', types: ['Document'] },
  { suffix: '条约', types: ['Document'] },
  { suffix: '公報', types: ['Document'] },
  { suffix: '公报', types: ['Document'] },
  { suffix: '首腦會談', types: ['Summit', 'Event'] },
  { suffix: '首脑会谈', types: ['Summit', 'Event'] },
  { suffix: '首腦會晤', types: ['Summit', 'Event'] },
  { suffix: '首脑会晤', types: ['Summit', 'Event'] },
  { suffix: '高峰會', types: ['Summit', 'Event'] },
  { suffix: '高峰会', types: ['Summit', 'Event'] },
  { suffix: '峰會', types: ['Summit', 'Event'] },
  { suffix: '峰会', types: ['Summit', 'Event'] },
  { suffix: '會談', types: ['Event'] },
  { suffix: '会谈', types: ['Event'] },
  { suffix: '會議', types: ['Event'] },
  { suffix: '会议', types: ['Event'] },
  { suffix: '工業區', types: ['Place'] },
  { suffix: '工业区', types: ['Place'] },
  { suffix: '工業園區', types: ['Place'] },
  { suffix: '工业园区', types: ['Place'] },
  { suffix: '特區', types: ['Place'] },
  { suffix: '特区', types: ['Place'] },
  { suffix: '特別市', types: ['Place'] },
  { suffix: '广域市', types: ['Place'] },
  { suffix: '廣域市', types: ['Place'] },
  { suffix: '市', types: ['Place'], except: ['城市', '都市', '股市', '超市', '夜市', '上市', '黑市'] },
  { suffix: '郡', types: ['Place'] },
  { suffix: '縣', types: ['Place'] },
  { suffix: '县', types: ['Place'] },
  { suffix: '關係', types: ['Topic'] },
  { suffix: '关系', types: ['Topic'] },
];

/**
 * Endings that make a place name from another place name (`X工業區` lies in `X`): a place named
 * `X` + one of these is located in the place `X` when the text names both.
 */
export const placeDerivingSuffixes = ['工業區', '工业区', '工業園區', '工业园区', '特區', '特区', '港', '站', '機場', '机场'];
