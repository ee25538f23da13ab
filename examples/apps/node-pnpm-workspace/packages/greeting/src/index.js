'use strict';
// A workspace library: the api package depends on it with "workspace:*".
const ms = require('ms');

exports.greet = (name, since) => `hello ${name}, up ${ms(Date.now() - since)}`;
