import { chooseBase, hostWarning } from '../../src/serve/server';

/** What the server decides at start: the base it serves under, and whether it says it is open to the network. */
describe('the base served', () => {
  const built = (...bases: string[]) => new Map(bases.map((base, i) => [base, `build${i}/manifest.tsv`]));
  const said: string[] = [];
  const log = (line: string) => said.push(line);
  beforeEach(() => said.splice(0));

  it("is the builds' own when none is asked for", () => expect([chooseBase(undefined, built('https://kg.example.org/'), log), said]).toEqual(['https://kg.example.org/', []]));
  it('is the default for data without a manifest', () => expect([chooseBase(undefined, built(), log), said]).toEqual(['https://w3id.org/wikikg/', []]));
  it('is the one asked for, said aloud when the build had another', () => {
    expect(chooseBase('https://other.example/', built('https://kg.example.org/'), log)).toBe('https://other.example/');
    expect(said).toEqual(['the build was made with --base https://kg.example.org/ (build0/manifest.tsv); serving https://other.example/, under which its IRIs are not found']);
  });
  it('is the default, said aloud, when builds disagree', () => {
    expect(chooseBase(undefined, built('https://a.example/', 'https://b.example/'), log)).toBe('https://w3id.org/wikikg/');
    expect(said).toEqual([expect.stringMatching(/^the builds were made with several bases \(https:\/\/a\.example\/, https:\/\/b\.example\/\)/)]);
  });
});

describe('the warning about --host', () => {
  it.each(['127.0.0.1', '127.0.0.2', '::1', 'localhost'])('says nothing on loopback (%s)', (host) => expect(hostWarning(host, 7878)).toBeUndefined());
  it('says that every interface is open, and where the pages are here', () =>
    expect(hostWarning('0.0.0.0', 7878)).toBe('listening on 0.0.0.0, every network interface: other machines that reach port 7878 can query this server (on this machine: http://127.0.0.1:7878/); --host 127.0.0.1 keeps it to this machine'));
  it('warns for one outside address', () => expect(hostWarning('192.0.2.7', 80)).toMatch(/^listening on 192\.0\.2\.7: other machines/));
});
