// the manual mock every importer of left-pad gets, with no jest.mock() call
module.exports = (s) => '[mocked left-pad ' + s + ']';
