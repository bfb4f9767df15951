/**
 * The collected nodes: what the parse stage's collectors read instead of walking the tree. They must be
 * the nodes a walk over the whole copied tree meets, in the same order and with the same ancestors.
 */
import { forEachOfType, parseWikitext, type WikiNode } from '../../src/parse/wikiparser';

const TYPES = ['link', 'category', 'file', 'template', 'ext-link', 'free-ext-link', 'converter', 'ext', 'table'];

/** Every node of `type` in document order, with its ancestors, by a walk over the whole tree. */
function walked(root: WikiNode, type: string): Array<[WikiNode, WikiNode[]]> {
  const found: Array<[WikiNode, WikiNode[]]> = [];
  const visit = (node: WikiNode, ancestors: WikiNode[]) => {
    if (node.type === type) found.push([node, [...ancestors]]);
    for (const child of node.children) visit(child, [...ancestors, node]);
  };
  visit(root, []);
  return found;
}

const TEXT = [
  "'''X''' is in [[Seoul|the capital]] and [[Category:Towns]].<ref name=a>{{cite web|url=http://a.example|title=[[Y]]}}</ref>",
  '{{Infobox|map=[[File:Map.png|thumb]]|site=[http://b.example B]}} -{H|zh-hans:甲;zh-hant:乙}-',
  '<ref>outer <ref>inner</ref> [[Z]]</ref> http://c.example {{a|{{b|[[W]]}}}}',
  '<references><ref name=b>[[V]]</ref></references> [[en:Elsewhere]]',
  '{|\n! H\n|-\n| [[T]]\n{|\n| nested\n|}\n|}',
].join('\n');

describe('forEachOfType', () => {
  const document = parseWikitext(TEXT, 'zh');

  it.each(TYPES)('gives the %s nodes a walk of the tree meets, in order, with their ancestors', (type) => {
    const seen: Array<[WikiNode, WikiNode[]]> = [];
    forEachOfType(document, type, (node, ancestors) => seen.push([node, [...ancestors]]));
    const expected = walked(document.root, type);
    expect(seen.length).toBe(expected.length);
    seen.forEach(([node, ancestors], i) => {
      expect(node).toBe(expected[i][0]);
      expect(ancestors).toEqual(expected[i][1]);
      expect(ancestors.every((a, j) => a === expected[i][1][j])).toBe(true);
    });
  });

  it('meets every collected type in this text, so no case above compares two empty lists', () => {
    for (const type of TYPES) expect(walked(document.root, type).length).toBeGreaterThan(0);
  });

  it('interleaves several types in document order', () => {
    const seen: string[] = [];
    forEachOfType(document, ['ext-link', 'free-ext-link'], (node) => seen.push(node.type));
    const order: string[] = [];
    const visit = (node: WikiNode) => {
      if (node.type === 'ext-link' || node.type === 'free-ext-link') order.push(node.type);
      node.children.forEach(visit);
    };
    visit(document.root);
    expect(seen).toEqual(order);
    expect(new Set(seen).size).toBe(2);
  });

  it('refuses a type it does not collect', () => {
    expect(() => forEachOfType(document, 'heading', () => undefined)).toThrow('heading nodes are not collected');
  });
});
