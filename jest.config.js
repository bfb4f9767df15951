/** Jest runs the TypeScript sources through ts-jest; @bhsd (an ESM-only dependency of wikiparser-node) is compiled too. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@bhsd)/)'],
  testTimeout: 60000,
};
