// A babel.config.js, as a .babelrc is not applied to files inside node_modules.
module.exports = {
  presets: [
    ['@babel/preset-env', { targets: { node: 'current' } }],
    ['@babel/preset-react', { runtime: 'automatic' }],
    '@babel/preset-typescript', // for .ts and .tsx tests
  ],
};
