/**
 * Trigger words of the general relation frames (`src/extract/frames/`), as data. Every list holds both
 * scripts; a domain expert extends them without touching the frames.
 */
export const frameWords = {
  /** `…舉行的會談`: the verbs that close an event's definition or report its taking place. */
  eventVerbs: ['舉行', '举行', '召開', '召开', '進行', '进行', '展開', '展开', '開始', '开始', '登場', '登场', '舉辦', '举办', '開幕', '开幕'],
  /** `…簽署的條約`: the verbs of making a document. */
  documentVerbs: ['達成', '达成', '簽署', '签署', '簽訂', '签订', '簽字', '签字', '通過', '通过', '發表', '发表', '發布', '发布', '宣讀', '宣读', '公布', '公佈', '頒布', '颁布', '締結', '缔结'],
  /** Verbs that make an organisation exist, with the property they date. */
  foundingVerbs: ['成立', '設立', '设立', '創立', '创立', '創建', '创建', '組建', '组建', '建立', '開辦', '开办', '創辦', '创办'],
  openingVerbs: ['開館', '开馆', '開院', '开院', '開幕', '开幕', '揭牌', '啟用', '启用', '開張', '开张', '掛牌', '挂牌', '開業', '开业', '開設', '开设', '開播', '开播', '開始運作', '开始运作', '正式運作', '正式运作'],
  /** `X設於Y`: where a body is. */
  locatedAt: ['設於', '设于', '設在', '设在', '位於', '位于', '駐在', '驻在'],
  /** `X改稱Y`: a body renamed or reorganised into another. */
  renameVerbs: ['改編為', '改编为', '改稱為', '改称为', '改稱', '改称', '更名為', '更名为', '改名為', '改名为', '改組為', '改组为', '升格為', '升格为', '合併為', '合并为', '改制為', '改制为'],
  /** `X的前身Y`: Y is the body X replaced. */
  predecessor: ['的前身', '之前身'],
  /** `X所屬的Y`: Y belongs to X. */
  belongsTo: ['所屬的', '所属的', '下屬的', '下属的', '直屬的', '直属的', '轄下的', '辖下的', '旗下的', '附屬的', '附属的'],
  /** `受X監督`: X supervises the topic. */
  supervised: ['監督', '监督', '管轄', '管辖', '督導', '督导', '指導', '指导', '領導', '领导'],
  /** `對口機構是X`: X is the topic's counterpart. */
  counterpart: ['對口機構', '对口机构', '對應的機構', '对应的机构', '對應機構', '对应机构', '對口單位', '对口单位'],
  /** `由X經營`: X operates the topic. */
  operate: ['經營', '经营', '營運', '营运', '運營', '运营', '管理'],
  /** `代表X發言`: the topic speaks for X. */
  speaksFor: ['發言', '发言'],
  /** Verbs after which a person takes a post: `X出任Y長官`. */
  takesPost: ['獲推選為', '获推选为', '獲選為', '获选为', '當選為', '当选为', '當選', '当选', '出任', '擔任', '担任', '接任', '就任', '升任', '轉任', '转任', '兼任', '獲任命為', '获任命为', '被任命為', '被任命为', '任'],
  /** `首任長官為X`: copulas between a post and its holder. */
  postCopula: ['為', '为', '是'],
  /** `兩人`, `雙方`: the two participants the text last named. */
  twoPeople: ['兩人', '两人', '二人', '雙方', '双方', '兩位領導人', '两位领导人', '兩國領導人', '两国领导人'],
  /** `A與B`: joins the members of a list. */
  listJoiners: ['與', '与', '和', '及', '同', '、', '以及', '暨'],
  /** `自X起`: from a date on. */
  sinceOpen: ['自', '從', '从'],
  sinceClose: ['起', '開始', '开始'],
  /** `宣言所載日期為X`: the date a document bears. */
  documentDate: ['所載日期為', '所载日期为', '落款日期為', '落款日期为', '日期為', '日期为', '所署日期為', '所署日期为'],
  /** `約60萬名`, `120多家`, `逾百家`: words that make a figure approximate. */
  approximateBefore: ['約', '约', '逾', '超過', '超过', '近', '將近', '将近', '大約', '大约', '累計約', '累计约', '共約', '共约'],
  approximateAfter: ['多', '餘', '余', '左右', '上下'],
  /** Measure words after a figure, with what they count; the figure is read only before one of them. */
  measureWords: [
    '人次', '名', '位', '人', '家', '項', '项', '票', '噸', '吨', '萬噸', '万吨', '輛', '辆', '艘', '架', '座', '個', '个',
    '次', '輪', '轮', '份', '條', '条', '所', '間', '间', '國', '国', '戶', '户', '個家庭', '个家庭', '公里', '平方公里', '美元', '韓圓', '韩圆', '韓元', '韩元', '人民幣', '人民币', '元',
  ],
  /** What may not follow a figure for it to be a count (it is part of a date, a time or an ordinal). */
  notACount: ['年', '月', '日', '號', '号', '時', '时', '分', '秒', '週年', '周年', '歲', '岁', '屆', '届', '%', '％', '世紀', '世纪', '年代'],
};

/** Large-number words and their value: `5.5萬` is 55,000. */
export const numberScales: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Words after a name that end it: verbs and function words that start the clause's predicate. */
export const nameFollowers = [
  '率領', '率领', '率團', '率团', '負責', '负责', '擔任', '担任', '出任', '兼任', '表示', '宣布', '宣佈', '致電', '致电', '召開', '召开',
  '主持', '發言', '发言', '會見', '会见', '會晤', '会晤', '會談', '会谈', '訪問', '访问', '出席', '提出', '指出', '宣讀', '宣读', '簽署', '签署',
  '代表', '接替', '前往', '抵達', '抵达', '首先', '隨後', '随后', '則', '则', '也', '亦', '並', '并',
  '分別', '分别', '此前', '此後', '此后', '曾經', '曾经', '隨即', '随即', '通過', '通过', '舉行', '举行', '簽字', '签字', '會面', '会面', '談判', '谈判', '宣讀', '宣读', '當地時間', '当地时间',
];
