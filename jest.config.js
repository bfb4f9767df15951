/**
 * Jest runs the TypeScript sources through ts-jest. ESM-only dependencies are compiled too: @bhsd (of
 * wikiparser-node) and rdf-validate-shacl with its RDF/JS stack (@rdfjs, @tpluscode, @vocabulary, @zazuko,
 * clownface, rdf-validate-datatype).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@bhsd|rdf-validate-shacl|rdf-validate-datatype|@rdfjs|@tpluscode|@vocabulary|@zazuko|clownface)/)',
  ],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.js',
};
