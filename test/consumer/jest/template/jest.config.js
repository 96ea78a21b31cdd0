module.exports = {
  testEnvironment: 'jsdom', // npm i -D jest-environment-jsdom
  // react-two-factor is ESM-only: let babel-jest turn it into CommonJS like your own files.
  transformIgnorePatterns: ['/node_modules/(?!react-two-factor/)'],
};
