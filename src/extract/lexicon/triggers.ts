/**
 * Trigger phrases of the prose rules, as data. Each list is a set of alternatives; the rules in
 * `src/extract/extractors/` build their patterns from them.
 */
export const triggers = {
  /** `由A和B共同開辦`: the founders of the subject. */
  foundingVerbs: ['開辦', '开办', '創辦', '创办', '創立', '创立', '創建', '创建', '成立', '設立', '设立', '建立', '組建', '组建', '設置', '设置'],
  /** Words joining two names in a list. */
  conjunctions: ['和', '與', '与', '及', '以及', '、', '同'],
  /** `總部設在X`: where the subject is headquartered. */
  headquarters: ['總部設在', '總部設於', '總部位於', '總部位在', '总部设在', '总部设于', '总部位于'],
  /** `創立源於…的《X》`: the document the subject stems from. */
  origin: ['創立源於', '創立源自', '成立源於', '成立源自', '設立源於', '源於', '源自', '创立源于', '成立源于', '源于', '依據', '依据', '根據', '根据'],
  /** Verbs of signing a document at an event. */
  signing: ['簽訂', '签订', '簽署', '签署', '發表', '发表', '通過', '通过', '達成', '达成'],
  /** `在X設立`: a place where something is (to be) set up. */
  establishAt: ['設立', '设立', '設置', '设置', '開設', '开设', '建立'],
  /** Words of opening. */
  opening: ['開張', '开张', '開幕', '开幕', '開館', '开馆', '啟用', '启用', '揭牌', '開設', '开设', '運作', '运作', '成立'],
  /** `原定…改為…`: a planned date replaced by another. */
  planned: ['原定的', '原定', '原訂的', '原订的', '原訂', '原订', '預定', '预定'],
  changedTo: ['改為', '改为', '延至', '推遲至', '推迟至', '延後至', '延后至'],
  /** `隨著X不穩`: a cause. */
  causeLead: ['隨著', '随着', '由於', '由于', '因為', '因为', '因'],
  /** `每週舉行的例會`. */
  meetingWords: ['例會', '例会', '會議', '会议', '會談', '会谈'],
  chairing: ['主持', '主辦', '主办'],
  /** `派遣15至20名官員常駐X`. */
  dispatch: ['派遣', '派駐', '派驻', '派出', '委派'],
  station: ['常駐', '常驻', '進駐', '进驻', '駐守', '驻守'],
  staffNouns: ['工作人員', '工作人员', '官員', '官员', '人員', '人员', '職員', '职员'],
  rangeJoiners: ['至', '到', '-', '－', '～', '~'],
  countersForPeople: ['名', '位', '人'],
  /** `負責A、B及C等`: duties. */
  duties: ['負責', '负责'],
  /** Staff leaving or coming back. */
  withdrawal: ['撤離', '撤离', '撤出', '撤回', '撤走'],
  returning: ['回到', '返回', '重返', '返回到'],
  partial: ['部分', '部份', '一部分'],
  /** `令X陷入停擺`: an effect on the subject. */
  effectLead: ['令', '使', '導致', '导致', '造成'],
  effectVerb: ['陷入', '進入', '进入'],
  /** `僅稱…`: what a party said as the reason. */
  statement: ['僅稱', '仅称', '聲稱', '声称', '表示', '稱', '称'],
  /** `在開張後`: "after the opening". */
  afterOpening: ['開張後', '开张后', '成立後', '成立后', '開幕後', '开幕后', '揭牌後', '揭牌后'],
};

/** How often something recurs, as written and as an xsd:duration (which has no weeks: a week is `P7D`). */
export const frequencies: Record<string, string> = {
  每日: 'P1D', 每天: 'P1D', 每週: 'P7D', 每周: 'P7D', 每星期: 'P7D', 每月: 'P1M', 每季: 'P3M', 每年: 'P1Y',
};
