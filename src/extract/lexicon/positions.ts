/**
 * Titles of office that precede a person's name (`次官王小明`), longest first when matched, and the
 * roles a person can take in a joint body (`負責人`, `代表`). Data for domain experts to extend.
 */
export const positionTitles = [
  '第一副委員長', '第一副部長', '副委員長', '委員長', '副部長', '部長', '次官', '長官', '副長官',
  '副主席', '主席', '副主任', '主任', '副局長', '局長', '副處長', '處長', '副院長', '院長',
  '副總理', '總理', '副總統', '總統', '國務委員', '大使', '特使', '秘書長', '副秘書長', '室長', '所長',
  '副委员长', '委员长', '副部长', '部长', '长官', '副局长', '局长', '处长', '副处长', '院长', '副总理', '总理',
  '副总统', '总统', '秘书长', '室长',
];

/** Roles held in a joint body, as written after a side (`韓方負責人`, `朝方代表`). */
export const roleTitles = ['首席代表', '負責人', '负责人', '代表', '所長', '所长', '主任', '處長', '处长', '團長', '团长'];

/** Verbs that join a person to the role they take: `X擔任Y`, `X則為Y`, `X出任Y`. */
export const roleVerbs = ['擔任', '担任', '出任', '則為', '则为', '作為', '作为', '兼任', '任', '為', '为'];
