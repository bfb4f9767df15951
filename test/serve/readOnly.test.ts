import { keywordsOnly, refusal } from '../../src/serve/readOnly';

describe('the read-only guard', () => {
  it.each([
    'INSERT DATA { <urn:a> <urn:b> <urn:c> }',
    'PREFIX ex: <urn:x#>\nDELETE WHERE { ?s ?p ?o }',
    'BASE <urn:b/> PREFIX : <urn:x#> load <http://127.0.0.1/x.ttl>',
    '# a comment\nCLEAR ALL',
    'WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }',
    'DROP GRAPH <urn:g>',
  ])('refuses the update %j', (update) => expect(refusal(update)).toMatch(/^this endpoint is read-only/));

  it.each([
    'SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }',
    'SELECT * WHERE { service silent ?endpoint { ?s ?p ?o } }',
  ])('refuses federation: %j', (query) => expect(refusal(query)).toMatch(/SERVICE/));

  it.each([
    'SELECT ?service WHERE { ?service a <urn:Service> }',
    'PREFIX service: <urn:s#> SELECT * WHERE { ?s service:x ?o }',
    'SELECT * WHERE { ?s <urn:SERVICE> "INSERT DATA SERVICE" } # DELETE WHERE',
    "ASK { ?s ?p '''LOAD <x>''' }",
    'PREFIX insert: <urn:i#> SELECT * WHERE { ?s insert:x ?o }',
  ])('lets a query pass: %j', (query) => expect(refusal(query)).toBeUndefined());

  it('blanks strings, IRIs and comments without moving anything', () => {
    const query = 'SELECT ?x WHERE { ?x <urn:a> "b" } # c';
    expect(keywordsOnly(query)).toHaveLength(query.length);
    expect(keywordsOnly(query)).not.toMatch(/urn|"b"|# c/);
  });
});
