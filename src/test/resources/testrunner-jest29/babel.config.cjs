// babel-jest turns the ES modules into CommonJS for Jest (and hoists jest.mock); llrt test ignores this file
module.exports = { presets: [['@babel/preset-env', { targets: { node: 'current' } }]] };
