import { foldScript, isTraditional, scriptOf, toSimplified, toTraditional } from '../../src/util/chineseScript';

describe('the script fold', () => {
  it('brings Taiwan, Hong Kong and Simplified forms of a title together', () => {
    expect(foldScript('大韓民國')).toBe('大韩民国');
    expect(foldScript('大韩民国')).toBe('大韩民国');
    expect(foldScript('衞星')).toBe(foldScript('衛星'));
    expect(foldScript('臺北市')).toBe(foldScript('台北市'));
  });

  it('gives the same text when applied twice, where Taiwan-to-mainland conversion does not', () => {
    for (const text of ['顯著性差異', '显著性差异', '土著', '睡著', '著作權']) expect(foldScript(foldScript(text))).toBe(foldScript(text));
    expect(toSimplified('显著')).not.toBe('显著');
  });

  it('leaves text without Chinese characters alone', () => {
    expect(foldScript('Berlin (Begriffsklärung)')).toBe('Berlin (Begriffsklärung)');
  });
});

describe('the script of a short text', () => {
  it('tells Traditional, Simplified and script-neutral text apart', () => {
    expect(scriptOf('統一部')).toBe('zh-Hant');
    expect(scriptOf('统一部')).toBe('zh-Hans');
    expect(scriptOf('千海成')).toBeUndefined();
    expect(scriptOf('BBC')).toBeUndefined();
  });

  it('agrees with the conversions it is built on', () => {
    expect(toTraditional('联络办公室')).toBe('聯絡辦公室');
    expect(isTraditional('聯絡辦公室')).toBe(true);
    expect(isTraditional('联络办公室')).toBe(false);
  });
});
