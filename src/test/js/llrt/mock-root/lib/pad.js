// a module the test requires: its packages come from the root __mocks__
const leftPad = require('left-pad');
const { client } = require('@acme/sdk');
const fs = require('fs');
exports.padded = s => leftPad(s, 5);
exports.client = client;
exports.read = () => fs.readFileSync('/etc/hostname', 'utf8');
